/**
 * The dashboard's template and hashtag-set lists searched through the same library index as the
 * panel (lib/search): the section's live records (useLiveQuery follows the database) are synced
 * into one index kept for the section's life, so an edit re-indexes only that record.
 *
 * The index (MiniSearch) is loaded when the section opens, not with the dashboard's first chunk;
 * until it is there (a moment after the first paint), a query lists every record.
 */
import { useCallback, useEffect, useState } from 'react';
import type { HashtagSetRecord, TemplateRecord } from '@/lib/db';
import type { LibraryIndex, SearchDoc, SearchKind } from '@/lib/search/library-index';

type Row = TemplateRecord | HashtagSetRecord;

interface LoadedIndex {
  index: LibraryIndex;
  toDoc: (item: Row) => SearchDoc;
}

async function loadIndex(kind: SearchKind): Promise<LoadedIndex> {
  const [{ createLibraryIndex }, docs] = await Promise.all([
    import('@/lib/search/library-index'),
    import('@/lib/search/docs'),
  ]);
  const toDoc = kind === 'template' ? docs.templateDoc : docs.hashtagSetDoc;
  return {
    index: createLibraryIndex(),
    toDoc: (item) => toDoc(item as TemplateRecord & HashtagSetRecord),
  };
}

export function useLibraryFind<R extends Row>(kind: SearchKind) {
  const [loaded, setLoaded] = useState<LoadedIndex>();
  useEffect(() => {
    let open = true;
    void loadIndex(kind).then((index) => {
      if (open) setLoaded(index);
    });
    return () => {
      open = false;
    };
  }, [kind]);
  return useCallback(
    (items: R[], query: string): R[] => {
      if (!loaded) return items;
      loaded.index.sync(kind, items.map(loaded.toDoc));
      const byId = new Map(items.map((item) => [item.id, item]));
      return loaded.index
        .search(query, { kind, limit: items.length })
        .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    },
    [loaded, kind],
  );
}
