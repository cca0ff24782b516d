import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, dumpAll, type SapaDb } from '@/lib/db';
import { fakeClock, freshDb } from '@/tests/support/db';
import { translate } from '@/lib/i18n';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import type { FetchLike } from './index';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';
import { createFakeAlarms, createFakePermissions } from '@/tests/support/fake-browser-apis';
import { startBackground, type Background } from '@/lib/background/main';
import { handleRequest } from '@/lib/background/router';
import {
  CHECK_EVERY_MINUTES,
  DUE_AFTER_MS,
  SUBSCRIPTIONS_ALARM,
  createSubscriptionService,
} from './service';
import { createFakeRuntime } from '@/tests/support/background';

const URL_A = 'https://perpus.example.id/paket.json';
const PATTERN_A = 'https://perpus.example.id/*';

let db: SapaDb;
let clock: ReturnType<typeof fakeClock>;
let alarms: ReturnType<typeof createFakeAlarms>;
let perms: ReturnType<typeof createFakePermissions>;
let body: string;
let fetch: ReturnType<typeof vi.fn<FetchLike>>;
let bg: Background;
let client: SapaClient;

const PAGE = 'chrome-extension://sapa-test-extension/';

function start() {
  const runtime = createFakeRuntime();
  bg = startBackground({
    // The dashboard is an extension page: its sender URL is inside the extension.
    runtime: { ...runtime.runtime, getURL: (path: string) => new URL(path, PAGE).href },
    db,
    now: clock.now,
    log: () => {},
    alarms: alarms.alarms,
    permissions: perms.permissions,
    fetch,
  });
  const dashboard = { id: runtime.runtime.id, url: `${PAGE}options.html#sync` };
  const contentScript = { id: runtime.runtime.id, url: 'https://www.instagram.com/' };
  client = createSapaClient((m) => runtime.sendMessage(m, dashboard));
  fromContentScript = (m) => runtime.sendMessage(m, contentScript);
}

let fromContentScript: (message: unknown) => Promise<unknown>;

beforeEach(async () => {
  db = freshDb();
  clock = fakeClock();
  alarms = createFakeAlarms();
  perms = createFakePermissions([PATTERN_A]);
  body = packJson({ templates: [packTemplate('t1')], hashtagSets: [packSet('s1', ['BulanBuku'])] });
  fetch = vi.fn<FetchLike>(
    async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  );
  start();
  await bg.ready();
});
afterEach(async () => {
  bg.stop();
  await db.delete();
});

