// @vitest-environment node
/**
 * The catalogue's requests as the background answers them: real HTTP (Node's fetch) to the local
 * SLiMS, the state in a real database (Dexie over fake-indexeddb), only the permission API faked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { manyRecords, startSlimsServer, type SlimsServer } from '@/tests/support/slims-server';
import { catalogueHandlers, type CatalogueHandlers } from './handlers';
import { redirectedTo } from './http';
import { harvestFrom } from './refresh';
import { connectedState } from './state';

let server: SlimsServer;
const records = manyRecords(25);
// The newest sample record was entered on its day; "now" is a few days later.
const NOW = Date.parse('2026-12-02T01:00:00Z');

beforeAll(async () => {
  server = await startSlimsServer();
});
afterAll(() => server.close());

let repos: Repositories;
let handlers: CatalogueHandlers;
let granted: Set<string>;

beforeEach(() => {
  server.reset({ records, perPage: 10, oaiPageSize: 10 });
  repos = createRepositories(freshDb(), { memberId: 'm' });
  granted = new Set([`${new URL(server.url).origin}/*`]);
  handlers = catalogueHandlers(repos, {
    fetch: (input, init) => fetch(input, init),
    now: () => NOW,
    hasPermission: async (pattern) => granted.has(pattern),
    options: { timeoutMs: 2_000 },
  });
});

describe('testing a catalogue address', () => {
  it('says what it found: the number of titles, the newest one and the SLiMS version', async () => {
    const report = await handlers['catalogue.test']({ address: server.url });
    expect(report.ok).toBe(true);
    expect(report.total).toBe(25);
    expect(report.version).toMatch(/^SLiMS 9/);
    expect(report.oai).toBe('ok');
    expect(report.message.en).toContain('with 25 titles');
    expect(report.message.id).toContain('dengan 25 judul');
    expect(await repos.settings.get('catalogue')).toBeUndefined();
  });

  it('says exactly what is wrong: JSON-LD switched off, not SLiMS, unreachable', async () => {
    server.configure({ outputs: { jsonld: false } });
    const off = await handlers['catalogue.test']({ address: server.url });
    expect(off.ok).toBe(false);
    expect(off.problem).toEqual({ code: 'switched-off', output: 'jsonld' });
    expect(off.message.en).toContain('JSON-LD output switched off');

    server.configure({ outputs: { jsonld: true }, notSlims: true });
    const other = await handlers['catalogue.test']({ address: server.url });
    expect(other.problem).toEqual({ code: 'not-slims', output: 'jsonld' });

    granted.add('http://127.0.0.1:9/*');
    const down = await handlers['catalogue.test']({ address: 'http://127.0.0.1:9/' });
    expect(down.problem).toEqual({ code: 'unreachable', host: '127.0.0.1:9' });
  });

  it('notes OAI-PMH switched off but still connects (titles without call numbers)', async () => {
    server.configure({ outputs: { oai: false } });
    const report = await handlers['catalogue.test']({ address: server.url });
    expect(report.ok).toBe(true);
    expect(report.oai).toBe('switched-off');
    expect(report.message.en).toContain('OAI-PMH output switched off');
  });

  it('refuses an origin the person did not allow', async () => {
    granted.clear();
    await expect(handlers['catalogue.test']({ address: server.url })).rejects.toMatchObject({
      error: { code: 'permission' },
    });
  });
});

describe('connecting and refreshing', () => {
  it('saves the catalogue and lists its new arrivals with call numbers', async () => {
    const { report, view } = await handlers['catalogue.connect']({ address: server.url });
    expect(report.ok).toBe(true);
    expect(view.base).toBe(server.url);
    // DEFAULT_MAX_PAGES search pages of 10, newest first.
    expect(view.newArrivals).toHaveLength(25);
    expect(view.newArrivals[0]!.biblioId).toBe('1025');
    expect(view.newArrivals.every((t) => t.callNumber !== null)).toBe(true);
    expect(view.notices).toEqual([]);
    expect((await repos.settings.get('catalogue'))?.base).toBe(server.url);
    expect(await repos.settings.get('catalogueProgress')).toBeNull();
  });

  it('does not save an address whose test failed', async () => {
    server.configure({ notSlims: true });
    const { report, view } = await handlers['catalogue.connect']({ address: server.url });
    expect(report.ok).toBe(false);
    expect(view.base).toBeNull();
    expect(await repos.settings.get('catalogue')).toBeUndefined();
  });

  it('keeps the last good list when an answer is broken, and says so', async () => {
    await handlers['catalogue.connect']({ address: server.url });
    server.configure({ broken: { output: 'jsonld', kind: 'truncated', page: 1 } });
    const view = await handlers['catalogue.refresh']({});
    expect(view.newArrivals).toHaveLength(25);
    expect(view.notices).toHaveLength(1);
    expect(view.notices[0]!.en).toContain('The list below is the one Sapa read last time');
  });

  it('says how many records of a partial answer are missing', async () => {
    server.configure({ broken: { output: 'jsonld', kind: 'bad-record', page: 1 } });
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    expect(view.notices.map((n) => n.en).join(' ')).toMatch(/could not be read/);
  });

  it('takes call numbers from MODS when OAI-PMH is switched off', async () => {
    server.configure({ outputs: { oai: false } });
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const withNumbers = view.newArrivals.filter((t) => t.callNumber !== null);
    expect(withNumbers.length).toBe(12); // MAX_MODS_PER_REFRESH
    expect(server.requests.filter((r) => r.includes('inXML=true'))).toHaveLength(12);
    expect(view.notices[0]!.en).toContain('OAI-PMH output switched off');
  });

  it('leaves posted titles out of the new arrivals, in the panel and after a refresh', async () => {
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const picked = view.newArrivals.slice(0, 3).map((t) => t.biblioId);
    const after = await handlers['catalogue.markPosted']({ biblioIds: picked });
    expect(after.newArrivals).toHaveLength(22);
    expect(
      (await handlers['catalogue.refresh']({})).newArrivals.map((t) => t.biblioId),
    ).not.toContain(picked[0]);
    expect((await handlers['catalogue.newArrivals']({})).newArrivals).toHaveLength(22);
  });

  it('forgets everything on disconnect', async () => {
    await handlers['catalogue.connect']({ address: server.url });
    const view = await handlers['catalogue.disconnect']({});
    expect(view.base).toBeNull();
    expect((await handlers['catalogue.newArrivals']({})).base).toBeNull();
  });
});

describe('redirects and OAI-PMH days', () => {
  it('refuses an answer from another origin after a redirect, naming it', () => {
    expect(redirectedTo('http://lib.example/index.php', 'https://lib.example/index.php')).toBe(
      'https://lib.example',
    );
    expect(redirectedTo('https://lib.example/a', 'https://lib.example/b')).toBeNull();
    expect(redirectedTo('https://lib.example/a', '')).toBeNull();
  });

  it('a redirected answer is a typed problem, not a list', async () => {
    const moved = async () =>
      Object.defineProperty(new Response('{}', { status: 200 }), 'url', {
        value: 'https://elsewhere.example/index.php',
      });
    const h = catalogueHandlers(repos, { fetch: moved, now: () => NOW });
    const report = await h['catalogue.test']({ address: 'http://lib.example/' });
    expect(report.problem).toEqual({
      code: 'redirected',
      host: 'lib.example',
      to: 'https://elsewhere.example',
    });
    expect(report.message.id).toContain('https://elsewhere.example');
  });

  it('asks OAI-PMH from the day before the last refresh, or 90 days back at first', () => {
    const first = connectedState('https://lib.example/', NOW);
    expect(harvestFrom(first, NOW)).toBe('2026-09-03');
    expect(harvestFrom({ ...first, refreshedAt: NOW }, NOW)).toBe('2026-12-01');
  });
});

describe('covers for the panel', () => {
  it("hands over a title's cover as image bytes, and none for a title without one", async () => {
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const withCover = view.newArrivals.find((title) => title.coverFile)!;
    const without = view.newArrivals.find((title) => !title.coverFile)!;
    const { cover } = await handlers['catalogue.cover']({ biblioId: withCover.biblioId });
    expect(cover?.mime).toBe('image/png');
    expect(cover?.base64.length).toBeGreaterThan(100);
    expect(await handlers['catalogue.cover']({ biblioId: without.biblioId })).toEqual({
      cover: null,
    });
    expect(await handlers['catalogue.cover']({ biblioId: 'no-such-title' })).toEqual({
      cover: null,
    });
  });

  it('reads each cover once, at most four at a time', async () => {
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const ids = view.newArrivals.filter((title) => title.coverFile).map((t) => t.biblioId);
    expect(ids.length).toBeGreaterThan(8);
    let now = 0;
    let most = 0;
    const counted = catalogueHandlers(repos, {
      fetch: async (input, init) => {
        most = Math.max(most, ++now);
        try {
          return await fetch(input, init);
        } finally {
          now--;
        }
      },
      now: () => NOW,
      hasPermission: async (pattern) => granted.has(pattern),
    });
    server.configure({ delayMs: 30 });
    const first = await Promise.all(
      ids.map((biblioId) => counted['catalogue.cover']({ biblioId })),
    );
    expect(first.every((answer) => answer.cover?.mime === 'image/png')).toBe(true);
    expect(most).toBe(4);
    const asked = server.requests.length;
    await Promise.all(ids.map((biblioId) => counted['catalogue.cover']({ biblioId })));
    expect(server.requests.length).toBe(asked);
  });

  it('answers covers asked together from one read of the stored list', async () => {
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const ids = view.newArrivals.map((title) => title.biblioId);
    const get = vi.spyOn(repos.settings, 'get');
    await Promise.all(ids.map((biblioId) => handlers['catalogue.cover']({ biblioId })));
    const listReads = get.mock.calls.filter(([key]) => key === 'catalogue').length;
    expect(listReads).toBe(1);
    // A later request reads the list again: a disconnect or a refresh in between is seen.
    await handlers['catalogue.cover']({ biblioId: ids[0]! });
    expect(get.mock.calls.filter(([key]) => key === 'catalogue').length).toBe(2);
  });

  it('reads no cover once the permission for the catalogue is withdrawn', async () => {
    const { view } = await handlers['catalogue.connect']({ address: server.url });
    const withCover = view.newArrivals.find((title) => title.coverFile)!;
    granted.clear();
    const asked = server.requests.length;
    await expect(
      handlers['catalogue.cover']({ biblioId: withCover.biblioId }),
    ).rejects.toMatchObject({ error: { code: 'permission' } });
    expect(server.requests.length).toBe(asked);
  });
});
