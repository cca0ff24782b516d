/**
 * Days as the English UI writes them, spelled out here rather than through Intl (which is what
 * the pages themselves use), so a test does not share the code it checks.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Tue, 8 Dec 2026": a day in the calendar's notices. */
export function dayText(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = WEEKDAYS[date.getUTCDay()]!;
  const month = LONG_MONTHS[date.getUTCMonth()]!.slice(0, 3);
  return `${weekday}, ${date.getUTCDate()} ${month} ${date.getUTCFullYear()}`;
}

/** "12 January 2027": a day in the repeat's summary. */
export function longDay(day: string): string {
  return `${Number(day.slice(8))} ${LONG_MONTHS[Number(day.slice(5, 7)) - 1]!} ${day.slice(0, 4)}`;
}
