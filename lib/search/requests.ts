/** The search's requests from the panel: hashtag sets by words, favourites and recent. */
import { z } from 'zod';
import type { HashtagSetRecord } from '@/lib/db/types';
import { defineRequest } from '@/lib/messaging/define';
import { listLimit, noPayload, searchQuery } from '@/lib/messaging/fields';
import type { SearchPicks } from './picks';

const kind = () => z.enum(['template', 'hashtagSet']);
const recordId = () => z.string().min(1).max(300);

export const searchRequests = {
  /** Hashtag sets by name and tags, best first; with an empty query all, favourites first. */
  'hashtagSets.search': defineRequest<HashtagSetRecord[]>()('panel', () =>
    z.object({ query: searchQuery, limit: listLimit(200) }).strict(),
  ),
  'search.picks': defineRequest<SearchPicks>()('panel', noPayload),
  /** A template or set was inserted: it moves to the front of the recent list. */
  'search.used': defineRequest<SearchPicks>()('panel', () =>
    z.object({ kind: kind(), id: recordId() }).strict(),
  ),
  'search.favourite': defineRequest<SearchPicks>()('panel', () =>
    z.object({ kind: kind(), id: recordId(), favourite: z.boolean() }).strict(),
  ),
};
