const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A day as the UI language writes it in a notice ("Tue 8 Dec 2026", "Sel, 8 Des 2026"). The
 * formatter is made once per language: making one costs far more than using it, and lists call
 * this for every row.
 */
export function dayText(day: string, locale: string): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  let format = formats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(tag, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}
