import { intlLocaleTag } from '@/lib/i18n/locale';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and style: making one costs far more than using it, and the
 * calendar calls these for every row and every day of a month.
 */
function formatter(locale: string, style: string, options: Intl.DateTimeFormatOptions) {
  const tag = intlLocaleTag(locale);
  let format = formats.get(`${tag}|${style}`);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formats.set(`${tag}|${style}`, format);
  }
  return format;
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** A day as the UI language writes it in a notice ("Tue 8 Dec 2026", "Sel, 8 Des 2026"). */
export function dayText(day: string, locale: string): string {
  return formatter(locale, 'short', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(dateOf(day));
}

/** A day in full, as a screen reader says a day of the month ("Tuesday 8 December 2026"). */
export function longDayText(day: string, locale: string): string {
  return formatter(locale, 'long', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(dateOf(day));
}

/** A week day's short name as a column of the month ("Mon", "Sen"). */
export function weekdayText(day: string, locale: string): string {
  return formatter(locale, 'weekday', { weekday: 'short' }).format(dateOf(day));
}

/** A month and its year ("December 2026", "Desember 2026"). */
export function monthText(day: string, locale: string): string {
  return formatter(locale, 'month', { month: 'long', year: 'numeric' }).format(dateOf(day));
}
