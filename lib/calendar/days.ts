/**
 * Day notes for the calendar (pure): national holidays, collective leave and library days of a
 * month, from the dated data file. A month outside the file's years says so (`covered: false`)
 * instead of looking like a month without holidays.
 */
import { HOLIDAY_YEARS, HOLIDAYS, LIBRARY_DAYS, type HolidayBasis } from './data/id-days-2026-2027';
import type { DayString } from './types';

export type DayNoteKind = 'holiday' | 'collective-leave' | 'library-day';

export interface DayNote {
  date: DayString;
  kind: DayNoteKind;
  name: { id: string; en: string };
  /** For holidays: whether the date may still move (lunar) or is fixed. */
  basis?: HolidayBasis;
}

export interface MonthNotes {
  /** Notes for single days, sorted by date (holidays before library days on one date). */
  days: DayNote[];
  /** Whole-month observances (Bulan Gemar Membaca in September). */
  month: { name: { id: string; en: string } }[];
  /** Whether the holiday data covers this year at all, and from a published SKB. */
  holidays: 'confirmed' | 'partial' | 'not-covered';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Notes for `month` (1–12) of `year`. */
export function dayNotes(year: number, month: number): MonthNotes {
  const prefix = `${year}-${pad(month)}-`;
  const holidays: DayNote[] = HOLIDAYS.filter((e) => e.date.startsWith(prefix)).map((e) => ({
    date: e.date,
    kind: e.kind,
    name: e.name,
    basis: e.basis,
  }));
  const libraryDays: DayNote[] = LIBRARY_DAYS.filter((d) => d.month === month && d.day).map(
    (d) => ({ date: `${prefix}${pad(d.day!)}`, kind: 'library-day', name: d.name }),
  );
  const days = [...holidays, ...libraryDays].sort((a, b) =>
    a.date === b.date ? 0 : a.date < b.date ? -1 : 1,
  );
  const coverage = HOLIDAY_YEARS[year];
  return {
    days,
    month: LIBRARY_DAYS.filter((d) => d.month === month && !d.day).map((d) => ({ name: d.name })),
    holidays: !coverage ? 'not-covered' : coverage.confirmed ? 'confirmed' : 'partial',
  };
}
