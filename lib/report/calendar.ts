/**
 * Dates in the person's time zone, without the browser: the zone is a parameter (an IANA name
 * such as 'Asia/Jakarta'), read through Intl, which Node and every browser have.
 */

export interface LocalDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const DAY_MS = 86_400_000;

/** The zone's offset from UTC at an instant (ms), read through Intl: one call, the slow part. */
function offsetAt(at: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * Offsets by UTC day, per zone: a day whose offset is the same at its start and its end has no
 * change of clocks inside it (zones change at most once a day), so one pair of Intl calls serves
 * every post of that day. A report over 20,000 posts needs a few hundred calls, not 20,000.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();

function offsetFor(at: number, timeZone: string): number {
  let days = dayOffsets.get(timeZone);
  if (!days) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(at / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = offsetAt(day * DAY_MS, timeZone);
    offset = start === offsetAt((day + 1) * DAY_MS - 1000, timeZone) ? start : null;
    days.set(day, offset);
  }
  return offset ?? offsetAt(at, timeZone);
}

/**
 * The instant of a wall-clock time in a time zone (an export's "Publish time" without an offset).
 * Two rounds settle it; in the hour a change of clocks skips, the later offset is used.
 */
export function instantOfWallTime(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number {
  const utc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let at = utc - offsetAt(utc, timeZone);
  at = utc - offsetAt(at, timeZone);
  return at;
}

/** The calendar date of an instant in a time zone. */
export function localDate(at: number, timeZone: string): LocalDate {
  const local = new Date(at + offsetFor(at, timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** 'YYYY-MM' of a date. */
export function monthKey(date: Pick<LocalDate, 'year' | 'month'>): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}`;
}

/** 'YYYY-MM' of an instant in a time zone. */
export function monthOf(at: number, timeZone: string): string {
  return monthKey(localDate(at, timeZone));
}

/** Parses 'YYYY-MM'; undefined when it is not one. */
export function parseMonth(month: string): { year: number; month: number } | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/** Days since 1970-01-01 of a calendar date (pure arithmetic in UTC, no zone involved). */
function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function fromDayNumber(days: number): LocalDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Monday = 1 … Sunday = 7. */
function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week of a calendar date: the week of its Thursday decides the year. */
export function isoWeek(date: LocalDate): IsoWeek {
  const thursday = fromDayNumber(dayNumber(date) + 4 - isoWeekday(date));
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** 'YYYY-Www', e.g. '2026-W44'. */
export function weekKey(week: IsoWeek): string {
  return `${week.year}-W${String(week.week).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD'. */
export function dateKey(date: LocalDate): string {
  return `${monthKey(date)}-${String(date.day).padStart(2, '0')}`;
}

export interface MonthWeek {
  key: string;
  /** The week's days inside the month (a week across a month end is cut at the month's edge). */
  first: string;
  last: string;
}

/** The ISO weeks that touch a month, in order, each with the part of it inside the month. */
export function weeksOfMonth(year: number, month: number): MonthWeek[] {
  const start = dayNumber({ year, month, day: 1 });
  const end = dayNumber(
    month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 },
  );
  const weeks: MonthWeek[] = [];
  for (let day = start; day < end; day += 1) {
    const date = fromDayNumber(day);
    const key = weekKey(isoWeek(date));
    const last = weeks.at(-1);
    if (last?.key === key) last.last = dateKey(date);
    else weeks.push({ key, first: dateKey(date), last: dateKey(date) });
  }
  return weeks;
}

/**
 * A span of instants that surely holds the whole month in any time zone (a day either side of
 * its UTC edges); the exact month is then found per entry with `monthOf`.
 */
export function monthSearchSpan(year: number, month: number): { from: number; to: number } {
  const from = Date.UTC(year, month - 1, 1) - 86_400_000;
  const to = Date.UTC(year, month, 1) + 86_400_000;
  return { from, to };
}

/** Whether Intl knows a time zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
