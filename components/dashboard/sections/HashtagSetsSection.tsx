import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { HashtagSetRecord } from '@/lib/db';
import { useDashboard } from '../context';
import { HashtagCsvPanel } from './HashtagCsvPanel';
import { HashtagSetEditor } from './HashtagSetEditor';
import { ListDetailEditor, type ListTexts } from './ListDetailEditor';
import { useLibraryFind } from './useLibraryFind';

const HASHTAG_SET_TEXTS: ListTexts = {
  listTitle: 'dashboard.hashtags.listTitle',
  newItem: 'dashboard.hashtags.new',
  none: 'dashboard.hashtags.none',
  pick: 'dashboard.hashtags.pick',
  editTitle: 'dashboard.hashtags.editTitle',
  newTitle: 'dashboard.hashtags.newTitle',
  saved: 'dashboard.hashtags.saved',
  deleted: 'dashboard.hashtags.deleted',
  restored: 'dashboard.hashtags.restored',
};

export function HashtagSetsSection() {
  const { repos, t } = useDashboard();
  const sets = useLiveQuery(() => repos.hashtagSets.list(), [repos]);
  const find = useLibraryFind<HashtagSetRecord>('hashtagSet');
  return (
    <>
      <ListDetailEditor
        items={sets}
        store={repos.hashtagSets}
        texts={HASHTAG_SET_TEXTS}
        search={{ label: 'dashboard.hashtags.search', find }}
        summary={(set) => t('dashboard.hashtags.tagCount', { count: set.tags.length })}
        editor={(slot) => <HashtagSetEditor {...slot} />}
        readOnly={(set) => <SubscribedSet set={set} />}
      />
      <HashtagCsvPanel sets={sets ?? []} />
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
