/** The post log's reading side: the monthly report's aggregations, its CSV, the log's filters. */
export {
  buildReport,
  categoryOf,
  entriesOfMonth,
  hashtagsOf,
  type Count,
  type MonthlyReport,
  type ReportOptions,
  type TemplateInfo,
} from './build';
export {
  instantOfWallTime,
  isoWeek,
  isTimeZone,
  localDate,
  monthOf,
  monthSearchSpan,
  parseMonth,
  weekKey,
  weeksOfMonth,
  type IsoWeek,
  type LocalDate,
  type MonthWeek,
} from './calendar';
export { engagementInputs, engagementOf, INTERACTION_METRICS, type Engagement } from './engagement';
export {
  plannedTable,
  REPORT_TABLES,
  reportTable,
  tableCsv,
  type ReportTable,
  type ReportTableId,
} from './csv';
export { plannedVsPosted, type PlannedRow, type PlannedVsPostedOptions } from './planned';
export { filterLog, monthsInLog, NO_FILTER, type LogFilter } from './log-filter';
export {
  combinedEngagement,
  parseMetricText,
  platformNumbers,
  withMonthNumbers,
  type MonthNumbers,
  type MonthNumbersBook,
  type NumbersSource,
  type PlatformNumbers,
} from './month-numbers';
export {
  addressKey,
  guessMapping,
  hasMetricColumn,
  INSIGHTS_ROLES,
  insightsPatches,
  insightsRows,
  matchInsights,
  platformOfRows,
  readInsightsCsv,
  withColumnRole,
  type ColumnMapping,
  type InsightsPatch,
  type InsightsProblem,
  type InsightsRole,
  type InsightsRow,
  type InsightsTable,
  type MatchedRow,
  type RowOutcome,
} from './insights-csv';
