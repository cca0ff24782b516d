import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { extractHashtags, normaliseHashtag } from '@/lib/checklist';
import { displayTag, isValidTag, type HashtagSetRecord } from '@/lib/db';
import { MAX_TAGS_PER_SET } from '@/lib/db/repositories/hashtagSets';
import {
  applyHashtagCsvImport,
  parseHashtagCsv,
  planHashtagCsvImport,
  serialiseHashtagCsv,
  type CsvPlanEntry,
  type CsvProblem,
  type CsvSet,
} from '@/lib/exchange/csv';
import { tagPieces, today, useDashboard } from '../context';
import { FilePicker, FileProblems, ImportActions } from './FilePicker';
import { Field, FormActions } from './form';
import { ListDetailEditor, type ListTexts } from './ListDetailEditor';
import { useBusyTask } from './useBusyTask';
import { TitledForm, TitledSection } from './titled';

export interface Harvest {
  /** Tags to add, display form without '#'. */
  added: string[];
  /** Tags already in the set or repeated in the pasted text. */
  duplicates: string[];
  /** Pieces that are not hashtags. */
  invalid: string[];
}

/**
 * Tags from pasted text: a caption (anything with a '#') gives its hashtags; otherwise one tag
 * per line (commas and spaces also separate). Normalised; duplicates by normalised id.
 */
export function harvestTags(text: string, existing: readonly string[]): Harvest {
  const pieces = text.includes('#') ? extractHashtags(text).map((h) => h.tag) : tagPieces(text);
  const seen = new Set(existing.map(normaliseHashtag));
  const out: Harvest = { added: [], duplicates: [], invalid: [] };
  for (const piece of pieces) {
    const tag = displayTag(piece);
    if (!isValidTag(tag)) {
      out.invalid.push(piece);
      continue;
    }
    const id = normaliseHashtag(tag);
    if (seen.has(id)) out.duplicates.push(tag);
    else {
      seen.add(id);
      out.added.push(tag);
    }
  }
  return out;
}

const HASHTAG_SET_TEXTS: ListTexts = {
  listTitle: 'dashboard.hashtags.listTitle',
  newItem: 'dashboard.hashtags.new',
  none: 'dashboard.hashtags.none',
  pick: 'dashboard.hashtags.pick',
  deleted: 'dashboard.hashtags.deleted',
  restored: 'dashboard.hashtags.restored',
};

export function HashtagSetsSection() {
  const { repos, t } = useDashboard();
  const sets = useLiveQuery(() => repos.hashtagSets.list(), [repos]);
  return (
    <>
      <ListDetailEditor
        items={sets}
        store={repos.hashtagSets}
        texts={HASHTAG_SET_TEXTS}
        summary={(set) => t('dashboard.hashtags.tagCount', { count: set.tags.length })}
        editor={(slot) => (
          <SetEditor set={slot.item} onSaved={slot.onSaved} onDelete={slot.onDelete} />
        )}
        readOnly={(set) => <SubscribedSet set={set} />}
      />
      <CsvPanel sets={sets ?? []} />
    </>
  );
}

/** What a subscribed set holds: its tags. */
function SubscribedSet({ set }: { set: HashtagSetRecord }) {
  const { t } = useDashboard();
  const tagsId = useId();
  return (
    <>
      <h3 id={tagsId}>
        {t('dashboard.hashtags.tags')} ({set.tags.length})
      </h3>
      <ul className="sapa-chips" aria-labelledby={tagsId}>
        {set.tags.map((tag) => (
          <li key={tag} className="sapa-chip">
            #{tag}
          </li>
        ))}
      </ul>
    </>
  );
}

