/** A day as the UI language writes it in a notice ("Tue 8 Dec 2026", "Sel, 8 Des 2026"). */
export function dayText(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
