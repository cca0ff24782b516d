/**
 * The monthly report, built from the post log: pure, no database and no browser. The month and
 * the weeks are the person's, in the time zone given (an IANA name).
 */
import { extractHashtags } from '@/lib/checklist';
import { PLATFORM_IDS, type PlatformId, type PostLogRecord } from '@/lib/db';
import { localDate, monthKey, weekKey, isoWeek, weeksOfMonth, parseMonth } from './calendar';
import type { Engagement } from './engagement';
import {
  combinedEngagement,
  platformNumbers,
  type MonthNumbers,
  type PlatformNumbers,
} from './month-numbers';

/** What the report needs to know about a template: its name and category. */
export interface TemplateInfo {
  id: string;
  name: string;
  category: string;
}

export interface ReportOptions {
  /** 'YYYY-MM'. */
  month: string;
  timeZone: string;
  templates: readonly TemplateInfo[];
  /** How many to list in the top templates and top hashtags. */
  top?: number;
  /** The month's own numbers per platform (the Monthly report's form), when entered. */
  monthNumbers?: MonthNumbers;
}

export interface Count<K extends string = string> {
  key: K;
  count: number;
}

export interface MonthlyReport {
  month: string;
  timeZone: string;
  total: number;
  perPlatform: (Count<PlatformId> & PlatformNumbers)[];
  /** Every ISO week touching the month, with the posts of this month in it. */
  perWeek: (Count & { first: string; last: string })[];
  /** '' is "no category". */
  categories: Count[];
  /** key: the template's id; name: its name now ('' when the template is gone). */
  topTemplates: (Count & { name: string })[];
  /** key: the normalised tag; tag: the form first seen. */
  topHashtags: (Count & { tag: string })[];
  engagement: Engagement;
  overrides: { posts: number; byRule: Count[] };
}

/** The category a post counts under: chosen by hand, else its template's, else none (''). */
export function categoryOf(
  entry: Pick<PostLogRecord, 'category' | 'templateId'>,
  templates: ReadonlyMap<string, TemplateInfo>,
): string {
  return (
    entry.category ?? (entry.templateId ? templates.get(entry.templateId)?.category : '') ?? ''
  );
}

/** A post's hashtags, each once, as normalised key and the form written. */
export function hashtagsOf(text: string): { key: string; tag: string }[] {
  const seen = new Map<string, string>();
  for (const hashtag of extractHashtags(text)) {
    if (!seen.has(hashtag.normalised)) seen.set(hashtag.normalised, hashtag.tag);
  }
  return [...seen].map(([key, tag]) => ({ key, tag }));
}

/** Counts sorted by count (most first), then by key, so equal counts keep a stable order. */
function sorted<T extends Count>(counts: Iterable<T>): T[] {
  return [...counts].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function tally(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The entries of one month in the zone (the log may hold more). */
export function entriesOfMonth(
  entries: readonly PostLogRecord[],
  month: string,
  timeZone: string,
): PostLogRecord[] {
  return entries.filter((entry) => monthKey(localDate(entry.at, timeZone)) === month);
}

export function buildReport(
  entries: readonly PostLogRecord[],
  options: ReportOptions,
): MonthlyReport {
  const { month, timeZone } = options;
  const parsed = parseMonth(month);
  if (!parsed) throw new RangeError(`not a month: ${month}`);
  const top = options.top ?? 10;
  const templates = new Map(options.templates.map((t) => [t.id, t]));

  const posts: PostLogRecord[] = [];
  const weeks = new Map<string, number>();
  for (const entry of entries) {
    const date = localDate(entry.at, timeZone);
    if (date.year !== parsed.year || date.month !== parsed.month) continue;
    posts.push(entry);
    tally(weeks, weekKey(isoWeek(date)));
  }

  const categories = new Map<string, number>();
  const usedTemplates = new Map<string, number>();
  const hashtags = new Map<string, { tag: string; count: number }>();
  const rules = new Map<string, number>();
  let overridden = 0;
  for (const post of posts) {
    tally(categories, categoryOf(post, templates));
    if (post.templateId) tally(usedTemplates, post.templateId);
    for (const { key, tag } of hashtagsOf(post.text)) {
      const seen = hashtags.get(key);
      if (seen) seen.count += 1;
      else hashtags.set(key, { tag, count: 1 });
    }
    if (post.override) {
      overridden += 1;
      for (const ruleId of new Set(post.override.ruleIds)) tally(rules, ruleId);
    }
  }

  const perPlatform = PLATFORM_IDS.map((platform) => ({
    key: platform,
    count: posts.filter((post) => post.platform === platform).length,
    ...platformNumbers(
      posts.filter((post) => post.platform === platform),
      options.monthNumbers?.[platform],
    ),
  }));

  return {
    month,
    timeZone,
    total: posts.length,
    perPlatform,
    perWeek: weeksOfMonth(parsed.year, parsed.month).map((week) => ({
      ...week,
      count: weeks.get(week.key) ?? 0,
    })),
    categories: sorted([...categories].map(([key, count]) => ({ key, count }))),
    topTemplates: sorted(
      [...usedTemplates].map(([key, count]) => ({
        key,
        count,
        name: templates.get(key)?.name ?? '',
      })),
    ).slice(0, top),
    topHashtags: sorted([...hashtags].map(([key, { tag, count }]) => ({ key, tag, count }))).slice(
      0,
      top,
    ),
    engagement: combinedEngagement(perPlatform.map((p) => p.engagement)),
    overrides: {
      posts: overridden,
      byRule: sorted([...rules].map(([key, count]) => ({ key, count }))),
    },
  };
}
