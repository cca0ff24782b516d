/**
 * The library's full-text index (MiniSearch): templates by name, text of every platform version,
 * variables, hashtags and category; hashtag sets by name and tags. Pure: no DOM, no browser API,
 * no database. Callers hand it the live records (`sync`) and it re-indexes only what changed.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { foldForSearch } from '@/lib/text';
import { pickBoost, rankByPicks, type KindPicks } from './picks';

export type SearchKind = 'template' | 'hashtagSet';

/** One record as the index sees it. */
export interface SearchDoc {
  kind: SearchKind;
  id: string;
  name: string;
  text?: string;
  variables?: string;
  tags?: string;
  category?: string;
}

interface IndexedDoc extends SearchDoc {
  key: string;
  /** The record's id, stored under its own name: MiniSearch spreads stored fields over `id`. */
  recordId: string;
}

const FIELDS = ['name', 'tags', 'category', 'variables', 'text'] as const;

/** A name or tag match says more about what the person looks for than a word deep in a text. */
const FIELD_BOOST = { name: 3, tags: 2, category: 1.5, variables: 1, text: 1 };

/** Most results a search returns unless told otherwise (the panel shows a short list). */
export const DEFAULT_LIMIT = 50;

const keyOf = (kind: SearchKind, id: string) => `${kind}:${id}`;

/**
 * What was indexed of a record, to tell an edited record from the one indexed (its text, not
 * its `updatedAt`: two edits can share a millisecond, and sync may bring an older clock).
 */
function signature(doc: SearchDoc): string {
  return FIELDS.map((field) => doc[field] ?? '').join('\u0000');
}

/**
 * "BulanGemarMembaca" → itself, its words "Bulan", "Gemar", "Membaca", and its tails
 * "GemarMembaca", so a hashtag is found by its words and by a hashtag it ends with.
 */
function camelParts(word: string): string[] {
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u);
  if (parts.length < 2) return [word];
  const tails = parts.slice(1, -1).map((_, i) => parts.slice(i + 1).join(''));
  return [word, ...parts, ...tails];
}

/** Words of a text: letters and digits, with CamelCase hashtags also split into their words. */
export function indexWords(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap(camelParts);
}

/** Words of what the person typed (no CamelCase splitting: people type hashtags in one piece). */
export function queryWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Case and accents folded, so "Café", "cafe" and "CAFE" meet. */
function processTerm(term: string): string | null {
  const folded = foldForSearch(term);
  return folded || null;
}

/** Typo tolerance grows with the word: none for short words (too many near neighbours). */
export function fuzzyFor(term: string): number | false {
  if (term.length < 5) return false;
  return term.length < 9 ? 1 : 2;
}

/** Below this length a word is looked for only in names, tags and categories. */
const SHORT_TERM = 3;
const SHORT_FIELDS = ['name', 'tags', 'category'];

/**
 * One sub-query per typed word, all required. A word of one or two letters (often the start of
 * the word being typed) would match thousands of words of the texts as a prefix, which is slow
 * and says little: it is matched against the short fields only.
 */
function queryFor(query: string): Query {
  const words = queryWords(query);
  return {
    combineWith: 'AND',
    queries: words.map((word) => ({
      queries: [word],
      ...(word.length < SHORT_TERM ? { fields: SHORT_FIELDS } : {}),
    })),
  };
}

function createMiniSearch() {
  return new MiniSearch<IndexedDoc>({
    idField: 'key',
    fields: [...FIELDS],
    storeFields: ['recordId'],
    tokenize: indexWords,
    processTerm,
    searchOptions: {
      tokenize: queryWords,
      processTerm,
      prefix: true,
      fuzzy: fuzzyFor,
      boost: FIELD_BOOST,
      combineWith: 'AND',
    },
  });
}

export interface SearchOptions {
  kind: SearchKind;
  picks?: KindPicks | undefined;
  limit?: number | undefined;
}

export function createLibraryIndex() {
  // One index per kind: a hashtag-set search never walks the templates' words, and back.
  const minis: Record<SearchKind, MiniSearch<IndexedDoc>> = {
    template: createMiniSearch(),
    hashtagSet: createMiniSearch(),
  };
  /** What is indexed of each kind: record id → signature, in the records' default order. */
  const indexed: Record<SearchKind, Map<string, string>> = {
    template: new Map(),
    hashtagSet: new Map(),
  };

  function put(doc: SearchDoc): void {
    const key = keyOf(doc.kind, doc.id);
    const entry: IndexedDoc = { ...doc, key, recordId: doc.id };
    const mini = minis[doc.kind];
    if (mini.has(key)) mini.replace(entry);
    else mini.add(entry);
    indexed[doc.kind].set(doc.id, signature(doc));
  }

  function remove(kind: SearchKind, id: string): void {
    const key = keyOf(kind, id);
    if (minis[kind].has(key)) minis[kind].discard(key);
    indexed[kind].delete(id);
  }

  /**
   * Makes the index hold exactly `docs` for `kind` (all live records, in their default order):
   * new ones are added, edited ones replaced, missing ones removed.
   */
  function sync(kind: SearchKind, docs: SearchDoc[]): { changed: number; removed: number } {
    const seen = new Set<string>();
    const order = new Map<string, string>();
    let added = 0;
    for (const doc of docs) {
      seen.add(doc.id);
      const sig = signature(doc);
      order.set(doc.id, sig);
      if (indexed[kind].get(doc.id) === sig) continue;
      put(doc);
      added++;
    }
    const gone = [...indexed[kind].keys()].filter((id) => !seen.has(id));
    for (const id of gone) remove(kind, id);
    // Keep the map in the records' default order for an empty query.
    indexed[kind] = order;
    return { changed: added, removed: gone.length };
  }

  /**
   * Record ids of `kind` matching `query`, best first; favourites and recent weigh more. With an
   * empty query: every record, favourites first, then the recently used, then the default order.
   */
  function search(query: string, options: SearchOptions): string[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!queryWords(query).length) {
      return rankByPicks([...indexed[options.kind].keys()], options.picks).slice(0, limit);
    }
    const picks = options.picks;
    const results: SearchResult[] = minis[options.kind].search(queryFor(query), {
      ...(picks
        ? {
            boostDocument: (_key: unknown, _term: string, stored?: Record<string, unknown>) =>
              pickBoost(String(stored?.recordId ?? ''), picks),
          }
        : {}),
    });
    return results.slice(0, limit).map((result) => String(result.recordId));
  }

  return {
    sync,
    put,
    remove,
    search,
    /** How many records of `kind` are indexed. */
    size: (kind: SearchKind) => indexed[kind].size,
  };
}

export type LibraryIndex = ReturnType<typeof createLibraryIndex>;
