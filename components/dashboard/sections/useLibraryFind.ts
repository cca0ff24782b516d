/**
 * The dashboard's template and hashtag-set lists searched through the same library index as the
 * panel (lib/search): the section's live records (useLiveQuery follows the database) are synced
 * into one index kept for the section's life, so an edit re-indexes only that record.
 */
import { useCallback, useMemo } from 'react';
import type { HashtagSetRecord, TemplateRecord } from '@/lib/db';
import { createLibraryIndex, hashtagSetDoc, templateDoc, type SearchKind } from '@/lib/search';

type Row = TemplateRecord | HashtagSetRecord;

export function useLibraryFind<R extends Row>(kind: SearchKind) {
  const index = useMemo(() => createLibraryIndex(), []);
  return useCallback(
    (items: R[], query: string): R[] => {
      const toDoc = kind === 'template' ? templateDoc : hashtagSetDoc;
      index.sync(
        kind,
        items.map((item) => toDoc(item as TemplateRecord & HashtagSetRecord)),
      );
      const byId = new Map(items.map((item) => [item.id, item]));
      return index
        .search(query, { kind, limit: items.length })
        .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
    },
    [index, kind],
  );
}
