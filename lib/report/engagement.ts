/**
 * Engagement rate from the numbers a person entered. A number not entered is missing, never
 * zero: a post without reach, or with no interaction number at all, is left out of the rate
 * (and counted as "without numbers"), so posts nobody looked up do not pull the rate down.
 *
 *   interactions(post) = likes + comments + shares + saves   (the ones entered)
 *   engagement rate    = Σ interactions / Σ reach            (over the posts counted)
 *
 * The rate is weighted by reach (the sum over sums), not a mean of per-post rates, so a post
 * seen by 20 people does not weigh as much as one seen by 2,000.
 */
import type { PostMetric, PostMetrics } from '@/lib/db';

/** The numbers that count as interactions with a post. */
export const INTERACTION_METRICS: readonly PostMetric[] = ['likes', 'comments', 'shares', 'saves'];

/** A post's interactions and reach, or undefined when its numbers cannot give a rate. */
export function engagementInputs(
  metrics: PostMetrics | undefined,
): { interactions: number; reach: number } | undefined {
  const reach = metrics?.reach;
  if (reach === undefined || !(reach > 0)) return undefined;
  const entered = INTERACTION_METRICS.map((key) => metrics?.[key]).filter(
    (value): value is number => value !== undefined && Number.isFinite(value),
  );
  if (entered.length === 0) return undefined;
  return { interactions: entered.reduce((sum, value) => sum + value, 0), reach };
}

export interface Engagement {
  /** Σ interactions / Σ reach over the posts counted; undefined when none could be counted. */
  rate: number | undefined;
  interactions: number;
  reach: number;
  /** Posts with reach and at least one interaction number. */
  counted: number;
  /** Posts left out: no reach, or no interaction number entered. */
  withoutNumbers: number;
}

/** The engagement of a group of posts. */
export function engagementOf(posts: readonly { metrics?: PostMetrics }[]): Engagement {
  let interactions = 0;
  let reach = 0;
  let counted = 0;
  for (const post of posts) {
    const inputs = engagementInputs(post.metrics);
    if (!inputs) continue;
    interactions += inputs.interactions;
    reach += inputs.reach;
    counted += 1;
  }
  return {
    rate: counted > 0 ? interactions / reach : undefined,
    interactions,
    reach,
    counted,
    withoutNumbers: posts.length - counted,
  };
}
