/** Search that finds: the library's full-text index, favourites and recent (docs/architecture.md). */
export {
  createLibraryIndex,
  indexWords,
  queryWords,
  fuzzyFor,
  DEFAULT_LIMIT,
  type LibraryIndex,
  type SearchDoc,
  type SearchKind,
} from './library-index';
export { templateDoc, hashtagSetDoc } from './docs';
export {
  emptyPicks,
  markUsed,
  setFavourite,
  pickBoost,
  rankByPicks,
  MAX_RECENT,
  type KindPicks,
  type SearchPicks,
} from './picks';
export { createLibrarySearch, librarySearchFor, type LibrarySearch } from './service';
export { searchRequests } from './requests';
export { searchHandlers } from './handlers';
