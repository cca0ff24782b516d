// @vitest-environment node
/**
 * Subscriptions end to end short of a browser: the background (startBackground, real `fetch`)
 * against a real HTTP server on 127.0.0.1 that honours ETag and Last-Modified, with Dexie over
 * fake-indexeddb. Only the extension APIs (runtime, permissions, alarms) are fakes.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, DbError, type SapaDb, type SubscriptionRecord } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import type { SapaResponse } from '@/lib/messaging/protocol';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';
import { createFakeAlarms, createFakePermissions } from '@/tests/support/fake-browser-apis';
import { startBackground, type Background } from '@/lib/background/main';
import { createFakeRuntime } from '@/tests/support/background';

interface Published {
  body: string;
  type: string;
  etag?: string;
  lastModified?: string;
}

/** A static host: one file per path, conditional GETs answered with 304. */
function startHost() {
  const files = new Map<string, Published>();
  /** Paths that answer 302 with a Location elsewhere. */
  const redirects = new Map<string, string>();
  const requests: { path: string; headers: IncomingHttpHeaders; status: number }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    const file = files.get(path);
    const answer = (status: number, headers: Record<string, string> = {}, body = '') => {
      requests.push({ path, headers: req.headers, status });
      res.writeHead(status, headers).end(body);
    };
    const moved = redirects.get(path);
    if (moved) return answer(302, { location: moved });
    if (!file) return answer(404, { 'content-type': 'text/plain' }, 'Not found');
    const validators: Record<string, string> = {
      ...(file.etag ? { etag: file.etag } : {}),
      ...(file.lastModified ? { 'last-modified': file.lastModified } : {}),
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const notModified = inm
      ? inm === file.etag
      : ims !== undefined && file.lastModified !== undefined && ims === file.lastModified;
    if (notModified) return answer(304, validators);
    answer(200, { 'content-type': file.type, ...validators }, file.body);
  });
  return {
    files,
    redirects,
    requests,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let db: SapaDb;
let bg: Background;
let client: SapaClient;
let host: ReturnType<typeof startHost>;
let origin: string;
let now: number;

beforeEach(async () => {
  db = freshDb('sapa-subs-it');
  host = startHost();
  origin = await host.listen();
  now = Date.UTC(2026, 4, 17, 8);
  const runtime = createFakeRuntime();
  const page = 'chrome-extension://sapa-test-extension/';
  bg = startBackground({
    runtime: { ...runtime.runtime, getURL: (path: string) => new URL(path, page).href },
    db,
    now: () => now,
    log: () => {},
    alarms: createFakeAlarms().alarms,
    // The person allowed 127.0.0.1 when the dashboard asked (any port).
    permissions: createFakePermissions(['http://127.0.0.1/*']).permissions,
    // No `fetch`: the background uses the real global one.
  });
  // Requests come from the dashboard, an extension page.
  const dashboard = { id: runtime.runtime.id, url: `${page}options.html` };
  client = createSapaClient((m) => runtime.sendMessage(m, dashboard));
  await bg.ready();
});
afterEach(async () => {
  bg.stop();
  await host.close().catch(() => {});
  await db.delete();
});

function ok<T>(res: SapaResponse<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.detail}`);
  return res.data;
}

async function refresh(id: string): Promise<SubscriptionRecord> {
  now += 60 * 60_000;
  const [sub] = ok(await client.request('subscriptions.refresh', { id }));
  return sub!;
}

/** The subscription's items, live and tombstoned, keyed by table. */
async function items(id: string) {
  const prefix = `sub:${id}:`;
  return {
    templates: await db.templates.where('id').startsWith(prefix).sortBy('id'),
    hashtagSets: await db.hashtagSets.where('id').startsWith(prefix).sortBy('id'),
  };
}

describe('a pack subscription over HTTP', () => {
  it('200 → 304 → 200 after the source changes → malformed keeps the copy → unreachable keeps it', async () => {
    host.files.set('/perpusnas.json', {
      type: 'application/json; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Sat, 16 May 2026 08:00:00 GMT',
      body: packJson({
        library: 'Perpustakaan Nasional',
        templates: [packTemplate('t1'), packTemplate('t2')],
        hashtagSets: [packSet('s1', ['BulanBuku', 'AyoMembaca'])],
        brandKit: { id: 'brand', libraryName: 'Perpusnas', updatedAt: 1, updatedBy: 'p' },
      }),
    });

    // 1. Add: the first fetch is a plain GET answered 200.
    const added = ok(
      await client.request('subscriptions.add', { url: `${origin}/perpusnas.json` }),
    );
    expect(added).toMatchObject({
      url: `${origin}/perpusnas.json`,
      title: 'Perpustakaan Nasional',
      kind: 'pack',
      etag: '"v1"',
      lastModified: 'Sat, 16 May 2026 08:00:00 GMT',
      lastError: null,
      itemCount: 3,
      counts: { templates: 2, hashtagSets: 1 },
      lastCheckedAt: now,
      lastOkAt: now,
    });
    expect(host.requests).toHaveLength(1);
    expect(host.requests[0]!.headers['if-none-match']).toBeUndefined();
    const source = { subscriptionId: added.id, title: 'Perpustakaan Nasional', url: added.url };
    const first = await items(added.id);
    expect(first.templates.map((t) => [t.id, t.source, t.deleted])).toEqual([
      [`sub:${added.id}:t1`, source, false],
      [`sub:${added.id}:t2`, source, false],
    ]);
    expect(first.hashtagSets[0]).toMatchObject({ tags: ['BulanBuku', 'AyoMembaca'], source });
    // The brand kit is the publisher's own: not taken.
    expect((await db.brandKit.get('brand'))?.libraryName).toBe('');

    // Read-only where the app edits.
    const repos = createRepositories(db);
    await expect(repos.templates.update(`sub:${added.id}:t1`, { body: 'x' })).rejects.toMatchObject(
      { code: 'read-only' },
    );
    await expect(repos.hashtagSets.remove(`sub:${added.id}:s1`)).rejects.toBeInstanceOf(DbError);

    // 2. Check again: conditional, 304, nothing rewritten.
    const unchanged = await refresh(added.id);
    expect(host.requests[1]).toMatchObject({
      status: 304,
      headers: {
        'if-none-match': '"v1"',
        'if-modified-since': 'Sat, 16 May 2026 08:00:00 GMT',
      },
    });
    expect(unchanged).toMatchObject({
      lastCheckedAt: now,
      lastOkAt: now,
      lastChangedAt: added.lastChangedAt,
      lastError: null,
    });
    expect(await items(added.id)).toEqual(first);

    // 3. The publisher changes t1, drops t2, adds t3: 200 with the new copy.
    host.files.set('/perpusnas.json', {
      type: 'application/json',
      etag: '"v2"',
      body: packJson({
        library: 'Perpustakaan Nasional',
        templates: [
          packTemplate('t1', { body: 'Selamat Hari Buku Nasional!', updatedAt: 6_000 }),
          packTemplate('t3', { name: 'Webinar Literasi' }),
        ],
        hashtagSets: [packSet('s1', ['BulanBuku', 'AyoMembaca'])],
      }),
    });
    const changed = await refresh(added.id);
    expect(host.requests[2]).toMatchObject({ status: 200, headers: { 'if-none-match': '"v1"' } });
    expect(changed).toMatchObject({
      etag: '"v2"',
      lastModified: null,
      lastChangedAt: now,
      itemCount: 3,
      counts: { templates: 2, hashtagSets: 1 },
    });
    const second = await items(added.id);
    const byId = Object.fromEntries(second.templates.map((t) => [t.id.split(':').pop(), t]));
    expect(byId.t1).toMatchObject({ body: 'Selamat Hari Buku Nasional!', deleted: false });
    expect(byId.t2).toMatchObject({ deleted: true, name: 'Templat t2' });
    expect(byId.t3).toMatchObject({ name: 'Webinar Literasi', deleted: false, source });
    expect(second.hashtagSets).toEqual(first.hashtagSets);
    expect((await repos.templates.searchByPrefix('webinar literasi')).map((t) => t.id)).toEqual([
      `sub:${added.id}:t3`,
    ]);

    // 4. A broken upload: malformed JSON. The last good copy stays; the error says why.
    host.files.set('/perpusnas.json', {
      type: 'application/json',
      etag: '"v3"',
      body: '{"format": "sapa-pack", "version": 1, "templates": [',
    });
    const broken = await refresh(added.id);
    expect(broken).toMatchObject({
      etag: '"v2"', // still the good copy's: the next check asks "changed since v2?"
      lastOkAt: changed.lastOkAt,
      lastCheckedAt: now,
      lastError: { code: 'invalid', at: now },
      itemCount: 3,
    });
    expect(broken.lastError!.message.en).toMatch(/not a usable Sapa pack.*Not a valid JSON file/);
    expect(broken.lastError!.message.id).toMatch(/Bukan berkas JSON yang valid/);
    expect(await items(added.id)).toEqual(second);

    // 5. The host goes away: unreachable, copy kept.
    await host.close();
    const gone = await refresh(added.id);
    expect(gone).toMatchObject({ lastError: { code: 'unreachable' }, etag: '"v2"', itemCount: 3 });
    expect(gone.lastError!.message.en).toContain('127.0.0.1');
    expect(gone.lastError!.message.id).toMatch(/Tidak dapat menghubungi 127\.0\.0\.1/);
    expect(await items(added.id)).toEqual(second);
  });

  it('a link that is not there: the subscription is kept with a "not found" error', async () => {
    const res = ok(await client.request('subscriptions.add', { url: `${origin}/hilang.json` }));
    expect(res).toMatchObject({ kind: null, itemCount: 0, lastError: { code: 'not-found' } });
    expect(res.lastError!.message.en).toContain('HTTP 404');
  });
});

describe('a CSV subscription over HTTP', () => {
  it('200 → 304 by Last-Modified → 200 → malformed keeps the copy', async () => {
    host.files.set('/tagar.csv', {
      type: 'text/csv; charset=utf-8',
      lastModified: 'Sat, 16 May 2026 08:00:00 GMT',
      body: '\uFEFFset,tag\r\nBulan Buku,#BulanBuku\r\nBulan Buku,AyoMembaca\r\nAnak,Dongeng\r\n',
    });
    const added = ok(
      await client.request('subscriptions.add', {
        url: `${origin}/tagar.csv`,
        title: 'Tagar bersama',
      }),
    );
    expect(added).toMatchObject({
      title: 'Tagar bersama',
      kind: 'csv',
      etag: null,
      counts: { templates: 0, hashtagSets: 2 },
      lastError: null,
    });
    const first = await items(added.id);
    expect(first.hashtagSets.map((s) => [s.name, s.tags, s.source?.title])).toEqual([
      ['Anak', ['Dongeng'], 'Tagar bersama'],
      ['Bulan Buku', ['BulanBuku', 'AyoMembaca'], 'Tagar bersama'],
    ]);

    const same = await refresh(added.id);
    expect(host.requests.at(-1)).toMatchObject({
      status: 304,
      headers: { 'if-modified-since': 'Sat, 16 May 2026 08:00:00 GMT' },
    });
    expect(same.lastError).toBeNull();

    host.files.set('/tagar.csv', {
      type: 'text/csv',
      lastModified: 'Sun, 17 May 2026 08:00:00 GMT',
      body: 'set,tag\nBulan Buku,BulanBuku\nBulan Buku,HariBukuNasional\n',
    });
    const changed = await refresh(added.id);
    expect(changed).toMatchObject({ counts: { hashtagSets: 1 }, lastError: null });
    const second = await items(added.id);
    expect(second.hashtagSets.map((s) => [s.name, s.deleted, s.tags])).toEqual([
      ['Anak', true, ['Dongeng']],
      ['Bulan Buku', false, ['BulanBuku', 'HariBukuNasional']],
    ]);

    host.files.set('/tagar.csv', {
      type: 'text/csv',
      lastModified: 'Mon, 18 May 2026 08:00:00 GMT',
      body: 'nama,isi\nBulan Buku,BulanBuku\n',
    });
    const broken = await refresh(added.id);
    expect(broken.lastError).toMatchObject({ code: 'invalid' });
    expect(broken.lastError!.message.en).toMatch(/"set" and "tag"/);
    expect(broken.lastError!.message.id).toMatch(/"set" dan "tag"/);
    expect(broken.lastModified).toBe('Sun, 17 May 2026 08:00:00 GMT');
    expect(await items(added.id)).toEqual(second);
  });

  it('a web page instead of the CSV (a sheet not published) is named as such', async () => {
    host.files.set('/sheet', {
      type: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><body>Sign in</body></html>',
    });
    const res = ok(await client.request('subscriptions.add', { url: `${origin}/sheet` }));
    expect(res.lastError).toMatchObject({ code: 'invalid' });
    expect(res.lastError!.message.en).toMatch(/web page.*Publish to web/);
  });
});

describe('links that leave the site the person allowed', () => {
  const pack = () => ({
    type: 'application/json',
    body: packJson({ library: 'Perpustakaan Kota', templates: [packTemplate('t1')] }),
  });

  it('a redirect to another host is refused until Sapa may read that host too', async () => {
    host.files.set('/kota.json', pack());
    // Same server, other host name: `localhost` is another origin than the allowed 127.0.0.1.
    const elsewhere = origin.replace('127.0.0.1', 'localhost');
    host.redirects.set('/pindah.json', `${elsewhere}/kota.json`);
    const added = ok(await client.request('subscriptions.add', { url: `${origin}/pindah.json` }));
    expect(added.lastError).toMatchObject({ code: 'redirect' });
    expect(added.lastError?.message.en).toContain(new URL(elsewhere).origin);
    expect(added.lastError?.message.id).toContain(new URL(elsewhere).origin);
    expect((await items(added.id)).templates).toHaveLength(0);
  });

  it('a redirect within the allowed site is followed', async () => {
    host.files.set('/kota.json', pack());
    host.redirects.set('/lama.json', `${origin}/kota.json`);
    const added = ok(await client.request('subscriptions.add', { url: `${origin}/lama.json` }));
    expect(added.lastError).toBeNull();
    expect((await items(added.id)).templates).toHaveLength(1);
  });

  it('a plain http:// link to another computer is refused before anything is fetched', async () => {
    const res = await client.request('subscriptions.add', {
      url: 'http://perpustakaan-kota.example/kota.json',
    });
    expect(res).toMatchObject({ ok: false, error: { key: 'subscriptions.url.insecure' } });
    if (!res.ok) expect(res.error.message.en).toMatch(/https:\/\//);
    expect(await db.subscriptions.count()).toBe(0);
  });
});
