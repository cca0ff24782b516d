/**
 * Keeping a usable list when an answer is not. Pure: the last good list and what just came →
 * the list to show, and a notice that says what was kept or left out.
 */
import type { SearchPage } from './jsonld';
import type { CatalogueDetails, CatalogueProblem, CatalogueTitle, Result } from './types';

/** What the list shown beside a refresh should say about it. */
export type CatalogueNotice =
  /** The answer could not be used: the list is the last good one. */
  | { code: 'kept-last-good'; problem: CatalogueProblem }
  /** The page was read, but `skipped` of its records were not readable and are missing. */
  | { code: 'partial'; skipped: number }
  /** The catalogue answered correctly and has no titles. */
  | { code: 'empty' };

export interface MergedList {
  titles: CatalogueTitle[];
  notice: CatalogueNotice | null;
}

/** `later` fills what `title` does not know yet (call number, input date) for the same record. */
function withDetailsOf(title: CatalogueTitle, later: CatalogueTitle | undefined): CatalogueTitle {
  if (!later) return title;
  return {
    ...title,
    callNumber: title.callNumber ?? later.callNumber,
    inputDate: title.inputDate ?? later.inputDate,
  };
}

/**
 * `newer` first, in its order, then the titles of `older` it does not have. A title in both is
 * the newer one, keeping the call number and input date the older copy already had.
 */
export function mergeTitles(newer: CatalogueTitle[], older: CatalogueTitle[]): CatalogueTitle[] {
  const olderById = new Map(older.map((title) => [title.biblioId, title]));
  const seen = new Set<string>();
  const out: CatalogueTitle[] = [];
  for (const title of newer) {
    if (seen.has(title.biblioId)) continue;
    seen.add(title.biblioId);
    out.push(withDetailsOf(title, olderById.get(title.biblioId)));
  }
  for (const title of older) {
    if (!seen.has(title.biblioId)) {
      seen.add(title.biblioId);
      out.push(title);
    }
  }
  return out;
}

/**
 * The last good list and a newly read search page (the newest titles come first in SLiMS's
 * "recently added" order). A failed page changes nothing and says why; a page with unreadable
 * records adds what it could read and says how many are missing; an empty catalogue is empty.
 */
export function applyPage(lastGood: CatalogueTitle[], page: Result<SearchPage>): MergedList {
  if (!page.ok)
    return { titles: lastGood, notice: { code: 'kept-last-good', problem: page.problem } };
  const { titles, skipped, total } = page.value;
  // The catalogue answered that it has no titles: that is its state, not a failure to keep over.
  if (total === 0 && titles.length === 0 && skipped === 0)
    return { titles: [], notice: { code: 'empty' } };
  return {
    titles: mergeTitles(titles, lastGood),
    notice: skipped > 0 ? { code: 'partial', skipped } : null,
  };
}

/** Call numbers and input dates from OAI-PMH or MODS, onto the titles they belong to. */
export function applyDetails(
  titles: CatalogueTitle[],
  details: Iterable<CatalogueDetails>,
): CatalogueTitle[] {
  const byId = new Map<string, CatalogueDetails>();
  for (const detail of details) byId.set(detail.biblioId, detail);
  return titles.map((title) => {
    const detail = byId.get(title.biblioId);
    if (!detail || detail.deleted) return title;
    return {
      ...title,
      callNumber: detail.callNumber ?? title.callNumber,
      inputDate: detail.inputDate ?? title.inputDate,
    };
  });
}
