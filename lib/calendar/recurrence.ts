/**
 * Recurring plans, expanded with rrule (pure).
 *
 * Time zones: rrule computes in UTC when no TZID is given, and its own docs advise treating those
 * UTC dates as "floating" wall-clock times. Sapa does exactly that: a plan's `date` + `time` in
 * the library's zone become a Date whose UTC fields are that wall-clock time, rrule steps through
 * those, and the results are read back with UTC getters. Nothing ever goes through the browser's
 * own zone, so "every month on the 17th at 09:00 WIT" stays on the 17th whatever zone the
 * laptop is set to. The real instant is added at the end from the zone's fixed offset (Indonesia
 * has had no daylight saving since 1964: WIB +7, WITA +8, WIT +9).
 */
import { RRule, Weekday, type Options } from 'rrule';
import type {
  DayString,
  LibraryTimeZone,
  OccurrenceOverride,
  PostedOn,
  PlannedPostRecord,
  RecurrenceException,
  TimeString,
} from './types';

export const ZONE_OFFSET_HOURS: Record<LibraryTimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** One occurrence of a plan, after its exception (if any) is applied. */
export interface Occurrence {
  planId: string;
  /** The day the rule produced; names the occurrence for an exception. */
  originalDate: DayString;
  date: DayString;
  time: TimeString;
  /** ms since epoch of `date` `time` in the library's zone. */
  instant: number;
  title: string;
  caption: string;
  status: PlannedPostRecord['status'];
  assignee?: string;
  notes: string;
  /** The platforms it went out on so far: the plan's own, or for a series this day's own. */
  postedOn?: PostedOn;
  /** True when this occurrence was edited on its own. */
  edited: boolean;
}

export type RuleProblem = 'invalid' | 'no-end';

/** A wall-clock day + time as a floating Date (its UTC fields are the wall-clock fields). */
export function floating(date: DayString, time: TimeString = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, h, min));
}

const pad = (n: number) => String(n).padStart(2, '0');
export const dayOf = (f: Date): DayString =>
  `${f.getUTCFullYear()}-${pad(f.getUTCMonth() + 1)}-${pad(f.getUTCDate())}`;

/** The real instant of a wall-clock day + time in one of Indonesia's zones. */
export function instantOf(date: DayString, time: TimeString, zone: LibraryTimeZone): number {
  return floating(date, time).getTime() - ZONE_OFFSET_HOURS[zone] * 3_600_000;
}