function SetEditor(props: {
  set: HashtagSetRecord | undefined;
  onSaved: (id: string) => void;
  onDelete?: () => void;
}) {
  const { repos, t, notify, fail } = useDashboard();
  const settings = useLiveQuery(() => repos.checklistSettings.get(), [repos]);
  const banned = new Set((settings?.bannedHashtags ?? []).map(normaliseHashtag));
  const [name, setName] = useState(props.set?.name ?? '');
  const [tags, setTags] = useState<string[]>(props.set?.tags ?? []);
  const [paste, setPaste] = useState('');
  const [report, setReport] = useState<Harvest | null>(null);
  const [error, setError] = useState('');
  const ids = useId();

  const add = () => {
    const harvest = harvestTags(paste, tags);
    setTags((old) => [...old, ...harvest.added]);
    setReport(harvest);
    setPaste('');
  };

  const save = async () => {
    if (!name.trim()) return setError(t('dashboard.hashtags.errName'));
    if (tags.length > MAX_TAGS_PER_SET)
      return setError(t('dashboard.hashtags.errTooMany', { max: MAX_TAGS_PER_SET }));
    setError('');
    try {
      const saved = props.set
        ? await repos.hashtagSets.update(props.set.id, { name, tags })
        : await repos.hashtagSets.create({ name, tags });
      notify(t('dashboard.hashtags.saved', { name: saved.name }));
      props.onSaved(saved.id);
    } catch (err) {
      fail(err);
    }
  };

  const bannedCount = tags.filter((tag) => banned.has(normaliseHashtag(tag))).length;

  return (
    <TitledForm
      title={
        props.set
          ? t('dashboard.hashtags.editTitle', { name: props.set.name })
          : t('dashboard.hashtags.newTitle')
      }
      onSubmit={save}
    >
      <Field label={t('dashboard.hashtags.name')} value={name} required onChange={setName} />
      <h3 id={`${ids}-tags`}>
        {t('dashboard.hashtags.tags')} ({tags.length}/{MAX_TAGS_PER_SET})
      </h3>
      {tags.length === 0 ? (
        <p className="sapa-hint">{t('dashboard.hashtags.noTags')}</p>
      ) : (
        <ul className="sapa-chips" aria-labelledby={`${ids}-tags`}>
          {tags.map((tag, i) => {
            const isBanned = banned.has(normaliseHashtag(tag));
            return (
              <li
                key={`${tag}-${i}`}
                className={isBanned ? 'sapa-chip sapa-chip-bad' : 'sapa-chip'}
              >
                <span>#{tag}</span>
                {isBanned && <strong> {t('dashboard.hashtags.banned')}</strong>}
                <button
                  type="button"
                  className="sapa-quiet"
                  aria-label={t('dashboard.hashtags.removeTag', { tag })}
                  onClick={() => setTags((old) => old.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {bannedCount > 0 && (
        <p className="sapa-warn">{t('dashboard.hashtags.bannedNote', { count: bannedCount })}</p>
      )}
      <Field
        label={t('dashboard.hashtags.paste')}
        hint={t('dashboard.hashtags.pasteHint')}
        value={paste}
        multiline
        rows={4}
        onChange={setPaste}
      />
      <button type="button" className="sapa-secondary" onClick={add} disabled={!paste.trim()}>
        {t('dashboard.hashtags.addTags')}
      </button>
      {report && (
        <div className="sapa-report" aria-live="polite">
          <p>{t('dashboard.hashtags.added', { count: report.added.length })}</p>
          {report.duplicates.length > 0 && (
            <p className="sapa-warn">
              {t('dashboard.hashtags.duplicates', {
                tags: report.duplicates.map((d) => `#${d}`).join(' '),
              })}
            </p>
          )}
          {report.invalid.length > 0 && (
            <p className="sapa-warn">
              {t('dashboard.hashtags.invalid', { items: report.invalid.join(' ') })}
            </p>
          )}
        </div>
      )}
      {error && (
        <p className="sapa-errors" role="alert">
          {error}
        </p>
      )}
      <FormActions onDelete={props.onDelete} />
    </TitledForm>
  );
}

function CsvPanel(props: { sets: HashtagSetRecord[] }) {
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
        t('dashboard.csv.done', { created: r.created, updated: r.updated, tags: r.tagsAdded }),
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
              {parsed.entries.map((e) => (
                <tr key={e.name}>
                  <th scope="row">{e.name}</th>
                  <td>{e.existingId ? t('dashboard.csv.existing') : t('dashboard.csv.newSet')}</td>
                  <td>{e.added.map((tag) => `#${tag}`).join(' ') || '—'}</td>
                  <td>{e.skipped.map((tag) => `#${tag}`).join(' ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
