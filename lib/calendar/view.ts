/**
 * What the calendar page shows, from the stored plans (pure: no DOM, no calendar component).
 * The page hands these to FullCalendar; keeping the choices here lets tests check them without
 * a browser: which occurrences pass the filters, how each is coloured and named, which day notes
 * fall in the visible range, and what a drag to another day writes.
 */
import type { PlatformId } from '@/lib/db/types';
import { dayNotes, type DayNote } from './days';
import { editOccurrence, expandAll, type Occurrence } from './recurrence';
import type {
  DayString,
  LibraryTimeZone,
  PlanStatus,
  PlannedPostRecord,
  TimeString,
} from './types';

export interface CalendarFilters {
  platform?: PlatformId;
  status?: PlanStatus;
  /** A member id: plans they are assigned to or review. */
  member?: string;
}

/** One occurrence as the page shows it, with the plan it belongs to. */
export interface CalendarItem {
  /** Unique per occurrence: the plan id, and for a series the original day. */
  key: string;
  plan: PlannedPostRecord;
  occurrence: Occurrence;
  /** The platform whose colour the item takes (its first one). */
  platform: PlatformId | undefined;
  recurring: boolean;
}

export function matchesFilters(
  plan: PlannedPostRecord,
  occurrence: Occurrence,
  filters: CalendarFilters,
): boolean {
  if (filters.platform && !plan.platforms.includes(filters.platform)) return false;
  if (filters.status && occurrence.status !== filters.status) return false;
  if (filters.member) {
    // The occurrence's assignee is already the series' unless the day has its own (or nobody).
    if (occurrence.assignee !== filters.member && plan.reviewer !== filters.member) return false;
  }
  return true;
}

/** The occurrences between two days (inclusive) that pass the filters, in time order. */
export function calendarItems(
  plans: readonly PlannedPostRecord[],
  from: DayString,
  to: DayString,
  zone: LibraryTimeZone,
  filters: CalendarFilters = {},
): CalendarItem[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return expandAll(plans, from, to, zone).flatMap((occurrence): CalendarItem[] => {
    const plan = byId.get(occurrence.planId);
    if (!plan || !matchesFilters(plan, occurrence, filters)) return [];
    const recurring = plan.recurrence !== undefined;
    return [
      {
        key: recurring ? `${plan.id}@${occurrence.originalDate}` : plan.id,
        plan,
        occurrence,
        platform: plan.platforms[0],
        recurring,
      },
    ];
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day notes (holidays, collective leave, library days) from `from` to `to` inclusive. */
export function notesBetween(from: DayString, to: DayString): DayNote[] {
  const out: DayNote[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const lastYear = Number(to.slice(0, 4));
  const lastMonth = Number(to.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    out.push(...dayNotes(year, month).days.filter((d) => d.date >= from && d.date <= to));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}

/** The whole-month observances and the holiday data's coverage of the month `day` is in. */
export function monthSummary(day: DayString): ReturnType<typeof dayNotes> {
  return dayNotes(Number(day.slice(0, 4)), Number(day.slice(5, 7)));
}

/**
 * A plan moved to another day and time: a single plan changes its own date; an occurrence of a
 * series is moved alone (the series goes on), as "edit this occurrence" does.
 */
export function reschedule(
  plan: PlannedPostRecord,
  originalDate: DayString,
  date: DayString,
  time: TimeString,
  by: string,
  now: number,
): PlannedPostRecord {
  if (!plan.recurrence) return { ...plan, date, time };
  return editOccurrence(plan, originalDate, { date, time }, by, now);
}

/** The day (`YYYY-MM-DD`) and time (`HH:mm`) of a floating Date (UTC fields = wall clock). */
export function floatingParts(date: Date): { date: DayString; time: TimeString } {
  return {
    date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`,
  };
}

/** Now in the library's zone as a floating `YYYY-MM-DDTHH:mm:ss` (the calendar's "today"). */
export function libraryNow(now: number, offsetHours: number): string {
  return new Date(now + offsetHours * 3_600_000).toISOString().slice(0, 19);
}

/** The last day of the month `day` is in. */
export function monthEnd(day: DayString): DayString {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/**
 * The days a month view shows for `month` (`YYYY-MM`): six whole weeks from the week day
 * `firstDay` (0 Sunday, 1 Monday) on or before the 1st, as FullCalendar's month view draws them
 * (its `fixedWeekCount`). The page reads the months either side ahead with it.
 */
export function monthGridRange(month: string, firstDay = 1): { from: DayString; to: DayString } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const back = (first.getUTCDay() - firstDay + 7) % 7;
  const start = new Date(first.getTime() - back * 86_400_000);
  const end = new Date(start.getTime() + 41 * 86_400_000);
  return { from: dayOfDate(start), to: dayOfDate(end) };
}

/** The month (`YYYY-MM`) `offset` months from `month`. */
export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + offset, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

const dayOfDate = (d: Date): DayString =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The day `offset` days after `day` (before it when negative). */
export function addDays(day: DayString, offset: number): DayString {
  return dayOfDate(new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000));
}

/** The 42 days of a month view for `month` (`YYYY-MM`), in order: six weeks of seven. */
export function monthGridDays(month: string, firstDay = 1): DayString[] {
  const { from } = monthGridRange(month, firstDay);
  return Array.from({ length: 42 }, (_, i) => addDays(from, i));
}

/** A day of the month view: the plans it shows, and how many more are behind its "+N more". */
export interface DayPlans {
  shown: CalendarItem[];
  more: number;
}

/**
 * The month view's plans day by day: the first `max` of each day (in time order), the count of
 * the others. The grid draws a day from this alone.
 */
export function plansByDay(items: readonly CalendarItem[], max: number): Map<DayString, DayPlans> {
  const days = new Map<DayString, DayPlans>();
  for (const item of items) {
    const day = item.occurrence.date;
    let plans = days.get(day);
    if (!plans) {
      plans = { shown: [], more: 0 };
      days.set(day, plans);
    }
    if (plans.shown.length < max) plans.shown.push(item);
    else plans.more += 1;
  }
  return days;
}