/** rrule options for a plan's rule, or why it cannot be used. Every series must end. */
export function parseRule(
  rule: string,
  start: Date,
): { ok: true; options: Partial<Options> } | { ok: false; problem: RuleProblem } {
  let options: Partial<Options>;
  try {
    options = RRule.parseString(rule.replace(/^RRULE:/i, ''));
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (options.freq === undefined || options.dtstart || options.tzid) return fail('invalid');
  if (!options.until && !options.count) return fail('no-end');
  // UNTIL is read as a day in the library's zone and includes that whole day (an UNTIL of
  // 20271231 would otherwise stop at midnight and lose a 09:00 occurrence on the 31st).
  if (options.until) options.until = floating(dayOf(options.until), '23:59');
  return { ok: true, options: { ...options, dtstart: start } };
}

function fail(problem: RuleProblem): { ok: false; problem: RuleProblem } {
  return { ok: false, problem };
}

export function ruleFor(plan: PlannedPostRecord): RRule | null {
  if (!plan.recurrence) return null;
  const parsed = parseRule(plan.recurrence.rule, floating(plan.date, plan.time));
  return parsed.ok ? new RRule(parsed.options) : null;
}

/** The days (original, before exceptions) the rule produces between two days, inclusive. */
export function ruleDays(rule: RRule, from: DayString, to: DayString): DayString[] {
  return rule.between(floating(from), floating(to, '23:59'), true).map(dayOf);
}

/** A series' days are posted one by one; the series' own `postedOn` is no day's. */
export function postedOnOf(
  plan: PlannedPostRecord,
  override: OccurrenceOverride | undefined,
): { postedOn?: PostedOn } {
  const postedOn = plan.recurrence ? override?.postedOn : plan.postedOn;
  return postedOn ? { postedOn } : {};
}

function occurrence(
  plan: PlannedPostRecord,
  originalDate: DayString,
  zone: LibraryTimeZone,
  override: OccurrenceOverride | undefined,
): Occurrence {
  const date = override?.date ?? originalDate;
  const time = override?.time ?? plan.time;
  return {
    planId: plan.id,
    originalDate,
    date,
    time,
    instant: instantOf(date, time, zone),
    title: override?.title ?? plan.title,
    caption: override?.caption ?? plan.caption,
    status: override?.status ?? plan.status,
    // `unassigned`: nobody for this day, which an absent `assignee` (the series') cannot say.
    assignee: override?.unassigned ? undefined : (override?.assignee ?? plan.assignee),
    notes: override?.notes ?? plan.notes,
    ...postedOnOf(plan, override),
    edited: override !== undefined,
  };
}

const inRange = (d: DayString, from: DayString, to: DayString) => d >= from && d <= to;

/**
 * The plan's occurrences whose (possibly moved) day lies in [from, to], sorted by instant.
 * A plan without recurrence is its one occurrence. Cancelled occurrences are left out; an
 * occurrence moved into the range from outside it is included, one moved out is not.
 */
export function expand(
  plan: PlannedPostRecord,
  from: DayString,
  to: DayString,
  zone: LibraryTimeZone,
): Occurrence[] {
  if (plan.deleted || from > to) return [];
  const rule = ruleFor(plan);
  if (!rule) {
    return inRange(plan.date, from, to) && !plan.recurrence
      ? [occurrence(plan, plan.date, zone, undefined)]
      : [];
  }
  const byDay = new Map<DayString, RecurrenceException>(
    (plan.recurrence?.exceptions ?? []).map((e) => [e.date, e]),
  );
  const originals = new Set(ruleDays(rule, from, to));
  for (const e of byDay.values()) {
    const moved = e.override?.date;
    if (moved && inRange(moved, from, to) && ruleDays(rule, e.date, e.date).length)
      originals.add(e.date);
  }
  const out: Occurrence[] = [];
  for (const day of originals) {
    const e = byDay.get(day);
    if (e?.cancelled) continue;
    const occ = occurrence(plan, day, zone, e?.override);
    if (inRange(occ.date, from, to)) out.push(occ);
  }
  return out.sort(byInstant);
}

function byInstant(a: Occurrence, b: Occurrence): number {
  return a.instant - b.instant || (a.originalDate < b.originalDate ? -1 : 1);
}

/** Every plan's occurrences in [from, to], sorted by instant. */
export function expandAll(
  plans: readonly PlannedPostRecord[],
  from: DayString,
  to: DayString,
  zone: LibraryTimeZone,
): Occurrence[] {
  return plans.flatMap((p) => expand(p, from, to, zone)).sort(byInstant);
}

export function touched(plan: PlannedPostRecord, by: string, now: number): PlannedPostRecord {
  return { ...plan, updatedAt: Math.max(now, plan.updatedAt + 1), updatedBy: by };
}

function withException(
  plan: PlannedPostRecord,
  exception: RecurrenceException,
  by: string,
  now: number,
): PlannedPostRecord {
  if (!plan.recurrence) throw new Error('withException: the plan does not recur');
  const others = plan.recurrence.exceptions.filter((e) => e.date !== exception.date);
  const exceptions = [...others, exception].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { ...touched(plan, by, now), recurrence: { ...plan.recurrence, exceptions } };
}

/** "Edit this occurrence": its own changes, on top of any it had. */
export function editOccurrence(
  plan: PlannedPostRecord,
  originalDate: DayString,
  changes: OccurrenceOverride,
  by: string,
  now: number,
): PlannedPostRecord {
  const before = plan.recurrence?.exceptions.find((e) => e.date === originalDate);
  const override = { ...before?.override, ...changes };
  // An assignee and "nobody" exclude each other: the newer one wins.
  if (changes.assignee) delete override.unassigned;
  if (changes.unassigned) delete override.assignee;
  return withException(plan, { date: originalDate, override }, by, now);
}

/**
 * The occurrence follows the series' status again (its own "posted" or "skipped" undone, and the
 * platforms it was posted on forgotten). Its other changes stay; an exception left with nothing
 * of its own is dropped.
 */
export function clearOccurrenceStatus(
  plan: PlannedPostRecord,
  originalDate: DayString,
  by: string,
  now: number,
): PlannedPostRecord {
  const before = plan.recurrence?.exceptions.find((e) => e.date === originalDate);
  if (!plan.recurrence || !before?.override?.status) return plan;
  const rest = { ...before.override };
  delete rest.status;
  // Reopened means not out yet: its platforms are to post again, so the panels offer it again.
  delete rest.postedOn;
  if (Object.keys(rest).length)
    return withException(plan, { date: originalDate, override: rest }, by, now);
  const exceptions = plan.recurrence.exceptions.filter((e) => e.date !== originalDate);
  return { ...touched(plan, by, now), recurrence: { ...plan.recurrence, exceptions } };
}

/** "Not this time": the occurrence is dropped, the series goes on. */
export function cancelOccurrence(
  plan: PlannedPostRecord,
  originalDate: DayString,
  by: string,
  now: number,
): PlannedPostRecord {
  return withException(plan, { date: originalDate, cancelled: true }, by, now);
}

export type SeriesChanges = Partial<
  Pick<
    PlannedPostRecord,
    'title' | 'caption' | 'date' | 'time' | 'assignee' | 'reviewer' | 'notes' | 'platforms'
  >
> & { rule?: string };

/**
 * "Edit all occurrences": the series itself changes. Exceptions whose day the new rule no longer
 * produces are dropped (they would name an occurrence that does not exist any more).
 */
export function editSeries(
  plan: PlannedPostRecord,
  changes: SeriesChanges,
  by: string,
  now: number,
): PlannedPostRecord {
  const { rule: newRule, ...fields } = changes;
  const next: PlannedPostRecord = { ...touched(plan, by, now), ...fields };
  if (!plan.recurrence) return next;
  next.recurrence = { ...plan.recurrence, rule: newRule ?? plan.recurrence.rule };
  const rule = ruleFor(next);
  if (!rule) return next;
  next.recurrence.exceptions = plan.recurrence.exceptions.filter(
    (e) => ruleDays(rule, e.date, e.date).length > 0,
  );
  return next;
}

/** `YYYYMMDD` for an UNTIL part. */
const untilPart = (until: DayString) => `UNTIL=${until.replaceAll('-', '')}`;

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];

/** "Every month on the 17th" until a day. Months without that day are skipped (RFC 5545). */
export const monthlyOnDay = (day: number, until: DayString) =>
  `FREQ=MONTHLY;BYMONTHDAY=${day};${untilPart(until)}`;

/** "The second Monday of every month" (`nth` 1–4, or -1 for the last). */
export const monthlyOnNthWeekday = (nth: number, weekday: WeekdayCode, until: DayString) =>
  `FREQ=MONTHLY;BYDAY=${new Weekday(WEEKDAYS.indexOf(weekday), nth).toString()};${untilPart(until)}`;

/** "Every other Monday" (`interval` 2): every `interval` weeks on one weekday. */
export const everyNWeeks = (interval: number, weekday: WeekdayCode, until: DayString) =>
  `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${weekday};${untilPart(until)}`;
