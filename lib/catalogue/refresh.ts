/**
 * What the background does with a catalogue: test an address (what it found, or exactly what is
 * wrong) and refresh the new arrivals (titles from the JSON-LD search, then call numbers from
 * OAI-PMH and, for the few titles it did not cover, MODS). `fetch` is injected; nothing throws.
 */
import type { LocalizedText } from '@/lib/db/types';
import { translate } from '@/lib/i18n';
import { hostOf } from './address';
import { isSlimsHtml } from './detect';
import { harvestOai, readMods, readNewArrivals } from './harvest';
import { fetchText, type FetchLike, type FetchOptions } from './http';
import { applyDetails, type CatalogueNotice } from './merge';
import { catalogueNoticeMessage, catalogueProblemMessage } from './messages';
import type { CatalogueState, CatalogueProgress } from './state';
import type { CatalogueDetails, CatalogueProblem, CatalogueTitle } from './types';

/** What "Test connection" found. */
export interface CatalogueTestReport {
  ok: boolean;
  base: string;
  /** Titles in the catalogue (JSON-LD `total_rows`). */
  total: number | null;
  /** The most recently added title's name. */
  newest: string | null;
  /** SLiMS's version from the OPAC page's generator meta ("SLiMS 9 (Bulian D Roger)"). */
  version: string | null;
  /** Whether OAI-PMH answers (call numbers in one go); null when not asked (the test failed). */
  oai: 'ok' | 'switched-off' | 'problem' | null;
  /** The problem that made the test fail, or a note (OAI-PMH off), as a message. */
  problem: CatalogueProblem | null;
  message: LocalizedText;
}

function both(id: string, en: string): LocalizedText {
  return { id, en };
}

function join(...parts: (LocalizedText | null)[]): LocalizedText {
  const present = parts.filter((part) => part !== null);
  return both(present.map((p) => p.id).join(' '), present.map((p) => p.en).join(' '));
}

