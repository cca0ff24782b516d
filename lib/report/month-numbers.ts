/**
 * Numbers for a whole month, per platform: what a person reads in a platform's insights for the
 * month when they did not look up each post (reach, interactions, new followers of the account).
 * Where a platform has them, the report's engagement for that platform comes from them instead
 * of from the posts' own numbers; they are never added to the posts' numbers, since a month's
 * reach counts each person once and the posts' reach would count them again. Pure.
 */
import type { PostMetric, PostMetrics } from '@/lib/db';
import type { PlatformId } from '@/lib/platforms';
import { engagementInputs, engagementOf, type Engagement } from './engagement';

/** One month's numbers, by platform. */
export type MonthNumbers = Partial<Record<PlatformId, PostMetrics>>;
/** Every month's numbers, by 'YYYY-MM'. */
export type MonthNumbersBook = Record<string, MonthNumbers>;

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Written by the dashboard's Monthly report (lib/report/month-numbers.ts). Personal. */
    reportMonthNumbers: MonthNumbersBook;
  }
}

/**
 * A number as typed: thousands separators of either language ("1.234", "1,234") and spaces are
 * dropped. Null when the field is empty (not entered), undefined when it is not a number.
 */
export function parseMetricText(text: string): number | null | undefined {
  const digits = text.trim().replace(/[.,\s]/g, '');
  if (digits === '') return null;
  return /^\d{1,12}$/.test(digits) ? Number(digits) : undefined;
}

/** The book with one platform's numbers for one month set (all empty: removed). */
export function withMonthNumbers(
  book: MonthNumbersBook,
  month: string,
  platform: PlatformId,
  metrics: PostMetrics,
): MonthNumbersBook {
  const entered = Object.fromEntries(
    Object.entries(metrics).filter(([, value]) => value !== undefined && Number.isFinite(value)),
  ) as PostMetrics;
  const monthNumbers: MonthNumbers = { ...book[month] };
  if (Object.keys(entered).length > 0) monthNumbers[platform] = entered;
  else delete monthNumbers[platform];
  const next = { ...book };
  if (Object.keys(monthNumbers).length > 0) next[month] = monthNumbers;
  else delete next[month];
  return next;
}

export type NumbersSource = 'posts' | 'month';

export interface PlatformNumbers {
  engagement: Engagement;
  /** Where the engagement comes from: the posts' own numbers, or the month's. */
  source: NumbersSource;
  /** The month's new followers when entered, else the sum over posts that have it, else none. */
  newFollowers: number | undefined;
}

function sumOf(posts: readonly { metrics?: PostMetrics }[], metric: PostMetric) {
  const values = posts
    .map((post) => post.metrics?.[metric])
    .filter((value): value is number => value !== undefined);
  return values.length > 0 ? values.reduce((sum, value) => sum + value, 0) : undefined;
}

/** One platform's engagement and followers for the month: its month numbers win when usable. */
export function platformNumbers(
  posts: readonly { metrics?: PostMetrics }[],
  month: PostMetrics | undefined,
): PlatformNumbers {
  const newFollowers = month?.follows ?? sumOf(posts, 'follows');
  const inputs = engagementInputs(month);
  if (!inputs) return { engagement: engagementOf(posts), source: 'posts', newFollowers };
  return {
    engagement: {
      rate: inputs.interactions / inputs.reach,
      interactions: inputs.interactions,
      reach: inputs.reach,
      counted: posts.length,
      withoutNumbers: 0,
    },
    source: 'month',
    newFollowers,
  };
}

/** The month's engagement over all platforms, each counted from its own source. */
export function combinedEngagement(parts: readonly Engagement[]): Engagement {
  const interactions = parts.reduce((sum, part) => sum + part.interactions, 0);
  const reach = parts.reduce((sum, part) => sum + part.reach, 0);
  const counted = parts.reduce((sum, part) => sum + part.counted, 0);
  return {
    rate: reach > 0 ? interactions / reach : undefined,
    interactions,
    reach,
    counted,
    withoutNumbers: parts.reduce((sum, part) => sum + part.withoutNumbers, 0),
  };
}
