/**
 * One part of the monthly report: its card, its title and the button that saves the rows behind
 * it as CSV (hidden in print). Every part, the planned-vs-posted one included, is framed alike.
 */
import type { ReactNode } from 'react';
import { tableCsv, type ReportTable } from '@/lib/report';
import { useDashboard } from '../../context';

export function ReportPartFrame(props: {
  title: string;
  /** The rows saved as `sapa-report-<month>-<table id>.csv`. */
  table: ReportTable;
  month: string;
  children: ReactNode;
}) {
  const { t, download } = useDashboard();
  const csv = () =>
    download(
      new Blob([tableCsv(props.table)], { type: 'text/csv;charset=utf-8' }),
      `sapa-report-${props.month}-${props.table.id}.csv`,
    );
  return (
    <section className="sapa-card sapa-report-part" aria-label={props.title}>
      <div className="sapa-report-part-head">
        <h3>{props.title}</h3>
        <button type="button" className="sapa-secondary sapa-no-print" onClick={csv}>
          {t('dashboard.report.csv')}
        </button>
      </div>
      {props.children}
    </section>
  );
}
