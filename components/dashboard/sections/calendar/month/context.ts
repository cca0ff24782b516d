import { createContext } from 'react';
import type { DayNote } from '@/lib/calendar/days';
import type { CalendarItem, DayPlans } from '@/lib/calendar/view';
import type { Locale, Translator } from '@/lib/i18n';

/** FullCalendar's name for Sapa's own month view (week and list stay FullCalendar's). */
export const MONTH_VIEW = 'sapaMonth';

/** Plans a month's day shows before its "+N more". */
export const DAY_MAX_PLANS = 3;

/** What the month grid draws and what it can do, from the calendar page. */
export interface MonthGridData {
  /** The plans of the visible days that pass the filters, day by day. */
  days: ReadonlyMap<string, DayPlans>;
  notes: ReadonlyMap<string, DayNote>;
  /** Today in the library's zone (`YYYY-MM-DD`). */
  today: string;
  locale: Locale;
  t: Translator;
  /** A plan's accessible name: title, time, platforms, status, assignee. */
  label: (item: CalendarItem) => string;
  /** The day the keyboard is on (one cell of the grid takes Tab). */
  active: string | null;
  setActive: (day: string) => void;
  /** Shows the month of a day (the arrow keys going past the grid's edge). */
  goto: (day: string) => void;
  open: (item: CalendarItem) => void;
  planOn: (day: string) => void;
  /** "+N more": that day's list, every plan of it. */
  showDay: (day: string) => void;
  move: (item: CalendarItem, day: string) => void;
}

export const MonthGridContext = createContext<MonthGridData | null>(null);
