/**
 * What Sapa reads from a library's SLiMS catalogue (docs/slims.md cites the SLiMS 9 files each
 * field comes from). Plain data: the background stores it, the panel and dashboard show it.
 */

/** One title of the catalogue, as the new-arrivals list shows it. */
export interface CatalogueTitle {
  /** SLiMS's `biblio_id`, as text (the `id` of its detail page). */
  biblioId: string;
  title: string;
  /** Author names in the catalogue's order; empty when the record has none. */
  authors: string[];
  /** ISBN or ISSN as catalogued (may hold dashes), or null. */
  isbn: string | null;
  publisher: string | null;
  /** Publication year as catalogued (SLiMS keeps free text, e.g. "2023" or "c2019"), or null. */
  year: string | null;
  /** The cover's file name under `images/docs/` (decoded), or null. */
  coverFile: string | null;
  /** The detail page, rebuilt on the library's own base address. */
  detailUrl: string;
  /** Call number (e.g. "297.2 ABD k"), once OAI-PMH or MODS told it; null until then. */
  callNumber: string | null;
  /** When the record was entered in the catalogue (ISO 8601), once known; null until then. */
  inputDate: string | null;
}

/** What a record's OAI-PMH header and Dublin Core (or its MODS) tell beyond the OPAC search. */
export interface CatalogueDetails {
  biblioId: string;
  callNumber: string | null;
  inputDate: string | null;
  /** The OAI header says `status="deleted"` (SLiMS marks hidden records so). */
  deleted?: boolean;
}

/**
 * Why a catalogue answer could not be used. The UI turns each into a message
 * (`catalogueProblemMessage`); none of them is thrown.
 * - `not-slims`: the address answers, but not with what SLiMS publishes (another site, a login page);
 * - `switched-off`: SLiMS answers that the output is disabled (JSON-LD, XML detail or OAI);
 * - `malformed`: the answer is not valid JSON/XML or lacks the fields SLiMS always sends;
 * - `unreachable`, `timeout`, `http`: the request itself failed;
 * - `redirected`: the site sent Sapa to another origin (e.g. http → https), which is not read.
 */
export type CatalogueProblem =
  | { code: 'not-slims'; output: CatalogueOutput }
  | { code: 'switched-off'; output: CatalogueOutput }
  | { code: 'malformed'; output: CatalogueOutput; detail: string }
  | { code: 'unreachable'; host: string }
  | { code: 'timeout'; host: string; seconds: number }
  | { code: 'http'; host: string; status: number }
  /** The answer came from another origin after a redirect (not read: not the granted one). */
  | { code: 'redirected'; host: string; to: string };

/** The three outputs Sapa reads. */
export type CatalogueOutput = 'jsonld' | 'oai' | 'mods';

export type Result<T> = { ok: true; value: T } | { ok: false; problem: CatalogueProblem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(problem: CatalogueProblem): Result<T> {
  return { ok: false, problem };
}