describe('subscriptions.add', () => {
  it('checks the link and the permission, fetches at once and answers the subscription', async () => {
    const res = await client.request('subscriptions.add', { url: `${URL_A}#x`, title: ' Pusat ' });
    expect(res).toMatchObject({
      ok: true,
      data: { url: URL_A, title: 'Pusat', kind: 'pack', itemCount: 2, lastError: null },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    const repos = createRepositories(db);
    expect((await repos.templates.list()).filter((t) => t.source)).toHaveLength(1);
  });

  it('refuses a link without permission for its host, storing nothing', async () => {
    const before = await dumpAll(db);
    const res = await client.request('subscriptions.add', { url: 'https://lain.example.id:81/p' });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'permission', key: 'error.permission' },
    });
    if (res.ok) return;
    expect(res.error.message.en).toBe(
      translate('en', 'error.permission', { origin: 'https://lain.example.id:81' }),
    );
    expect(res.error.message.id).toContain('https://lain.example.id:81');
    expect(fetch).not.toHaveBeenCalled();
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses links that are not http(s) or carry credentials, with a specific message', async () => {
    for (const [url, key] of [
      ['ftp://perpus.example.id/p.json', 'subscriptions.url.scheme'],
      ['https://ana:rahasia@perpus.example.id/p.json', 'subscriptions.url.credentials'],
      ['bukan tautan', 'subscriptions.url.malformed'],
    ] as const) {
      const res = await client.request('subscriptions.add', { url });
      expect(res, url).toMatchObject({ ok: false, error: { code: 'invalid', key } });
      if (!res.ok) expect(res.error.message.id).toBe(translate('id', key));
    }
    expect(await db.subscriptions.count()).toBe(0);
  });

  it('refuses the same link twice', async () => {
    await client.request('subscriptions.add', { url: URL_A, title: 'Pusat' });
    const again = await client.request('subscriptions.add', { url: `${URL_A}#lagi` });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'invalid', key: 'subscriptions.url.duplicate' },
    });
    if (!again.ok) expect(again.error.message.en).toContain('Pusat');
    expect(await db.subscriptions.count()).toBe(1);
  });

  it('keeps the subscription when its first check fails, and says why', async () => {
    fetch.mockResolvedValueOnce(new Response('Not here', { status: 404 }));
    const res = await client.request('subscriptions.add', { url: URL_A });
    expect(res).toMatchObject({
      ok: true,
      data: { title: 'perpus.example.id', kind: null, lastError: { code: 'not-found' } },
    });
    expect(await db.subscriptions.count()).toBe(1);
  });

  it('is for the dashboard only: a content script cannot subscribe', async () => {
    const res = await fromContentScript({
      sapa: 1,
      type: 'subscriptions.add',
      payload: { url: URL_A },
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      await fromContentScript({ sapa: 1, type: 'subscriptions.refresh', payload: {} }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await db.subscriptions.count()).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  const malformed: [string, unknown][] = [
    ['no url', {}],
    ['url not a string', { url: 42 }],
    ['empty url', { url: '   ' }],
    ['url too long', { url: `https://x.id/${'a'.repeat(2001)}` }],
    ['title too long', { url: URL_A, title: 'x'.repeat(201) }],
    ['unexpected field', { url: URL_A, etag: '"forged"' }],
  ];
  it.each(malformed)('malformed payload (%s) → invalid, nothing stored', async (_n, payload) => {
    const res = await bg.handle({ sapa: 1, type: 'subscriptions.add', payload });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', key: 'error.invalid' } });
    expect(await db.subscriptions.count()).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('subscriptions.refresh and subscriptions.remove', () => {
  it('checks one or all; an unknown one is not found', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    perms.grant('https://b.example.id/*');
    await client.request('subscriptions.add', { url: 'https://b.example.id/p.json' });
    if (!a.ok) throw new Error('add failed');
    clock.advance(1000);
    const one = await client.request('subscriptions.refresh', { id: a.data.id });
    expect(one).toMatchObject({ ok: true, data: [{ id: a.data.id, lastCheckedAt: clock.now() }] });
    const all = await client.request('subscriptions.refresh', {});
    expect(all.ok && all.data.length).toBe(2);
    expect(await client.request('subscriptions.refresh', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await bg.handle({ sapa: 1, type: 'subscriptions.refresh', payload: { id: 7 } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('a permission taken back shows up as the subscription’s error; items stay', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    perms.revoke(PATTERN_A);
    const res = await client.request('subscriptions.refresh', { id: a.data.id });
    expect(res).toMatchObject({ ok: true, data: [{ lastError: { code: 'permission' } }] });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await db.templates.where('id').startsWith(`sub:${a.data.id}:`).count()).toBe(1);
  });

  it('removes a subscription and tombstones its items', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    const res = await client.request('subscriptions.remove', { id: a.data.id });
    expect(res).toEqual({ ok: true, data: { removed: a.data.id, items: 2 } });
    expect(await db.subscriptions.count()).toBe(0);
    const items = await db.templates.where('id').startsWith(`sub:${a.data.id}:`).toArray();
    expect(items.map((i) => i.deleted)).toEqual([true]);
    expect(await client.request('subscriptions.remove', { id: a.data.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await bg.handle({ sapa: 1, type: 'subscriptions.remove', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('two checks of one subscription at once make one request', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    fetch.mockClear();
    const [x, y] = await Promise.all([
      client.request('subscriptions.refresh', { id: a.data.id }),
      client.request('subscriptions.refresh', { id: a.data.id }),
    ]);
    expect(x.ok && y.ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('without the service the requests answer "unavailable"', async () => {
    const res = await handleRequest(db, createRepositories(db), {
      sapa: 1,
      type: 'subscriptions.refresh',
      payload: {},
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});

describe('schedule', () => {
  it('creates the hourly alarm once and listens for it', async () => {
    await vi.waitFor(() =>
      expect(alarms.all()).toEqual([
        { name: SUBSCRIPTIONS_ALARM, periodInMinutes: CHECK_EVERY_MINUTES },
      ]),
    );
    expect(alarms.listenerCount).toBe(1);
    // A second start (the service worker woke up) keeps the existing alarm.
    bg.stop();
    start();
    await bg.ready();
    await new Promise((r) => setTimeout(r, 10));
    expect(alarms.alarms.created).toEqual([SUBSCRIPTIONS_ALARM]);
  });

  it('the alarm checks the subscriptions that are due, and only those', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    fetch.mockClear();
    clock.advance(10 * 60_000);
    alarms.fire(SUBSCRIPTIONS_ALARM);
    alarms.fire('some-other-alarm');
    await new Promise((r) => setTimeout(r, 30));
    expect(fetch).not.toHaveBeenCalled();

    clock.advance(DUE_AFTER_MS);
    alarms.fire(SUBSCRIPTIONS_ALARM);
    await vi.waitFor(async () =>
      expect((await db.subscriptions.get(a.data.id))?.lastCheckedAt).toBe(clock.now()),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('start-up checks what became due while the browser was closed', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    bg.stop();
    fetch.mockClear();
    clock.advance(3 * 60 * 60_000);
    start();
    await vi.waitFor(async () =>
      expect((await db.subscriptions.get(a.data.id))?.lastCheckedAt).toBe(clock.now()),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('removal waits for a check that is under way, so it cannot bring items back', async () => {
    const a = await client.request('subscriptions.add', { url: URL_A });
    if (!a.ok) throw new Error('add failed');
    let release!: () => void;
    fetch.mockImplementationOnce(async () => {
      await new Promise<void>((r) => (release = r));
      return new Response(packJson({ templates: [packTemplate('t9')] }));
    });
    const service = createSubscriptionService({
      db,
      ready: async () => {},
      fetch,
      now: clock.now,
      log: () => {},
    });
    const checking = service.refresh(a.data.id);
    await vi.waitFor(() => expect(release).toBeDefined());
    const removing = service.handlers['subscriptions.remove']({ id: a.data.id });
    release();
    await checking;
    expect(await removing).toEqual({ removed: a.data.id, items: 1 });
    const live = (await db.templates.where('id').startsWith(`sub:${a.data.id}:`).toArray()).filter(
      (t) => !t.deleted,
    );
    expect(live).toEqual([]);
  });
});
