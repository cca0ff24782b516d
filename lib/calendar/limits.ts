/** Sizes of a plan's and a member's fields: lib/db decides them. */
export { CALENDAR_LIMITS } from '@/lib/db/calendar-types';

/**
 * The most occurrences one series may make (a year of days; years of weekly or monthly posts).
 * The form refuses a longer series: a team that plans further ahead plans the next series later.
 */
export const MAX_SERIES_OCCURRENCES = 366;