/** The version SLiMS writes in `<meta name="generator">` on its OPAC pages, if the page has it. */
export function versionFromHtml(html: string): string | null {
  const match = /<meta\s+name=["']generator["']\s+content=["']([^"']{1,80})["']/i.exec(html);
  return match && /SLiMS|Senayan/i.test(match[1]!) ? match[1]!.trim() : null;
}

async function readVersion(
  fetchImpl: FetchLike,
  base: string,
  options: FetchOptions,
): Promise<string | null> {
  const page = await fetchText(fetchImpl, base, 'jsonld', options);
  if (!page.ok || !isSlimsHtml(page.value.body)) return null;
  return versionFromHtml(page.value.body);
}

export interface TestDeps {
  fetch: FetchLike;
  /** Today in the library's zone (YYYY-MM-DD): OAI-PMH is asked for today's records only. */
  today: string;
  options?: FetchOptions;
}

/**
 * One search page (titles, count), the OPAC's home page (version, optional) and one light OAI
 * request (records entered today). Only the search decides success: it is what the list needs.
 */
export async function testCatalogue(deps: TestDeps, base: string): Promise<CatalogueTestReport> {
  const { fetch: fetchImpl } = deps;
  const options = deps.options ?? {};
  const host = hostOf(base);
  const found = await readNewArrivals(fetchImpl, base, { ...options, maxPages: 1 });
  const failed = found.notices.find((notice) => notice.code === 'kept-last-good');
  if (failed && failed.code === 'kept-last-good') {
    return {
      ok: false,
      base,
      total: null,
      newest: null,
      version: null,
      oai: null,
      problem: failed.problem,
      message: catalogueProblemMessage(failed.problem, host),
    };
  }
  const version = await readVersion(fetchImpl, base, options);
  const oaiRead = await harvestOai(fetchImpl, base, { ...options, from: deps.today, maxPages: 1 });
  const oai = !oaiRead.problem
    ? 'ok'
    : oaiRead.problem.code === 'switched-off'
      ? 'switched-off'
      : 'problem';
  const total = found.total ?? found.titles.length;
  const newest = found.titles[0]?.title ?? null;
  const params = { host, count: total, title: newest ?? '' };
  const foundText = (locale: 'id' | 'en') =>
    translate(locale, newest ? 'catalogue.test.found' : 'catalogue.test.foundEmpty', params);
  const versionText = version
    ? both(
        translate('id', 'catalogue.test.version', { version }),
        translate('en', 'catalogue.test.version', { version }),
      )
    : null;
  const oaiText = oaiRead.problem ? catalogueProblemMessage(oaiRead.problem, host) : null;
  return {
    ok: true,
    base,
    total,
    newest,
    version,
    oai,
    problem: oaiRead.problem,
    message: join(both(foundText('id'), foundText('en')), versionText, oaiText),
  };
}

/** Titles a refresh asks MODS for, at most, when OAI-PMH did not give their call numbers. */
export const MAX_MODS_PER_REFRESH = 12;
/** How far back OAI-PMH is asked before the first refresh of a catalogue. */
export const FIRST_HARVEST_DAYS = 90;

export interface RefreshDeps {
  fetch: FetchLike;
  now: () => number;
  options?: FetchOptions;
  /** Search pages to read (SLiMS's default is 10 titles a page). */
  maxPages?: number;
  onProgress?: (progress: CatalogueProgress) => void;
}

/** The day `days` before `at` (YYYY-MM-DD, UTC: OAI-PMH's `from` is a day, a day early is fine). */
function dayBefore(at: number, days: number): string {
  return new Date(at - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The earliest day OAI-PMH must cover: the oldest input date already known among the titles,
 * else the last refresh's day, else FIRST_HARVEST_DAYS back; one day earlier for zones.
 */
export function harvestFrom(state: CatalogueState, now: number): string {
  if (state.refreshedAt !== null) return dayBefore(state.refreshedAt, 1);
  return dayBefore(now, FIRST_HARVEST_DAYS);
}

async function callNumbers(
  deps: RefreshDeps,
  state: CatalogueState,
  titles: CatalogueTitle[],
): Promise<{ titles: CatalogueTitle[]; problems: CatalogueProblem[] }> {
  const options = deps.options ?? {};
  const progress = (step: CatalogueProgress['step'], done: number) =>
    deps.onProgress?.({ step, done, at: deps.now() });
  const missing = () => titles.filter((title) => title.callNumber === null);
  if (missing().length === 0) return { titles, problems: [] };
  progress('call-numbers', 0);
  const harvest = await harvestOai(deps.fetch, state.base, {
    ...options,
    from: harvestFrom(state, deps.now()),
  });
  const problems: CatalogueProblem[] = harvest.problem ? [harvest.problem] : [];
  let out = applyDetails(titles, harvest.details);
  // Titles older than the harvested days (or all, with OAI-PMH off): one MODS each, a few a time.
  const details: CatalogueDetails[] = [];
  const ask = out.filter((title) => title.callNumber === null).slice(0, MAX_MODS_PER_REFRESH);
  for (const [index, title] of ask.entries()) {
    progress('details', index);
    const read = await readMods(deps.fetch, state.base, title.biblioId, options);
    if (read.ok) details.push(read.value);
    else {
      problems.push(read.problem);
      // Switched off or unreachable: asking for the next record would answer the same.
      if (read.problem.code !== 'malformed') break;
    }
  }
  out = applyDetails(out, details);
  return { titles: out, problems };
}

/**
 * A refresh: the list merged over the last good one (a failed or partial answer keeps it and
 * says so), then call numbers. Returns the state to store.
 */
export async function refreshCatalogue(
  deps: RefreshDeps,
  state: CatalogueState,
): Promise<CatalogueState> {
  const host = hostOf(state.base);
  deps.onProgress?.({ step: 'titles', done: 0, at: deps.now() });
  const read = await readNewArrivals(deps.fetch, state.base, {
    ...deps.options,
    lastGood: state.titles,
    ...(deps.maxPages !== undefined ? { maxPages: deps.maxPages } : {}),
  });
  const notices: LocalizedText[] = read.notices.map((notice: CatalogueNotice) =>
    catalogueNoticeMessage(notice, host),
  );
  let titles = read.titles;
  if (read.pages > 0) {
    const detailed = await callNumbers(deps, state, titles);
    titles = detailed.titles;
    // Call numbers are a nicety: their first problem is said once; the titles stay.
    const first = detailed.problems[0];
    if (first) notices.push(catalogueProblemMessage(first, host));
  }
  deps.onProgress?.({ step: 'done', done: titles.length, at: deps.now() });
  return {
    ...state,
    titles,
    total: read.total ?? state.total,
    refreshedAt: deps.now(),
    notices,
  };
}
