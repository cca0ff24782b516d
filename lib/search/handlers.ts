/** The background's answers to the search's requests. */
import type { Handlers } from '@/lib/messaging/define';
import type { searchRequests } from './requests';
import type { LibrarySearch } from './service';

export function searchHandlers(search: LibrarySearch): Handlers<typeof searchRequests> {
  return {
    async 'hashtagSets.search'(p) {
      return search.hashtagSets(p.query, p.limit);
    },
    async 'search.picks'() {
      return search.picks();
    },
    async 'search.used'(p) {
      return search.markUsed(p.kind, p.id);
    },
    async 'search.favourite'(p) {
      return search.setFavourite(p.kind, p.id, p.favourite);
    },
  };
}
