/**
 * The monthly report's "Planned vs posted" (issue #17): the month's planned posts from the
 * calendar by what became of them, per platform, beside the posts made from a plan and without
 * one (`plannedVsPosted`, lib/report/planned.ts), with its CSV.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ZONE_OFFSET_HOURS } from '@/lib/calendar';
import type { PostLogRecord } from '@/lib/db';
import type { LibraryTimeZone } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';
import { plannedTable, plannedVsPosted, type PlannedRow } from '@/lib/report';
import { useDashboard } from '../../context';
import { PLATFORM_KEYS } from '../platforms';
import { StackedBarChart } from './BarChart';
import { ReportPartFrame } from './ReportPartFrame';

const COLUMNS: { field: Exclude<keyof PlannedRow, 'key'>; label: MessageKey }[] = [
  { field: 'planned', label: 'dashboard.report.planned.planned' },
  { field: 'posted', label: 'dashboard.report.planned.posted' },
  { field: 'skipped', label: 'dashboard.report.planned.skipped' },
  { field: 'missed', label: 'dashboard.report.planned.missed' },
  { field: 'upcoming', label: 'dashboard.report.planned.upcoming' },
  { field: 'fromPlans', label: 'dashboard.report.planned.fromPlans' },
  { field: 'withoutPlan', label: 'dashboard.report.planned.withoutPlan' },
];

/** What became of the month's plans, one colour each in the chart (the table has every column). */
const OUTCOMES = [
  { field: 'posted', label: 'dashboard.report.planned.posted', className: 'sapa-chart-posted' },
  { field: 'skipped', label: 'dashboard.report.planned.skipped', className: 'sapa-chart-skipped' },
  { field: 'missed', label: 'dashboard.report.planned.missed', className: 'sapa-chart-missed' },
  {
    field: 'upcoming',
    label: 'dashboard.report.planned.upcoming',
    className: 'sapa-chart-upcoming',
  },
] as const satisfies readonly {
  field: keyof PlannedRow;
  label: MessageKey;
  className: string;
}[];

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export function PlannedPart(props: {
  month: string;
  /** The library's: planned days and posts are both counted in it. */
  timeZone: LibraryTimeZone;
  entries: readonly PostLogRecord[];
  now: number;
}) {
  const { t, repos } = useDashboard();
  const { month, timeZone: zone, entries, now } = props;
  const plans = useLiveQuery(
    () => repos.plannedPosts.inRange(`${month}-01`, lastDay(month)),
    [repos, month],
  );
  const rows = useMemo(() => {
    if (!plans) return null;
    const today = new Date(now + ZONE_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 10);
    return plannedVsPosted(plans, entries, { month, timeZone: zone, zone, today });
  }, [plans, entries, month, zone, now]);
  const title = t('dashboard.report.part.planned');
  if (!rows) return null;
  const all = rows.find((r) => r.key === 'all')!;
  const rowName = (r: PlannedRow) =>
    r.key === 'all' ? t('dashboard.report.planned.all') : t(PLATFORM_KEYS[r.key]);
  const platformRows = rows.filter((r) => r.key !== 'all' && r.planned > 0);
  return (
    <ReportPartFrame title={title} table={plannedTable(rows)} month={month}>
      <p>{t('dashboard.report.planned.summary', { posted: all.posted, planned: all.planned })}</p>
      {all.planned > 0 && (
        <StackedBarChart
          labels={platformRows.map(rowName)}
          series={OUTCOMES.map((o) => ({
            name: t(o.label),
            className: o.className,
            values: platformRows.map((r) => r[o.field]),
          }))}
        />
      )}
      <div className="sapa-report-scroll">
        <table className="sapa-report-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.report.col.platforms')}</th>
              {COLUMNS.map((c) => (
                <th scope="col" key={c.field}>
                  {t(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{rowName(r)}</th>
                {COLUMNS.map((c) => (
                  <td key={c.field}>{r[c.field]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sapa-hint">{t('dashboard.report.planned.note', { zone })}</p>
    </ReportPartFrame>
  );
}
