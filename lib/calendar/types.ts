/** The calendar's records live with their tables in lib/db (below every feature). */
export * from '@/lib/db/calendar-types';
