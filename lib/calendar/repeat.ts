/**
 * The plan form's "Repeat" choice and the RRULE it stands for, both ways (pure). The choice is
 * read from the plan's day, as a person says it: "every 2 weeks on Monday", "every month on the
 * 17th", "every month on the second Monday", "every month on the last Friday". The weekday and
 * day come from the plan's date, so a plan moved to another day takes its rule along; the person
 * picks the kind, the interval (weekly) and the last day ("until"). A stored rule of another shape
 * (an imported one, with COUNT or several days) is kept as it is: `custom`.
 */
import { RRule } from 'rrule';
import {
  dayOf,
  everyNWeeks,
  floating,
  monthlyOnDay,
  monthlyOnNthWeekday,
  parseRule,
} from './recurrence';
import type { WeekdayCode } from './recurrence';
import { dateFormat } from '@/lib/i18n/formats';
import { intlLocaleTag } from '@/lib/i18n/locale';
import { ordinalCategory } from '@/lib/i18n/plural';
import { MAX_SERIES_OCCURRENCES } from './limits';
import type { DayString, TimeString } from './types';

/** The most weeks between two occurrences of a weekly repeat (a year). */
export const MAX_WEEKS = 52;

export type RepeatKind =
  'none' | 'weekly' | 'monthly-day' | 'monthly-nth' | 'monthly-last' | 'custom';

export interface RepeatSetting {
  kind: RepeatKind;
  /** Weeks between occurrences (`weekly`), 1 or more. */
  interval: number;
  /** The last day an occurrence may fall on, `YYYY-MM-DD`; '' when not chosen yet. */
  until: DayString;
  /** The stored rule, kept for `custom`. */
  rule?: string;
}

/** rrule's weekday numbers (Monday 0) as RRULE codes. */
const CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Monday-first weekday index (0–6) of a day. */
function weekdayIndex(day: DayString): number {
  return (floating(day).getUTCDay() + 6) % 7;
}

export function weekdayOf(day: DayString): WeekdayCode {
  return CODES[weekdayIndex(day)]!;
}

