/**
 * The library's own SLiMS catalogue: what it publishes (OPAC JSON-LD search, OAI-PMH, MODS) read
 * into `CatalogueTitle`s, with typed problems instead of exceptions. Pure logic; the background
 * passes `fetch`. docs/slims.md cites the SLiMS 9 source of every format.
 */
export type {
  CatalogueDetails,
  CatalogueOutput,
  CatalogueProblem,
  CatalogueTitle,
  Result,
} from './types';
export {
  biblioIdFromLink,
  coverUrl,
  detailUrl,
  modsUrl,
  normaliseBase,
  oaiListUrl,
  oaiResumeUrl,
  originPattern,
  searchUrl,
  DEFAULT_THUMB_WIDTH,
} from './address';
export { parseSearchPage, type SearchPage } from './jsonld';
export { parseOaiPage, type OaiPage } from './oai';
export { parseMods } from './mods';
export {
  applyDetails,
  applyPage,
  mergeTitles,
  type CatalogueNotice,
  type MergedList,
} from './merge';
export {
  fetchText,
  redirectedTo,
  FETCH_TIMEOUT_MS,
  type FetchLike,
  type FetchOptions,
} from './http';
export {
  harvestOai,
  readMods,
  readNewArrivals,
  DEFAULT_MAX_PAGES,
  type HarvestOptions,
  type NewArrivals,
  type OaiHarvest,
  type ReadOptions,
} from './harvest';
export { catalogueNoticeMessage, catalogueProblemMessage } from './messages';
export {
  connectedState,
  markPosted,
  newArrivalsOf,
  type CatalogueProgress,
  type CatalogueState,
} from './state';
export {
  harvestFrom,
  refreshCatalogue,
  testCatalogue,
  versionFromHtml,
  type CatalogueTestReport,
} from './refresh';
export { catalogueRequests, type CatalogueView } from './requests';
export {
  catalogueHandlers,
  viewOf,
  type CatalogueHandlers,
  type CatalogueServices,
} from './handlers';
