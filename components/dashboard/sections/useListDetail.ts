import { useMemo, useState } from 'react';
import { foldForSearch } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../context';
import type { LibraryItem, LibraryStore, ListTexts, SearchSpec } from './ListDetailEditor';

/** Makes a copy of a record under the name given. */
export type MakeCopy<R> = (item: R, name: string) => Promise<R>;

/** The repositories refuse longer names; a "Copy of …" of a long name is cut to fit. */
const MAX_NAME_LENGTH = 200;
/** What `selected` holds while a new record is being written. */
export const NEW = 'new';

/** The records the search shows: all of them for an empty query. */
function searched<R>(items: R[] | undefined, query: string, search: SearchSpec<R> | undefined) {
  const q = foldForSearch(query.trim());
  if (!items) return [];
  if (!q || !search) return items;
  if (search.find) return search.find(items, query);
  return items.filter((item) => foldForSearch(search.text(item)).includes(q));
}

/**
 * The list/detail editor's state and actions: the search, which record is open (or a new one),
 * and saving, deleting (with Undo) and copying, each opening its result and saying so.
 */
export function useListDetail<R extends LibraryItem, I>(props: {
  items: R[] | undefined;
  store: LibraryStore<R, I>;
  texts: ListTexts;
  search?: SearchSpec<R> | undefined;
}) {
  const { t, notify, fail } = useDashboard();
  const { items, store, texts, search } = props;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);

  const shown = useMemo(() => searched(items, query, search), [items, query, search]);

  const current = selected && selected !== NEW ? items?.find((x) => x.id === selected) : undefined;

  const save = async (input: I) => {
    try {
      const saved = current ? await store.update(current.id, input) : await store.create(input);
      notify(t(texts.saved, { name: saved.name }));
      setSelected(saved.id);
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (item: R) => {
    try {
      await store.remove(item.id);
      setSelected(null);
      notify(t(texts.deleted, { name: item.name }), {
        label: t('dashboard.undo'),
        run: async () => {
          await store.update(item.id, {});
          setSelected(item.id);
          notify(t(texts.restored, { name: item.name }));
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  /** Every copy is named "Copy of …" and opens in the editor. */
  const copy = async (item: R, make: MakeCopy<R>, done: MessageKey) => {
    try {
      const name = t('dashboard.templates.copyName', { name: item.name }).slice(0, MAX_NAME_LENGTH);
      const made = await make(item, name);
      setSelected(made.id);
      notify(t(done, { name: made.name }));
    } catch (error) {
      fail(error);
    }
  };

  const toLibrary: MakeCopy<R> = (item, name) => store.duplicate(item.id, name);

  return { query, setQuery, selected, setSelected, shown, current, save, remove, copy, toLibrary };
}