function daysInMonth(day: DayString): number {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Which of its weekday in the month the day is: 1–5, and whether it is the last one. */
export function nthWeekdayOf(day: DayString): { nth: number; last: boolean } {
  const date = Number(day.slice(8, 10));
  return { nth: Math.ceil(date / 7), last: date + 7 > daysInMonth(day) };
}

/** The kinds the day offers, in the order the form lists them. */
export function repeatKindsFor(day: DayString): RepeatKind[] {
  const { nth, last } = nthWeekdayOf(day);
  return [
    'none',
    'weekly',
    'monthly-day',
    ...(nth <= 4 ? (['monthly-nth'] as const) : []),
    ...(last ? (['monthly-last'] as const) : []),
  ];
}

/** `day` plus `n` days. */
export function addDays(day: DayString, n: number): DayString {
  return dayOf(new Date(floating(day).getTime() + n * 86_400_000));
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayString, b: DayString): number {
  return Math.round((floating(b).getTime() - floating(a).getTime()) / 86_400_000);
}

/** What the form starts with for a plan that does not repeat: the end three months on. */
export function noRepeat(day: DayString): RepeatSetting {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const until = /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? dayOf(new Date(Date.UTC(y, m - 1 + 3, Math.min(d, 28))))
    : '';
  return { kind: 'none', interval: 1, until };
}

/**
 * The setting as the day can say it: "the last Monday" on a Monday that is not the last becomes
 * its nth, and "the nth" on a fifth weekday (always the last) becomes "the last".
 */
export function fitToDay(setting: RepeatSetting, day: DayString): RepeatSetting {
  const { nth, last } = nthWeekdayOf(day);
  if (setting.kind === 'monthly-last' && !last) return { ...setting, kind: 'monthly-nth' };
  if (setting.kind === 'monthly-nth' && nth > 4) return { ...setting, kind: 'monthly-last' };
  return setting;
}

/**
 * The rule for a setting on a plan's day, or null for "does not repeat". A setting the day no
 * longer offers (the 5th Monday asked as "second Monday") uses the day's own nth.
 */
export function ruleOf(setting: RepeatSetting, day: DayString): string | null {
  const until = setting.until;
  switch (setting.kind) {
    case 'none':
      return null;
    case 'custom':
      return setting.rule ?? null;
    case 'weekly':
      return everyNWeeks(Math.max(1, Math.floor(setting.interval)), weekdayOf(day), until);
    case 'monthly-day':
      return monthlyOnDay(Number(day.slice(8, 10)), until);
    case 'monthly-nth':
      return monthlyOnNthWeekday(Math.min(4, nthWeekdayOf(day).nth), weekdayOf(day), until);
    case 'monthly-last':
      return monthlyOnNthWeekday(-1, weekdayOf(day), until);
  }
}

/** A stored rule read back as the form's setting, on the day it is shown for. */
export function settingOf(rule: string | undefined, day: DayString): RepeatSetting {
  if (!rule) return noRepeat(day);
  const custom: RepeatSetting = { kind: 'custom', interval: 1, until: '', rule };
  let o: ReturnType<typeof RRule.parseString>;
  try {
    o = RRule.parseString(rule.replace(/^RRULE:/i, ''));
  } catch {
    return custom;
  }
  if (!o.until || o.count || o.bysetpos || o.bymonth || o.byhour || o.byminute) return custom;
  const until = dayOf(o.until);
  const days = [o.byweekday ?? []].flat();
  const monthDays = [o.bymonthday ?? []].flat();
  const only = days.length === 1 ? days[0] : undefined;
  const code = typeof only === 'object' ? only.weekday : only;
  const n = typeof only === 'object' ? only.n : undefined;
  const sameWeekday = code === weekdayIndex(day);
  if (o.freq === RRule.WEEKLY && sameWeekday && !n && !monthDays.length)
    return { kind: 'weekly', interval: o.interval ?? 1, until };
  if (o.freq !== RRule.MONTHLY || (o.interval ?? 1) !== 1) return custom;
  if (!days.length && monthDays.length === 1 && monthDays[0] === Number(day.slice(8, 10)))
    return { kind: 'monthly-day', interval: 1, until };
  if (sameWeekday && !monthDays.length) {
    const { nth, last } = nthWeekdayOf(day);
    if (n === -1 && last) return { kind: 'monthly-last', interval: 1, until };
    if (n === nth && nth <= 4) return { kind: 'monthly-nth', interval: 1, until };
  }
  return custom;
}

export type RepeatProblem = 'no-end' | 'no-interval' | 'ends-before' | 'too-many' | 'invalid';

export type RepeatCheck =
  | { ok: true; rule: string | null; count: number }
  | { ok: false; problem: RepeatProblem; count?: number };

/**
 * The setting checked for a series starting on `day` at `time`: it must end (a day chosen), on
 * or after its start, and make at most MAX_SERIES_OCCURRENCES occurrences. `count` is how many
 * it makes (before any is cancelled).
 */
export function checkRepeat(chosen: RepeatSetting, day: DayString, time: TimeString): RepeatCheck {
  const setting = fitToDay(chosen, day);
  if (setting.kind === 'none') return { ok: true, rule: null, count: 1 };
  if (setting.kind !== 'custom') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(setting.until)) return { ok: false, problem: 'no-end' };
    if (setting.until < day) return { ok: false, problem: 'ends-before' };
    if (setting.kind === 'weekly' && !(setting.interval >= 1 && setting.interval <= MAX_WEEKS))
      return { ok: false, problem: 'no-interval' };
  }
  const rule = ruleOf(setting, day);
  if (!rule) return { ok: false, problem: 'invalid' };
  const parsed = parseRule(rule, floating(day, time));
  if (!parsed.ok) return { ok: false, problem: parsed.problem === 'no-end' ? 'no-end' : 'invalid' };
  // One past the limit is enough to know it is too many.
  const count = new RRule(parsed.options).all((_, i) => i <= MAX_SERIES_OCCURRENCES).length;
  if (count > MAX_SERIES_OCCURRENCES) return { ok: false, problem: 'too-many', count };
  if (count === 0) return { ok: false, problem: 'ends-before', count };
  return { ok: true, rule, count };
}

