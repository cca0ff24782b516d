/**
 * The background's library search: one index over the live templates and hashtag sets, kept up
 * to date from the database's committed writes (lib/db/observe.ts sees writes from every
 * extension context: the panel's requests, the dashboard, team sync, subscriptions). A write
 * only marks its table stale; the next search re-reads that table and re-indexes the records
 * whose text changed, so a burst of writes costs one refresh.
 */
import type {
  ContentLocale,
  HashtagSetRecord,
  Repositories,
  TableName,
  TemplateRecord,
} from '@/lib/db';
import { watchCommittedWrites } from '@/lib/db/observe';
import { hashtagSetDoc, templateDoc } from './docs';
import { createLibraryIndex, type SearchKind } from './library-index';
import { emptyPicks, markUsed, rankByPicks, setFavourite, type SearchPicks } from './picks';

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** This person's favourite and recently used templates and hashtag sets (lib/search). */
    searchPicks: SearchPicks;
  }
}

type Watch = (dbName: string, onWrite: (tables: TableName[]) => void) => () => void;

const TABLE_OF: Record<SearchKind, TableName> = {
  template: 'templates',
  hashtagSet: 'hashtagSets',
};

/** Ids of `rows` (sorted by name), those in `locale` first. */
function localeFirst(rows: TemplateRecord[], locale: ContentLocale | undefined): string[] {
  if (!locale) return rows.map((row) => row.id);
  const first = rows.filter((row) => row.locale === locale);
  const rest = rows.filter((row) => row.locale !== locale);
  return [...first, ...rest].map((row) => row.id);
}

function present<R>(ids: string[], rows: Map<string, R>): R[] {
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [row] : [];
  });
}

export function createLibrarySearch(
  dbName: string,
  repos: Pick<Repositories, 'templates' | 'hashtagSets' | 'settings'>,
  watch: Watch = watchCommittedWrites,
) {
  const index = createLibraryIndex();
  // The live records by id, as last read: results are answered from them, not read again.
  let templates = new Map<string, TemplateRecord>();
  let sets = new Map<string, HashtagSetRecord>();
  const stale = new Set<TableName>(['templates', 'hashtagSets']);
  const stop = watch(dbName, (tables) => {
    for (const table of tables) stale.add(table);
  });

  /** Reads one kind's live records into the index (one read at a time per kind). */
  async function load(kind: SearchKind): Promise<void> {
    const table = TABLE_OF[kind];
    // Cleared before reading: a write landing during the read marks it stale again.
    stale.delete(table);
    try {
      if (kind === 'template') {
        const rows = await repos.templates.list();
        index.sync(kind, rows.map(templateDoc));
        templates = new Map(rows.map((row) => [row.id, row]));
      } else {
        const rows = await repos.hashtagSets.list();
        index.sync(kind, rows.map(hashtagSetDoc));
        sets = new Map(rows.map((row) => [row.id, row]));
      }
    } catch (error) {
      stale.add(table);
      throw error;
    }
  }

  const loading: Partial<Record<SearchKind, Promise<void>>> = {};

  /**
   * The index up to date for `kind`. A search that comes while a read is under way waits for it
   * (it may hold the write this search follows), then reads again if a write came meanwhile.
   */
  async function refresh(kind: SearchKind): Promise<void> {
    while (loading[kind] || stale.has(TABLE_OF[kind])) {
      const current = loading[kind] ?? load(kind);
      loading[kind] = current;
      try {
        await current;
      } finally {
        if (loading[kind] === current) delete loading[kind];
      }
    }
  }

  async function picks(): Promise<SearchPicks> {
    return { ...emptyPicks(), ...(await repos.settings.get('searchPicks')) };
  }

  return {
    /**
     * Templates matching `query`, best first. With an empty query every template: favourites,
     * then the recently used, then those in `locale` (the UI language) before the others.
     */
    async templates(
      query: string,
      options: { limit?: number; locale?: ContentLocale } = {},
    ): Promise<TemplateRecord[]> {
      await refresh('template');
      const mine = (await picks()).template;
      const ids = query.trim()
        ? index.search(query, { kind: 'template', picks: mine, limit: options.limit })
        : rankByPicks(localeFirst([...templates.values()], options.locale), mine).slice(
            0,
            options.limit,
          );
      return present(ids, templates);
    },
    /** Hashtag sets matching `query`, best first (every set, favourites first, when empty). */
    async hashtagSets(query: string, limit?: number): Promise<HashtagSetRecord[]> {
      await refresh('hashtagSet');
      const mine = (await picks()).hashtagSet;
      const ids = index.search(query, { kind: 'hashtagSet', picks: mine, limit });
      return present(ids, sets);
    },
    picks,
    async markUsed(kind: SearchKind, id: string): Promise<SearchPicks> {
      const current = await picks();
      const next = { ...current, [kind]: markUsed(current[kind], id) };
      await repos.settings.set('searchPicks', next);
      return next;
    },
    async setFavourite(kind: SearchKind, id: string, favourite: boolean): Promise<SearchPicks> {
      const current = await picks();
      const next = { ...current, [kind]: setFavourite(current[kind], id, favourite) };
      await repos.settings.set('searchPicks', next);
      return next;
    },
    stop,
  };
}

export type LibrarySearch = ReturnType<typeof createLibrarySearch>;

const services = new WeakMap<object, LibrarySearch>();

/**
 * The search over these repositories, made on first use and kept for as long as they live (the
 * background makes its repositories once; tests make one set per database).
 */
export function librarySearchFor(
  dbName: string,
  repos: Pick<Repositories, 'templates' | 'hashtagSets' | 'settings'>,
): LibrarySearch {
  let service = services.get(repos);
  if (!service) {
    service = createLibrarySearch(dbName, repos);
    services.set(repos, service);
  }
  return service;
}
