import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { ConflictRecord, SharedTableName } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';
import { dateTimeFormat, useDashboard } from '../../context';
import { CheckboxField } from '../form';
import { TitledSection } from '../titled';

const TABLE_KEYS: Record<SharedTableName, MessageKey> = {
  templates: 'sync.conflicts.kind.templates',
  hashtagSets: 'sync.conflicts.kind.hashtagSets',
  hashtags: 'sync.conflicts.kind.hashtags',
  brandKit: 'sync.conflicts.kind.brandKit',
  checklistSettings: 'sync.conflicts.kind.checklistSettings',
  plannedPosts: 'sync.conflicts.kind.plannedPosts',
  teamMembers: 'sync.conflicts.kind.teamMembers',
  teamSettings: 'sync.conflicts.kind.teamSettings',
  postLog: 'sync.conflicts.kind.postLog',
};

const SOURCE_KEYS: Record<ConflictRecord['source'], MessageKey> = {
  sync: 'sync.conflicts.fromSync',
  import: 'sync.conflicts.fromImport',
  restore: 'sync.conflicts.fromRestore',
};

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** What the losing version said, in the words a person recognises. */
function describe(loser: Record<string, unknown>): string {
  if (loser.deleted === true) return '';
  if (typeof loser.body === 'string') return loser.body;
  // A planned post: its title and caption; a team member: their name.
  if (typeof loser.title === 'string')
    return [loser.title, loser.date, loser.caption].map(text).filter(Boolean).join(' · ');
  if (typeof loser.displayName === 'string') return loser.displayName;
  // A post log entry: its caption (the numbers differ between the versions, not shown here).
  if (typeof loser.postedBy === 'string') return text(loser.text);
  if (Array.isArray(loser.tags)) return loser.tags.map((tag) => `#${String(tag)}`).join(' ');
  if (typeof loser.tag === 'string') return `#${loser.tag}`;
  if (typeof loser.libraryName === 'string')
    return [loser.libraryName, loser.tagline, loser.website].map(text).filter(Boolean).join(' · ');
  return '';
}

/**
 * Versions that lost a conflict (a sync, an import, or a restore), newest first. A person can
 * read each one, make it current again, or dismiss it once they have looked.
 */
export function ConflictLogPanel() {
  const { repos, t, notify, fail } = useDashboard();
  const titleId = useId();
  const [showDismissed, setShowDismissed] = useState(false);
  const entries = useLiveQuery(() => repos.conflicts.recent(500), [repos]);
  const shown = (entries ?? []).filter((e) => showDismissed || !e.resolved);
  const open = (entries ?? []).filter((e) => !e.resolved).length;

  const restore = async (entry: ConflictRecord) => {
    try {
      await repos.conflicts.restore(entry.id);
      notify(t('sync.conflicts.restored'));
    } catch (error) {
      fail(error);
    }
  };

  const dismiss = async (entry: ConflictRecord) => {
    try {
      await repos.conflicts.resolve(entry.id);
      notify(t('sync.conflicts.dismissed'), {
        label: t('dashboard.undo'),
        run: () => repos.conflicts.reopen(entry.id),
      });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <TitledSection card titleId={titleId} title={t('sync.conflicts.title')}>
      <p className="sapa-hint">{t('sync.conflicts.intro')}</p>
      <p>{t('sync.conflicts.count', { count: open })}</p>
      <CheckboxField
        label={t('sync.conflicts.showDismissed')}
        checked={showDismissed}
        onChange={setShowDismissed}
      />
      {shown.length > 0 && (
        <ul className="sapa-items" aria-labelledby={titleId}>
          {shown.map((entry) => (
            <ConflictEntry
              key={entry.id}
              entry={entry}
              onRestore={() => void restore(entry)}
              onDismiss={() => void dismiss(entry)}
            />
          ))}
        </ul>
      )}
    </TitledSection>
  );
}

/**
 * One losing version: what it was, where the conflict came from, who wrote it and when, what it
 * said; Restore and Dismiss while it is still open.
 */
function ConflictEntry(props: {
  entry: ConflictRecord;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  const { t, locale, memberId, repos } = useDashboard();
  const { entry } = props;
  const when = dateTimeFormat(locale);
  const name =
    text(entry.loser.name) ||
    text(entry.loser.title) ||
    text(entry.loser.displayName) ||
    text(entry.loser.tag) ||
    t(TABLE_KEYS[entry.table]);
  const by = text(entry.loser.updatedBy);
  // The team's calendar names members: the log says "Budi", not "member-1a2b3c4d".
  const member = useLiveQuery(() => (by ? repos.teamMembers.get(by) : undefined), [repos, by]);
  const at = typeof entry.loser.updatedAt === 'number' ? entry.loser.updatedAt : 0;
  const content = describe(entry.loser);
  return (
    <li className="sapa-item">
      <p className="sapa-item-name">
        {t(TABLE_KEYS[entry.table])}: {name}
      </p>
      <p className="sapa-hint">
        {t(SOURCE_KEYS[entry.source], { when: when.format(entry.createdAt) })}{' '}
        {t('sync.conflicts.versionBy', {
          who: by === memberId ? t('sync.conflicts.you') : (member?.displayName ?? by),
          when: when.format(at),
        })}
      </p>
      {entry.loser.deleted === true ? (
        <p>{t('sync.conflicts.wasDeleted')}</p>
      ) : (
        content && <p className="sapa-preview">{content}</p>
      )}
      {!entry.resolved && (
        <div className="sapa-actions">
          <button
            type="button"
            onClick={props.onRestore}
            aria-label={t('sync.conflicts.restoreNamed', { name })}
          >
            {t('sync.conflicts.restore')}
          </button>
          <button
            type="button"
            onClick={props.onDismiss}
            aria-label={t('sync.conflicts.dismissNamed', { name })}
          >
            {t('sync.conflicts.dismiss')}
          </button>
        </div>
      )}
    </li>
  );
}
