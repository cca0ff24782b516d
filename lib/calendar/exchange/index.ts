/**
 * The calendar's files: CSV both ways and .ics out. Not re-exported by lib/calendar, so the
 * panel's bundle never carries ical-generator; the dashboard imports this folder itself.
 */
export { calendarToIcs, occurrenceUid, type IcsOptions } from './ics';
export { MAX_IMPORTED_PLANS } from './limits';
export {
  PLAN_CSV_COLUMNS,
  plansToCsv,
  readDay,
  readPlanCsv,
  readTime,
  type ImportedPlan,
  type PlanCsvContext,
  type PlanCsvImport,
  type PlanCsvNames,
} from './plan-csv';
