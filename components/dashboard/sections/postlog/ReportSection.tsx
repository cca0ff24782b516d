/**
 * The monthly report ("Laporan bulanan"): the post log's month in tables and bar charts, each
 * table downloadable as CSV, and a print stylesheet that gives a clean A4 page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { DEFAULT_TIME_ZONE, type LibraryTimeZone } from '@/lib/db/types';
import {
  buildReport,
  monthOf,
  REPORT_TABLES,
  reportTable,
  type MonthlyReport,
  type ReportTableId,
} from '@/lib/report';
import { formatList } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { PLATFORM_KEYS } from '../platforms';
import { BarChart } from './BarChart';
import { MonthNumbersForm, useMonthNumbers } from './MonthNumbersForm';
import { PlannedPart } from './PlannedPart';
import { ReportPartFrame } from './ReportPartFrame';
import { ruleName } from './LogEntry';
import { usePostLog } from './usePostLog';
import { dateFormat, numberFormat } from '@/lib/i18n/formats';

export function ReportSection(props: { now?: () => number }) {
  const { t, repos } = useDashboard();
  // The library's time zone (brand kit), as the calendar's: a team's report of a month counts
  // the same posts whoever makes it, wherever their browser is set.
  const zone = useLiveQuery(
    async () => (await repos.brandKit.get()).timeZone ?? DEFAULT_TIME_ZONE,
    [repos],
  );
  if (zone === undefined) return <p>{t('dashboard.loading')}</p>;
  return <MonthlyReportPage timeZone={zone} {...(props.now ? { now: props.now } : {})} />;
}

function MonthlyReportPage(props: { timeZone: LibraryTimeZone; now?: () => number }) {
  const { t, locale } = useDashboard();
  const { entries, templates } = usePostLog();
  const { timeZone } = props;
  const [openedAt] = useState(() => (props.now ?? Date.now)());
  const [month, setMonth] = useState(() => monthOf(openedAt, timeZone));
  const monthNumbers = useMonthNumbers(month);
  const report = useMemo(
    () =>
      /^\d{4}-\d{2}$/.test(month)
        ? buildReport(entries ?? [], {
            month,
            timeZone,
            templates,
            ...(monthNumbers ? { monthNumbers } : {}),
          })
        : null,
    [entries, month, timeZone, templates, monthNumbers],
  );
  const monthName = dateFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

  return (
    <section className="sapa-report" aria-labelledby="sapa-report-title">
      <div className="sapa-row sapa-filters sapa-no-print">
        <div className="sapa-field">
          <label htmlFor="sapa-report-month">{t('dashboard.report.month')}</label>
          <input
            id="sapa-report-month"
            type="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </div>
        <button type="button" onClick={() => window.print()}>
          {t('dashboard.report.print')}
        </button>
      </div>
      <h2 id="sapa-report-title">
        {t('dashboard.report.heading', {
          month: report ? monthName.format(new Date(`${report.month}-15`)) : month,
        })}
      </h2>
      {report && (
        <MonthNumbersForm
          month={report.month}
          numbers={monthNumbers}
          monthName={monthName.format(new Date(`${report.month}-15`))}
        />
      )}
      {entries === undefined || !report ? (
        <p>{t('dashboard.loading')}</p>
      ) : (
        <>
          <ReportBody report={report} />
          <PlannedPart month={report.month} timeZone={timeZone} entries={entries} now={openedAt} />
        </>
      )}
    </section>
  );
}

function percent(rate: number | undefined, locale: string): string {
  if (rate === undefined) return '—';
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

function ReportBody({ report }: { report: MonthlyReport }) {
  const { t, locale } = useDashboard();
  const e = report.engagement;
  const fromMonth = report.perPlatform
    .filter((p) => p.source === 'month')
    .map((p) => t(PLATFORM_KEYS[p.key]));
  return (
    <>
      <dl className="sapa-report-summary">
        <div>
          <dt>{t('dashboard.report.total')}</dt>
          <dd>{report.total}</dd>
        </div>
        <div>
          <dt>{t('dashboard.report.engagement')}</dt>
          <dd>{percent(e.rate, locale)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.report.overridden')}</dt>
          <dd>{report.overrides.posts}</dd>
        </div>
      </dl>
      <p className="sapa-hint">
        {t('dashboard.report.engagementNote', { counted: e.counted, total: report.total })}
        {fromMonth.length > 0 &&
          ` ${t('dashboard.report.monthNumbersUsed', { platforms: formatList(locale, fromMonth) })}`}
      </p>
      <p className="sapa-hint">{t('dashboard.report.timeZone', { zone: report.timeZone })}</p>
      {REPORT_TABLES.map((id) => (
        <ReportPart key={id} report={report} id={id} />
      ))}
    </>
  );
}

/** One part of the report: its chart, its table, and its CSV. */
function ReportPart({ report, id }: { report: MonthlyReport; id: ReportTableId }) {
  const { t, locale } = useDashboard();
  const rows = labelledRows(report, id, t, locale);
  const title = t(`dashboard.report.part.${id}`);
  return (
    <ReportPartFrame title={title} table={reportTable(report, id)} month={report.month}>
      {rows.length === 0 ? (
        <p className="sapa-hint">{t('dashboard.report.nothing')}</p>
      ) : (
        <>
          {id !== 'platforms' || report.total > 0 ? (
            <BarChart rows={rows.map((r) => ({ label: r.label, value: r.count }))} />
          ) : null}
          <table className="sapa-report-table">
            <thead>
              <tr>
                <th scope="col">{t(`dashboard.report.col.${id}`)}</th>
                <th scope="col">{t('dashboard.report.col.posts')}</th>
                {id === 'platforms' && <th scope="col">{t('dashboard.report.engagement')}</th>}
                {id === 'platforms' && <th scope="col">{t('dashboard.log.metric.follows')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td>{r.count}</td>
                  {id === 'platforms' && (
                    <td>
                      {percent(r.rate, locale)}
                      {r.fromMonth && (
                        <span className="sapa-hint"> {t('dashboard.report.fromMonth')}</span>
                      )}
                    </td>
                  )}
                  {id === 'platforms' && <td>{r.followers ?? '—'}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ReportPartFrame>
  );
}

type Row = {
  key: string;
  label: string;
  count: number;
  rate?: number | undefined;
  /** Platforms: the rate comes from the month's own numbers. */
  fromMonth?: boolean;
  followers?: number | undefined;
};

/** A part's rows with labels in the UI language. */
function labelledRows(
  report: MonthlyReport,
  id: ReportTableId,
  t: ReturnType<typeof useDashboard>['t'],
  locale: ReturnType<typeof useDashboard>['locale'],
): Row[] {
  const day = dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  switch (id) {
    case 'platforms':
      return report.perPlatform.map((p) => ({
        key: p.key,
        label: t(PLATFORM_KEYS[p.key]),
        count: p.count,
        rate: p.engagement.rate,
        fromMonth: p.source === 'month',
        followers: p.newFollowers,
      }));
    case 'weeks':
      return report.perWeek.map((w) => ({
        key: w.key,
        label: t('dashboard.report.week', {
          week: w.key.slice(-2),
          first: day.format(new Date(w.first)),
          last: day.format(new Date(w.last)),
        }),
        count: w.count,
      }));
    case 'categories':
      return report.categories.map((c) => ({
        key: c.key,
        label: c.key || t('dashboard.report.noCategory'),
        count: c.count,
      }));
    case 'templates':
      return report.topTemplates.map((tpl) => ({
        key: tpl.key,
        label: tpl.name || t('dashboard.log.templateGone'),
        count: tpl.count,
      }));
    case 'hashtags':
      return report.topHashtags.map((h) => ({ key: h.key, label: `#${h.tag}`, count: h.count }));
    case 'overrides':
      return report.overrides.byRule.map((r) => ({
        key: r.key,
        label: ruleName(r.key, locale),
        count: r.count,
      }));
  }
}
