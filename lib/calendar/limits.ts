/** Sizes of a plan's and a member's fields: lib/db's schema decides them. */
export { CALENDAR_LIMITS } from '@/lib/db/calendar-schema';
