/**
 * The content calendar's data and rules (pure; see docs/calendar.md). The Dexie tables, team
 * sync of these records and the dashboard page come next.
 */
export * from './types';
export {
  allowedActions,
  transition,
  type Actor,
  type PlanAction,
  type RefusalCode,
  type TransitionResult,
} from './status';
export {
  cancelOccurrence,
  editOccurrence,
  editSeries,
  everyNWeeks,
  expand,
  expandAll,
  instantOf,
  monthlyOnDay,
  monthlyOnNthWeekday,
  parseRule,
  ZONE_OFFSET_HOURS,
  type Occurrence,
  type RuleProblem,
  type SeriesChanges,
  type WeekdayCode,
} from './recurrence';
export {
  OCCURRENCE_ACTIONS,
  occurrenceActions,
  occurrenceStatus,
  occurrenceTransition,
  type OccurrenceAction,
} from './occurrence-status';
export { memberNames } from './member-names';
export { dayNotes, type DayNote, type DayNoteKind, type MonthNotes } from './days';
export { HOLIDAY_YEARS } from './data/id-days-2026-2027';
export {
  mergeVersions,
  type CalendarConflict,
  type CalendarTable,
  type MergeOutcome,
} from './merge';
