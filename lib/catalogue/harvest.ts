/**
 * Reading a catalogue over HTTP: the newest titles from the JSON-LD search, page after page, and
 * their call numbers and input dates from OAI-PMH (following resumption tokens) or, record by
 * record, from MODS. `fetch` is injected (see http.ts); nothing here throws.
 */
import { modsUrl, oaiListUrl, oaiResumeUrl, searchUrl } from './address';
import { fetchText, type FetchLike, type FetchOptions } from './http';
import { parseSearchPage, type SearchPage } from './jsonld';
import { applyPage, mergeTitles, type CatalogueNotice } from './merge';
import { parseMods } from './mods';
import { parseOaiPage } from './oai';
import {
  ok,
  type CatalogueDetails,
  type CatalogueProblem,
  type CatalogueTitle,
  type Result,
} from './types';

export interface ReadOptions extends FetchOptions {
  /** The list from the last good read; kept when the catalogue's answer is not usable. */
  lastGood?: CatalogueTitle[];
  /** Search pages to read at most (each holds SLiMS's `opac_result_num` titles). */
  maxPages?: number;
}

export interface NewArrivals {
  titles: CatalogueTitle[];
  /** Titles in the whole catalogue, when the first page said. */
  total: number | null;
  /** Pages read successfully. */
  pages: number;
  notices: CatalogueNotice[];
}

export const DEFAULT_MAX_PAGES = 3;

/** Search pages one after the other, as one page: their titles in order, skips added up. */
async function readPages(
  fetchImpl: FetchLike,
  base: string,
  maxPages: number,
  options: FetchOptions,
): Promise<{
  read: Result<SearchPage>;
  pages: number;
  complete: boolean;
  stop: CatalogueProblem | null;
}> {
  let combined: SearchPage | null = null;
  let pages = 0;
  for (let page = 1; page <= maxPages; page += 1) {
    const fetched = await fetchText(fetchImpl, searchUrl(base, page), 'jsonld', options);
    const parsed = fetched.ok
      ? parseSearchPage(base, fetched.value.body, fetched.value.contentType)
      : fetched;
    if (!parsed.ok) {
      if (!combined) return { read: parsed, pages, complete: false, stop: parsed.problem };
      return { read: ok(combined), pages, complete: false, stop: parsed.problem };
    }
    pages += 1;
    const current: SearchPage = parsed.value;
    combined = combined
      ? {
          ...current,
          // This page's titles are older than the ones before it: they go below.
          titles: mergeTitles(combined.titles, current.titles),
          skipped: combined.skipped + current.skipped,
        }
      : current;
    const count = current.titles.length + current.skipped;
    if (count === 0 || page * Math.max(current.perPage, 1) >= current.total) {
      return { read: ok(combined), pages, complete: true, stop: null };
    }
  }
  return { read: ok(combined!), pages, complete: false, stop: null };
}

/**
 * The most recently added titles, newest first, merged over the last good list (see
 * `applyPage`). Reads pages until the catalogue's end, `maxPages`, or an unusable page; titles
 * of the last good list that a complete read no longer finds (removed or hidden) are dropped.
 */
export async function readNewArrivals(
  fetchImpl: FetchLike,
  base: string,
  options: ReadOptions = {},
): Promise<NewArrivals> {
  const lastGood = options.lastGood ?? [];
  const maxPages = Math.max(1, options.maxPages ?? DEFAULT_MAX_PAGES);
  const { read, pages, complete, stop } = await readPages(fetchImpl, base, maxPages, options);
  const merged = applyPage(lastGood, read);
  const notices: CatalogueNotice[] = merged.notice ? [merged.notice] : [];
  // A later page failed: what came before it is shown, and the notice says the rest is old.
  if (read.ok && stop) notices.push({ code: 'kept-last-good', problem: stop });
  const total = read.ok ? read.value.total : null;
  let titles = merged.titles;
  // Only a complete read with every record readable says what the catalogue no longer has.
  if (complete && read.ok && read.value.skipped === 0) {
    const current = new Set(read.value.titles.map((title) => title.biblioId));
    titles = titles.filter((title) => current.has(title.biblioId));
  }
  return { titles, total, pages, notices };
}

export interface OaiHarvest {
  details: CatalogueDetails[];
  pages: number;
  /** Why the harvest stopped early; the details read before it are kept. */
  problem: CatalogueProblem | null;
  /** Records left out because their header could not be read. */
  skipped: number;
}

export interface HarvestOptions extends FetchOptions {
  /** Only records entered since this day (YYYY-MM-DD). */
  from?: string;
  /** Safety stop for a catalogue that hands out tokens forever. */
  maxPages?: number;
}

/** ListRecords from `from`, following `resumptionToken` to the last page. */
export async function harvestOai(
  fetchImpl: FetchLike,
  base: string,
  options: HarvestOptions = {},
): Promise<OaiHarvest> {
  const maxPages = options.maxPages ?? 1000;
  const details: CatalogueDetails[] = [];
  let url = oaiListUrl(base, options.from);
  let pages = 0;
  let skipped = 0;
  const seenTokens = new Set<string>();
  while (pages < maxPages) {
    const fetched = await fetchText(fetchImpl, url, 'oai', options);
    const parsed = fetched.ok
      ? parseOaiPage(fetched.value.body, fetched.value.contentType)
      : fetched;
    if (!parsed.ok) return { details, pages, problem: parsed.problem, skipped };
    pages += 1;
    details.push(...parsed.value.records);
    skipped += parsed.value.skipped;
    const token = parsed.value.resumptionToken;
    if (!token) break;
    if (seenTokens.has(token)) {
      const problem: CatalogueProblem = {
        code: 'malformed',
        output: 'oai',
        detail: 'the same resumptionToken twice',
      };
      return { details, pages, problem, skipped };
    }
    seenTokens.add(token);
    url = oaiResumeUrl(base, token);
  }
  return { details, pages, problem: null, skipped };
}

/** One record's MODS (for a title OAI-PMH did not cover). */
export async function readMods(
  fetchImpl: FetchLike,
  base: string,
  biblioId: string,
  options: FetchOptions = {},
): Promise<Result<CatalogueDetails>> {
  const fetched = await fetchText(fetchImpl, modsUrl(base, biblioId), 'mods', options);
  return fetched.ok ? parseMods(fetched.value.body, fetched.value.contentType) : fetched;
}
