import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { extractHashtags, normaliseHashtag } from '@/lib/checklist';
import { displayTag, isValidTag, type HashtagSetRecord } from '@/lib/db';
import { MAX_TAGS_PER_SET } from '@/lib/db';
import { formatList } from '@/lib/i18n';
import { textProblem } from '@/lib/text';
import { tagPieces, useDashboard } from '../context';
import { Field, FormActions, FormError } from './form';
import type { EditorSlot } from './ListDetailEditor';
import { TitledForm } from './titled';
import { ShortcutField, useShortcutCheck } from './shortcutField';

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

/** What the editor saves. */
type HashtagSetInput = Pick<HashtagSetRecord, 'name' | 'tags'> & { shortcut: string };

/** Editing one of the team's own hashtag sets, or making a new one. */
export function HashtagSetEditor(props: EditorSlot<HashtagSetRecord, HashtagSetInput>) {
  const { repos, t, locale } = useDashboard();
  const settings = useLiveQuery(() => repos.checklistSettings.get(), [repos]);
  const banned = new Set((settings?.bannedHashtags ?? []).map(normaliseHashtag));
  const [name, setName] = useState(props.item?.name ?? '');
  const [tags, setTags] = useState<string[]>(props.item?.tags ?? []);
  const [paste, setPaste] = useState('');
  const [report, setReport] = useState<Harvest | null>(null);
  const [error, setError] = useState('');
  const [shortcut, setShortcut] = useState(props.item?.shortcut ?? '');
  const shortcutError = useShortcutCheck(props.item?.id);

  const add = () => {
    const harvest = harvestTags(paste, tags);
    setTags((old) => [...old, ...harvest.added]);
    setReport(harvest);
    setPaste('');
  };

  const save = async () => {
    if (!name.trim()) return setError(t('dashboard.hashtags.errName'));
    // The same check as every other way in (lib/text): a name a pack or sync would refuse.
    const bad = textProblem(name.trim(), 'name');
    if (bad) return setError(t('dashboard.hashtags.errNameText', { reason: bad[locale] }));
    if (tags.length > MAX_TAGS_PER_SET)
      return setError(t('dashboard.hashtags.errTooMany', { max: MAX_TAGS_PER_SET }));
    const badShortcut = shortcutError(shortcut);
    if (badShortcut) return setError(badShortcut);
    setError('');
    await props.save({ name, tags, shortcut: shortcut.trim() });
  };

  return (
    <TitledForm title={props.title} onSubmit={save}>
      <Field label={t('dashboard.hashtags.name')} value={name} required onChange={setName} />
      <ShortcutField value={shortcut} onChange={setShortcut} />
      <TagChips
        tags={tags}
        banned={banned}
        onRemove={(i) => setTags((old) => old.filter((_, j) => j !== i))}
      />
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
      {report && <HarvestReport report={report} />}
      <FormError message={error} />
      <FormActions onDelete={props.onDelete} />
    </TitledForm>
  );
}

/** The set's tags as chips, each with Remove, banned ones marked, with their count. */
function TagChips(props: {
  tags: string[];
  banned: Set<string>;
  onRemove: (index: number) => void;
}) {
  const { t } = useDashboard();
  const ids = useId();
  const { tags, banned } = props;
  const bannedCount = tags.filter((tag) => banned.has(normaliseHashtag(tag))).length;
  return (
    <>
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
                  onClick={() => props.onRemove(i)}
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
    </>
  );
}

/** What the last Add tags did: how many were added, and what was skipped and why. */
function HarvestReport({ report }: { report: Harvest }) {
  const { t, locale } = useDashboard();
  return (
    <div className="sapa-report" aria-live="polite">
      <p>{t('dashboard.hashtags.added', { count: report.added.length })}</p>
      {report.duplicates.length > 0 && (
        <p className="sapa-warn">
          {t('dashboard.hashtags.duplicates', {
            tags: formatList(
              locale,
              report.duplicates.map((d) => `#${d}`),
            ),
          })}
        </p>
      )}
      {report.invalid.length > 0 && (
        <p className="sapa-warn">
          {t('dashboard.hashtags.invalid', { items: formatList(locale, report.invalid) })}
        </p>
      )}
    </div>
  );
}
