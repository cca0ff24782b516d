/**
 * The rows behind each chart of the monthly report, as tables and as CSV. A cell a spreadsheet
 * would run as a formula is neutralised (lib/exchange/csv, OWASP's CSV injection advice).
 */
import { csvRow } from '@/lib/exchange/csv';
import type { MonthlyReport } from './build';
import type { PlannedRow } from './planned';

export const REPORT_TABLES = [
  'platforms',
  'weeks',
  'categories',
  'templates',
  'hashtags',
  'overrides',
] as const;
export type ReportTableId = (typeof REPORT_TABLES)[number];

export interface ReportTable {
  /** One of the report's parts, or 'planned' (planned vs posted, from the calendar). */
  id: ReportTableId | 'planned';
  /** Column names in the CSV (English, stable for spreadsheets; the page shows its own labels). */
  header: string[];
  rows: (string | number)[][];
}

/** A rate as a CSV number with four decimals, empty when there is none. */
function rateCell(rate: number | undefined): string {
  return rate === undefined ? '' : rate.toFixed(4);
}

export function reportTable(report: MonthlyReport, id: ReportTableId): ReportTable {
  switch (id) {
    case 'platforms':
      return {
        id,
        header: [
          'platform',
          'posts',
          'posts_with_numbers',
          'interactions',
          'reach',
          'engagement_rate',
          'numbers_from',
          'new_followers',
        ],
        rows: report.perPlatform.map((p) => [
          p.key,
          p.count,
          p.engagement.counted,
          p.engagement.interactions,
          p.engagement.reach,
          rateCell(p.engagement.rate),
          p.source,
          p.newFollowers ?? '',
        ]),
      };
    case 'weeks':
      return {
        id,
        header: ['iso_week', 'first_day', 'last_day', 'posts'],
        rows: report.perWeek.map((w) => [w.key, w.first, w.last, w.count]),
      };
    case 'categories':
      return {
        id,
        header: ['category', 'posts'],
        rows: report.categories.map((c) => [c.key, c.count]),
      };
    case 'templates':
      return {
        id,
        header: ['template_id', 'template', 'posts'],
        rows: report.topTemplates.map((t) => [t.key, t.name, t.count]),
      };
    case 'hashtags':
      return {
        id,
        header: ['hashtag', 'posts'],
        rows: report.topHashtags.map((h) => [h.tag, h.count]),
      };
    case 'overrides':
      return {
        id,
        header: ['rule', 'posts'],
        rows: report.overrides.byRule.map((r) => [r.key, r.count]),
      };
  }
}

/** Planned vs posted: one row per platform, then `all`. */
export function plannedTable(rows: readonly PlannedRow[]): ReportTable {
  return {
    id: 'planned',
    header: [
      'platform',
      'planned',
      'posted',
      'skipped',
      'not_posted',
      'upcoming',
      'posts_from_plans',
      'posts_without_plan',
    ],
    rows: rows.map((r) => [
      r.key,
      r.planned,
      r.posted,
      r.skipped,
      r.missed,
      r.upcoming,
      r.fromPlans,
      r.withoutPlan,
    ]),
  };
}

/** A table as CSV: comma-separated, CRLF, with a UTF-8 byte-order mark so Excel reads UTF-8. */
export function tableCsv(table: ReportTable): string {
  const lines = [table.header, ...table.rows].map((row) => csvRow(row.map(String)));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
