/** Sizes of a plan's and a member's fields: lib/db decides them. */
export { CALENDAR_LIMITS } from '@/lib/db/calendar-types';
