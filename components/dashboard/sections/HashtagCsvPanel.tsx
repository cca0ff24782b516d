import { useState } from 'react';
import type { HashtagSetRecord } from '@/lib/db';
import {
  applyHashtagCsvImport,
  parseHashtagCsv,
  planHashtagCsvImport,
  serialiseHashtagCsv,
  type CsvPlanEntry,
  type CsvProblem,
  type CsvSet,
} from '@/lib/exchange/csv';
import { today, useDashboard } from '../context';
import { FilePicker, FileProblems, ImportActions } from './FilePicker';
import { TitledSection } from './titled';
import { useBusyTask } from './useBusyTask';

/** The team's own sets as a CSV file, and sets added from one after a preview. */
export function HashtagCsvPanel(props: { sets: HashtagSetRecord[] }) {
  const { db, repos, t, notify, fail, download } = useDashboard();
  const [parsed, setParsed] = useState<{ sets: CsvSet[]; entries: CsvPlanEntry[] } | null>(null);
  const [problems, setProblems] = useState<CsvProblem[]>([]);
  const [busy, run] = useBusyTask();

  const exportCsv = () => {
    // Subscribed sets belong to their publisher, like in packs: only the team's own are exported.
    const csv = serialiseHashtagCsv(props.sets.filter((set) => !set.source));
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `sapa-hashtags-${today()}.csv`);
  };

  const forget = () => {
    setParsed(null);
    setProblems([]);
  };

  const plan = (text: string) => {
    const result = parseHashtagCsv(text);
    if (!result.ok) return setProblems(result.errors);
    const planned = planHashtagCsvImport(props.sets, result.sets);
    if (!planned.ok) return setProblems(planned.errors);
    setParsed({ sets: result.sets, entries: planned.entries });
  };

  const apply = async () => {
    if (!parsed) return;
    await run(async () => {
      const r = await applyHashtagCsvImport(db, repos, parsed.sets);
      notify(
        t('dashboard.csv.done', {
          created: t('count.newHashtagSets', { count: r.created }),
          updated: r.updated,
          tags: t('count.tags', { count: r.tagsAdded }),
        }),
      );
      setParsed(null);
    });
  };

  return (
    <TitledSection card title={t('dashboard.csv.title')}>
      <p className="sapa-hint">{t('dashboard.csv.hint')}</p>
      <div className="sapa-actions">
        <button type="button" className="sapa-secondary" onClick={exportCsv}>
          {t('dashboard.csv.export')}
        </button>
      </div>
      <FilePicker
        label={t('dashboard.csv.import')}
        accept=".csv,text/csv"
        onPick={forget}
        onText={plan}
        onError={fail}
      />
      {problems.length > 0 && <FileProblems summary="dashboard.csv.errors" problems={problems} />}
      {parsed && (
        <div>
          <CsvPreviewTable entries={parsed.entries} />
          <ImportActions
            applyLabel={t('dashboard.csv.apply')}
            busy={busy}
            onApply={() => void apply()}
            onCancel={() => setParsed(null)}
          />
        </div>
      )}
    </TitledSection>
  );
}

/** Per set in the file: new or existing, the tags it would add, and those already there. */
function CsvPreviewTable({ entries }: { entries: CsvPlanEntry[] }) {
  const { t } = useDashboard();
  return (
    <table>
      <caption>{t('dashboard.csv.preview')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.csv.colSet')}</th>
          <th scope="col">{t('dashboard.csv.colAction')}</th>
          <th scope="col">{t('dashboard.csv.colAdded')}</th>
          <th scope="col">{t('dashboard.csv.colSkipped')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.name}>
            <th scope="row">{e.name}</th>
            <td>{e.existingId ? t('dashboard.csv.existing') : t('dashboard.csv.newSet')}</td>
            <td>{e.added.map((tag) => `#${tag}`).join(' ') || '—'}</td>
            <td>{e.skipped.map((tag) => `#${tag}`).join(' ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
