/**
 * The catalogue's requests in the background. Every fetch runs here: SLiMS sends no CORS
 * headers, so only the extension, with the origin granted at runtime (asked by the dashboard),
 * can read it. The permission is checked before each use; a redirect to another origin is
 * refused in `fetchText`, so Sapa reads only the origin the person allowed.
 */
import type { Repositories } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/define';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import { normaliseBase, originPattern } from './address';
import { readCover, type CoverImage } from './covers';
import type { FetchLike, FetchOptions } from './http';
import { refreshCatalogue, testCatalogue } from './refresh';
import type { catalogueRequests, CatalogueView } from './requests';
import {
  connectedState,
  markPosted,
  newArrivalsOf,
  type CatalogueProgress,
  type CatalogueState,
} from './state';

export interface CatalogueServices {
  fetch: FetchLike;
  now: () => number;
  /** Whether Sapa may read this origin pattern (absent: every origin counts as allowed). */
  hasPermission?: (pattern: string) => Promise<boolean>;
  options?: FetchOptions;
}

export type CatalogueHandlers = Handlers<typeof catalogueRequests>;

export function viewOf(state: CatalogueState | null | undefined): CatalogueView {
  if (!state) return { base: null, newArrivals: [], total: null, refreshedAt: null, notices: [] };
  return {
    base: state.base,
    newArrivals: newArrivalsOf(state),
    total: state.total,
    refreshedAt: state.refreshedAt,
    notices: state.notices,
  };
}

/** Today (YYYY-MM-DD) in Indonesia's western zone: OAI-PMH's `from` for the light test read. */
function today(now: number): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function catalogueHandlers(
  repos: Repositories,
  services: CatalogueServices | undefined,
): CatalogueHandlers {
  const need = (type: string): CatalogueServices => {
    if (services) return services;
    throw new SapaRequestError(
      sapaError('unavailable', { detail: `${type}: the catalogue service is not running` }),
    );
  };

  async function checkedBase(type: string, input: string): Promise<string> {
    const base = normaliseBase(input);
    if (!base)
      throw new SapaRequestError(
        sapaError('invalid', { key: 'catalogue.address.invalid', detail: `${type}: ${input}` }),
      );
    await checkPermission(type, base);
    return base;
  }

  async function checkPermission(type: string, base: string): Promise<void> {
    const { hasPermission } = need(type);
    if (!hasPermission) return;
    const pattern = originPattern(base);
    if (await hasPermission(pattern).catch(() => false)) return;
    throw new SapaRequestError(
      sapaError('permission', {
        params: { origin: new URL(base).origin },
        detail: `${type}: no host permission for ${pattern}`,
      }),
    );
  }

  const stored = () => repos.settings.get('catalogue');
  const progress = (value: CatalogueProgress | null) =>
    repos.settings.set('catalogueProgress', value).catch(() => undefined);

  const covers = coverReader();
  // A panel opening on 30 titles asks for 30 covers at once; they share one read of the list.
  const storedForCovers = sharedWhileRunning(stored);

  // One refresh at a time: a second press (or the connect's own refresh) shares the running one.
  let running: Promise<CatalogueView> | null = null;
  function refresh(type: string): Promise<CatalogueView> {
    running ??= (async () => {
      const state = await stored();
      if (!state) return viewOf(undefined);
      await checkPermission(type, state.base);
      const deps = need(type);
      try {
        const next = await refreshCatalogue(
          {
            fetch: deps.fetch,
            now: deps.now,
            ...(deps.options ? { options: deps.options } : {}),
            onProgress: (p) => void progress(p),
          },
          state,
        );
        // The catalogue may have been disconnected or changed meanwhile: then this list is stale.
        const current = await stored();
        if (!current || current.base !== state.base) return viewOf(current);
        const merged = { ...next, posted: current.posted, lastPostedAt: current.lastPostedAt };
        await repos.settings.set('catalogue', merged);
        return viewOf(merged);
      } finally {
        await progress(null);
      }
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async 'catalogue.test'(p) {
      const base = await checkedBase('catalogue.test', p.address);
      const deps = need('catalogue.test');
      return testCatalogue(
        {
          fetch: deps.fetch,
          today: today(deps.now()),
          ...(deps.options ? { options: deps.options } : {}),
        },
        base,
      );
    },

    async 'catalogue.connect'(p) {
      const base = await checkedBase('catalogue.connect', p.address);
      const deps = need('catalogue.connect');
      const report = await testCatalogue(
        {
          fetch: deps.fetch,
          today: today(deps.now()),
          ...(deps.options ? { options: deps.options } : {}),
        },
        base,
      );
      const before = await stored();
      if (!report.ok) return { report, view: viewOf(before) };
      // The same catalogue again keeps its list and what was posted; another one starts afresh.
      if (before?.base !== base)
        await repos.settings.set('catalogue', connectedState(base, deps.now()));
      const view = await refresh('catalogue.connect');
      return { report, view };
    },

    async 'catalogue.refresh'() {
      return refresh('catalogue.refresh');
    },

    async 'catalogue.disconnect'() {
      await running?.catch(() => undefined);
      await repos.settings.set('catalogue', null);
      return viewOf(undefined);
    },

    async 'catalogue.newArrivals'() {
      return viewOf(await stored());
    },

    async 'catalogue.cover'(p) {
      const state = await storedForCovers();
      const title = state?.titles.find((t) => t.biblioId === p.biblioId);
      if (!state || !title?.coverFile) return { cover: null };
      await checkPermission('catalogue.cover', state.base);
      const deps = need('catalogue.cover');
      return { cover: await covers.read(deps, state.base, title.coverFile) };
    },

    async 'catalogue.markPosted'(p) {
      const state = await stored();
      if (!state) return viewOf(undefined);
      const next = markPosted(state, p.biblioIds, services?.now() ?? Date.now());
      if (next !== state) await repos.settings.set('catalogue', next);
      return viewOf(next);
    },
  };
}

/** Calls made while one is running get its answer instead of starting another. */
function sharedWhileRunning<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  return () =>
    (running ??= read().finally(() => {
      running = null;
    }));
}

/** How many covers are read at once: a panel opening on 30 titles must not flood a small OPAC. */
const COVER_READS_AT_ONCE = 4;
/** Covers kept in memory (a few kilobytes each), so reopening the panel reads none again. */
const COVERS_KEPT = 120;

/** Reads covers a few at a time and keeps the recent ones (a failed read is not kept). */
function coverReader() {
  const kept = new Map<string, CoverImage>();
  let reading = 0;
  const waiting: (() => void)[] = [];

  async function turn<T>(work: () => Promise<T>): Promise<T> {
    if (reading < COVER_READS_AT_ONCE) reading++;
    else await new Promise<void>((go) => waiting.push(go)); // a finished read hands its place over
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else reading--;
    }
  }

  return {
    async read(deps: CatalogueServices, base: string, file: string): Promise<CoverImage | null> {
      const key = `${base}\n${file}`;
      const known = kept.get(key);
      if (known) return known;
      const cover = await turn(() => readCover(deps.fetch, base, file, deps.options));
      if (cover) {
        kept.set(key, cover);
        if (kept.size > COVERS_KEPT) kept.delete(kept.keys().next().value!);
      }
      return cover;
    },
  };
}
