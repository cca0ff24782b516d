/**
 * Numbers from a platform's insights export, pasted or chosen as a file (docs/report.md,
 * "Numbers from an insights export"): the rows are matched to post-log entries and shown before
 * anything is written; Apply writes through the same path as the numbers form, with Undo.
 */
import { useMemo, useState } from 'react';
import { POST_METRICS, type PlatformId, type PostLogRecord, type PostMetric } from '@/lib/db';
import {
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
  type InsightsTable,
  type MatchedRow,
} from '@/lib/report';
import type { MessageKey } from '@/lib/i18n';
import { dateTimeFormat, useDashboard } from '../../context';
import { FilePicker } from '../FilePicker';
import { Field, SelectField } from '../form';
import { PLATFORM_KEYS, platformOptions } from '../platforms';
import { useBusyTask } from '../useBusyTask';
import { numberFormat } from '@/lib/i18n/formats';

const PROBLEM_KEYS: Record<InsightsProblem, MessageKey> = {
  empty: 'dashboard.log.insights.problem.empty',
  'not-csv': 'dashboard.log.insights.problem.notCsv',
  'unclosed-quote': 'dashboard.log.insights.problem.unclosedQuote',
  'too-big': 'dashboard.log.insights.problem.tooBig',
  'too-many-rows': 'dashboard.log.insights.problem.tooManyRows',
};

const ROLE_KEYS: Record<Exclude<InsightsRole, PostMetric>, MessageKey> = {
  url: 'dashboard.log.insights.role.url',
  time: 'dashboard.log.insights.role.time',
  caption: 'dashboard.log.insights.role.caption',
};

