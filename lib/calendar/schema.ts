/** The calendar's zod schemas live with its tables in lib/db (below every feature). */
export * from '@/lib/db/calendar-schema';
