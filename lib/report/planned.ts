/**
 * Planned vs posted (issue #17, from the calendar of issue #16): one month's planned posts by
 * what became of them, beside the month's post-log entries made from a plan and without one.
 * Pure: the plans, the log, the month, the zones and today are given.
 */
import { expandAll, type LibraryTimeZone, type PlannedPostRecord } from '@/lib/calendar';
import { PLATFORM_IDS, type PlatformId, type PostLogRecord } from '@/lib/db';
import { entriesOfMonth } from './build';
import { parseMonth } from './calendar';

export interface PlannedRow {
  /** A platform, or 'all' (each planned post once, whatever its platforms). */
  key: PlatformId | 'all';
  /** Occurrences planned in the month (a series counts each of its occurrences). */
  planned: number;
  posted: number;
  skipped: number;
  /** Still open (not posted, not skipped) on a day before today. */
  missed: number;
  /** Still open, today or later. */
  upcoming: number;
  /** The month's post-log entries that name a plan (posted from a plan's tab, or picked in the panel). */
  fromPlans: number;
  /** The month's post-log entries that name none. */
  withoutPlan: number;
}

export interface PlannedVsPostedOptions {
  /** 'YYYY-MM'. */
  month: string;
  /** The person's zone, in which the report counts the post log's month. */
  timeZone: string;
  /** The library's zone, in which plans have their days. */
  zone: LibraryTimeZone;
  /** The library's today, 'YYYY-MM-DD': open plans before it are missed. */
  today: string;
}

function emptyRow(key: PlannedRow['key']): PlannedRow {
  return {
    key,
    planned: 0,
    posted: 0,
    skipped: 0,
    missed: 0,
    upcoming: 0,
    fromPlans: 0,
    withoutPlan: 0,
  };
}

/** The last day of a month, 'YYYY-MM-DD'. */
function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Per platform (in the platforms' order), then 'all'. */
export function plannedVsPosted(
  plans: readonly PlannedPostRecord[],
  entries: readonly PostLogRecord[],
  options: PlannedVsPostedOptions,
): PlannedRow[] {
  const parsed = parseMonth(options.month);
  if (!parsed) throw new RangeError(`not a month: ${options.month}`);
  const rows = new Map<PlannedRow['key'], PlannedRow>(
    [...PLATFORM_IDS, 'all' as const].map((key) => [key, emptyRow(key)]),
  );
  const byId = new Map(plans.map((p) => [p.id, p]));
  const from = `${options.month}-01`;
  for (const occurrence of expandAll(
    plans,
    from,
    lastDay(parsed.year, parsed.month),
    options.zone,
  )) {
    const plan = byId.get(occurrence.planId);
    if (!plan) continue;
    const outcome: 'posted' | 'skipped' | 'missed' | 'upcoming' =
      occurrence.status === 'posted' || occurrence.status === 'skipped'
        ? occurrence.status
        : occurrence.date < options.today
          ? 'missed'
          : 'upcoming';
    for (const key of ['all' as const, ...new Set(plan.platforms)]) {
      const row = rows.get(key)!;
      row.planned += 1;
      row[outcome] += 1;
    }
  }
  for (const entry of entriesOfMonth(entries, options.month, options.timeZone)) {
    const field = entry.plannedPostId ? 'fromPlans' : 'withoutPlan';
    rows.get(entry.platform)![field] += 1;
    rows.get('all')![field] += 1;
  }
  return [...rows.values()];
}