/** The ordinal forms English writes ("1st", "2nd", "3rd", "17th"); Indonesian has one. */
type DayOrdinal = 'one' | 'two' | 'few' | 'other';
const ORDINALS: readonly string[] = ['one', 'two', 'few'];

/** How the summary is said: a locale key and its values (the page's `t` writes it). */
export interface RepeatWords {
  key:
    | 'calendar.repeat.summary.weekly'
    | 'calendar.repeat.summary.weeklyN'
    | 'calendar.repeat.summary.monthlyDay'
    | 'calendar.repeat.summary.monthlyNth'
    | 'calendar.repeat.summary.custom';
  /** `nth`: the key of "first".."last"; `dayOrdinal`: the key that writes "17th". */
  values: {
    weekday?: string;
    interval?: number;
    day?: number;
    nthKey?: `calendar.repeat.nth.${'1' | '2' | '3' | '4' | 'last'}`;
    dayKey?: `calendar.repeat.day.${DayOrdinal}`;
    until: string;
  };
}

/** A weekday's name in the UI language ("Monday", "Senin"). */
export function weekdayName(day: DayString, locale: string): string {
  return dateFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(floating(day));
}

/** A day in full in the UI language ("17 December 2026", "17 Desember 2026"). */
export function longDay(day: DayString, locale: string): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(floating(day));
}

/** The words of a repeat setting on a day (null for "does not repeat"). */
export function repeatWords(
  setting: RepeatSetting,
  day: DayString,
  locale: string,
): RepeatWords | null {
  if (setting.kind === 'none') return null;
  const untilDay =
    setting.kind === 'custom' ? customUntil(setting.rule ?? '') : setting.until || undefined;
  const until = untilDay ? longDay(untilDay, locale) : '';
  const weekday = weekdayName(day, locale);
  switch (setting.kind) {
    case 'custom':
      return { key: 'calendar.repeat.summary.custom', values: { until } };
    case 'weekly':
      return setting.interval > 1
        ? {
            key: 'calendar.repeat.summary.weeklyN',
            values: { weekday, interval: setting.interval, until },
          }
        : { key: 'calendar.repeat.summary.weekly', values: { weekday, until } };
    case 'monthly-day': {
      const date = Number(day.slice(8, 10));
      const plural = ordinalCategory(intlLocaleTag(locale), date);
      return {
        key: 'calendar.repeat.summary.monthlyDay',
        values: {
          day: date,
          dayKey: `calendar.repeat.day.${ORDINALS.includes(plural) ? (plural as DayOrdinal) : 'other'}`,
          until,
        },
      };
    }
    case 'monthly-nth':
    case 'monthly-last': {
      const nth = Math.min(4, nthWeekdayOf(day).nth);
      const nthKey =
        setting.kind === 'monthly-last'
          ? ('calendar.repeat.nth.last' as const)
          : (`calendar.repeat.nth.${nth}` as `calendar.repeat.nth.${'1' | '2' | '3' | '4'}`);
      return { key: 'calendar.repeat.summary.monthlyNth', values: { weekday, nthKey, until } };
    }
  }
}

function customUntil(rule: string): DayString | undefined {
  try {
    const until = RRule.parseString(rule.replace(/^RRULE:/i, '')).until;
    return until ? dayOf(until) : undefined;
  } catch {
    return undefined;
  }
}