export function InsightsPaste(props: { entries: readonly PostLogRecord[]; timeZone: string }) {
  const { t, repos, notify, fail } = useDashboard();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [platform, setPlatform] = useState<PlatformId>('instagram');
  const [problem, setProblem] = useState<InsightsProblem | null>(null);
  const [source, setSource] = useState<{ table: InsightsTable; mapping: ColumnMapping } | null>(
    null,
  );
  const [busy, run] = useBusyTask();

  const matched = useMemo(() => {
    if (!source) return null;
    const { rows } = insightsRows(source.table, source.mapping, props.timeZone);
    return matchInsights(rows, props.entries, { platform, timeZone: props.timeZone });
  }, [source, platform, props.entries, props.timeZone]);

  const read = (input = text) => {
    const result = readInsightsCsv(input);
    if (!result.ok) {
      setSource(null);
      setProblem(result.problem);
      return;
    }
    setProblem(null);
    const mapping = guessMapping(result.table.header);
    // The export's addresses name its platform; without them the choice stays the person's.
    const guessed = platformOfRows(insightsRows(result.table, mapping, props.timeZone).rows);
    if (guessed) setPlatform(guessed);
    setSource({ table: result.table, mapping });
  };

  const close = () => {
    setOpen(false);
    setSource(null);
    setProblem(null);
    setText('');
  };

  const write = async (patches: readonly InsightsPatch[], which: 'metrics' | 'previous') => {
    for (const patch of patches)
      await repos.postLog.annotate(patch.entryId, { metrics: patch[which] });
  };

  const apply = () =>
    run(async () => {
      if (!matched) return;
      const patches = insightsPatches(matched, props.entries);
      await write(patches, 'metrics');
      notify(t('dashboard.log.insights.applied', { count: patches.length }), {
        label: t('dashboard.undo'),
        run: () => write(patches, 'previous'),
      });
      close();
    });

  if (!open)
    return (
      <div className="sapa-actions">
        <button type="button" className="sapa-secondary" onClick={() => setOpen(true)}>
          {t('dashboard.log.insights.open')}
        </button>
      </div>
    );

  const applicable = matched?.filter((m) => m.outcome.status === 'matched').length ?? 0;
  return (
    <section className="sapa-card sapa-log-insights" aria-label={t('dashboard.log.insights.title')}>
      <h3>{t('dashboard.log.insights.title')}</h3>
      <p className="sapa-hint">{t('dashboard.log.insights.hint')}</p>
      <Field
        multiline
        rows={6}
        label={t('dashboard.log.insights.text')}
        value={text}
        onChange={(value) => {
          setText(value);
          setSource(null);
        }}
      />
      <FilePicker
        label={t('dashboard.log.insights.file')}
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
        onPick={() => setSource(null)}
        onText={(fileText) => {
          // A chosen file is shown at once: there is nothing more to type.
          setText(fileText);
          read(fileText);
        }}
        onError={fail}
      />
      <SelectField<PlatformId>
        label={t('dashboard.log.insights.platform')}
        value={platform}
        options={platformOptions(t)}
        onChange={setPlatform}
      />
      <p className="sapa-hint">{t('dashboard.log.insights.zone', { zone: props.timeZone })}</p>
      <div className="sapa-actions">
        <button type="button" onClick={() => read()}>
          {t('dashboard.log.insights.read')}
        </button>
        <button type="button" className="sapa-secondary" onClick={close}>
          {t('dashboard.cancel')}
        </button>
      </div>
      {problem && (
        <p className="sapa-errors" role="alert">
          {t(PROBLEM_KEYS[problem])}
        </p>
      )}
      {source && matched && (
        <>
          <ColumnChoices
            header={source.table.header}
            mapping={source.mapping}
            onChange={(mapping) => setSource({ ...source, mapping })}
          />
          {!hasMetricColumn(source.mapping) ? (
            <p className="sapa-errors" role="alert">
              {t('dashboard.log.insights.noMetric')}
            </p>
          ) : (
            <>
              <p role="status">
                {applicable === 0
                  ? t('dashboard.log.insights.nothingMatched', {
                      platform: t(PLATFORM_KEYS[platform]),
                    })
                  : t('dashboard.log.insights.summary', {
                      matched: applicable,
                      total: matched.length,
                    })}
              </p>
              <PreviewTable rows={matched} entries={props.entries} platform={platform} />
              <div className="sapa-actions">
                <button
                  type="button"
                  onClick={() => void apply()}
                  disabled={busy || applicable === 0}
                >
                  {t('dashboard.log.insights.apply')}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Each column's header and what Sapa reads it as; the person may change any of them. */
function ColumnChoices(props: {
  header: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useDashboard();
  const known = props.mapping.filter((role) => role !== null).length;
  const options: { value: InsightsRole | ''; label: string }[] = [
    { value: '', label: t('dashboard.log.insights.role.none') },
    ...INSIGHTS_ROLES.map((role) => ({ value: role, label: roleLabel(role, t) })),
  ];
  return (
    <details className="sapa-log-columns" open={!hasMetricColumn(props.mapping)}>
      <summary>
        {t('dashboard.log.insights.columns', { known, count: props.header.length })}
      </summary>
      <div className="sapa-log-metrics">
        {props.header.map((name, column) => (
          <SelectField<InsightsRole | ''>
            key={column}
            label={name || t('dashboard.log.insights.unnamed', { number: column + 1 })}
            value={props.mapping[column] ?? ''}
            options={options}
            onChange={(role) => props.onChange(withColumnRole(props.mapping, column, role || null))}
          />
        ))}
      </div>
    </details>
  );
}

function roleLabel(role: InsightsRole, t: ReturnType<typeof useDashboard>['t']): string {
  return role === 'url' || role === 'time' || role === 'caption'
    ? t(ROLE_KEYS[role])
    : t(`dashboard.log.metric.${role}`);
}

/** Per row of the export: the post it fits (or why none), and the numbers it would write. */
function PreviewTable(props: {
  rows: readonly MatchedRow[];
  entries: readonly PostLogRecord[];
  platform: PlatformId;
}) {
  const { t, locale } = useDashboard();
  const byId = new Map(props.entries.map((e) => [e.id, e]));
  const when = dateTimeFormat(locale);
  const count = numberFormat(locale);
  const postOf = (entry: PostLogRecord | undefined) =>
    entry
      ? `${when.format(entry.at)} · ${captionStart(entry.text) || t('dashboard.log.noCaption')}`
      : '';

  const outcomeText = ({ row, outcome }: MatchedRow): string => {
    switch (outcome.status) {
      case 'matched':
        return postOf(byId.get(outcome.entryId));
      case 'ambiguous':
        return t('dashboard.log.insights.outcome.ambiguous', {
          posts: outcome.entryIds.map((id) => postOf(byId.get(id))).join('; '),
        });
      case 'duplicate':
        return t('dashboard.log.insights.outcome.duplicate', {
          post: postOf(byId.get(outcome.entryId)),
        });
      case 'unmatched':
        return outcome.reason === 'no-time'
          ? t('dashboard.log.insights.outcome.noTime', { time: row.timeText ?? '—' })
          : t('dashboard.log.insights.outcome.noEntry', {
              platform: t(PLATFORM_KEYS[props.platform]),
            });
      case 'bad-number':
        return t('dashboard.log.insights.outcome.badNumber', {
          field: t(`dashboard.log.metric.${outcome.metric}`),
          text: outcome.text,
        });
      case 'no-numbers':
        return t('dashboard.log.insights.outcome.noNumbers');
    }
  };

  return (
    <div className="sapa-table-scroll">
      <table className="sapa-log-preview">
        <caption>{t('dashboard.log.insights.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.log.insights.colLine')}</th>
            <th scope="col">{t('dashboard.log.insights.colPost')}</th>
            <th scope="col">{t('dashboard.log.insights.colNumbers')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((m) => (
            <tr key={m.row.line} data-status={m.outcome.status}>
              <th scope="row">{m.row.line}</th>
              <td>{outcomeText(m)}</td>
              <td>{numbersText(m.row.metrics, t, count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The start of a caption, on one line. */
function captionStart(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

function numbersText(
  metrics: Partial<Record<PostMetric, number | null>>,
  t: ReturnType<typeof useDashboard>['t'],
  count: Intl.NumberFormat,
): string {
  return POST_METRICS.filter((metric) => metric in metrics)
    .map((metric) => {
      const value = metrics[metric];
      const field = t(`dashboard.log.metric.${metric}`);
      return value === null || value === undefined
        ? t('dashboard.log.insights.notEntered', { field })
        : `${field} ${count.format(value)}`;
    })
    .join(' · ');
}
