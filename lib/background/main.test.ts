import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dumpAll, SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { subscribeChanges, type ChangeEvent } from '@/lib/messaging/changes';
import { createSapaClient } from '@/lib/messaging/client';
import { CHANGE_TABLES, CHANGES_PORT_NAME } from '@/lib/messaging/protocol';
import { startBackground, type Background } from './main';
import { createFakeRuntime } from '@/tests/support/background';

let fake: ReturnType<typeof createFakeRuntime>;
let db: SapaDb;
let bg: Background;
let persist: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
const stops: (() => void)[] = [];

beforeEach(async () => {
  fake = createFakeRuntime();
  db = freshDb();
  persist = vi.fn<() => Promise<boolean>>(async () => true);
  bg = startBackground({
    runtime: fake.runtime,
    db,
    storage: { persisted: async () => false, persist },
    log: () => {},
  });
  await bg.ready();
  // Let start-up writes (seeds, the persistence result) land and be announced before tests.
  await vi.waitFor(async () => expect(await db.settings.get('persistentStorage')).toBeDefined());
  await new Promise((r) => setTimeout(r, 10));
  bg.hub.flush();
});
afterEach(async () => {
  stops.splice(0).forEach((s) => s());
  bg.stop();
  await db.delete();
});

function listen() {
  const events: ChangeEvent[] = [];
  const abort = new AbortController();
  stops.push(() => abort.abort());
  subscribeChanges(
    (info) => fake.connect(info),
    (e) => events.push(e),
    {
      signal: abort.signal,
      initialDelayMs: 5,
    },
  );
  return events;
}

describe('startBackground', () => {
  it('opens the database once, applies seeds and asks for persistent storage', async () => {
    expect(db.isOpen()).toBe(true);
    expect(await db.templates.count()).toBeGreaterThan(0);
    expect(await db.brandKit.get('brand')).toBeDefined();
    expect(persist).toHaveBeenCalledTimes(1);
    await vi.waitFor(async () =>
      expect((await db.settings.get('persistentStorage'))?.value).toBe('persisted'),
    );
    expect(bg.ready()).toBe(bg.ready());
  });

  it('seeding again on install writes nothing new', async () => {
    const before = await dumpAll(db);
    fake.onInstalled.fire();
    await bg.ready();
    expect((await dumpAll(db)).templates).toEqual(before.templates);
  });

  it('opens the dashboard through the opener it was given', async () => {
    const openDashboard = vi.fn(async () => {});
    const other = startBackground({ runtime: createFakeRuntime().runtime, db, openDashboard });
    stops.push(() => other.stop());
    const res = await other.handle({
      sapa: 1,
      type: 'dashboard.open',
      payload: { section: 'checklist' },
    });
    expect(res).toEqual({ ok: true, data: { opened: true } });
    expect(openDashboard).toHaveBeenCalledWith('checklist');
  });

  it('answers the client through runtime messaging', async () => {
    const client = createSapaClient((m) => fake.sendMessage(m));
    const res = await client.request('drafts.save', {
      platform: 'x',
      composerKey: 'main',
      text: 'Halo dari X',
    });
    expect(res).toMatchObject({ ok: true, data: { draft: { platform: 'x' } } });
    expect(await db.drafts.count()).toBe(1);
  });

  it('keeps team sync requests for the dashboard: a content script is refused', async () => {
    const message = { sapa: 1, type: 'sync.status', payload: {} };
    const fromSite = await fake.sendMessage(message, {
      id: fake.runtime.id,
      url: 'https://x.com/home',
    });
    expect(fromSite).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((fromSite as { error: { detail: string } }).error.detail).toMatch(/dashboard only/);
    // The dashboard gets past the gate (this background runs without a team sync service).
    const fromDashboard = await fake.sendMessage(message, {
      id: fake.runtime.id,
      url: `chrome-extension://${fake.runtime.id}/options.html#sync`,
    });
    expect(fromDashboard).toMatchObject({ ok: false, error: { code: 'unknown' } });
    expect((fromDashboard as { error: { detail: string } }).error.detail).toMatch(
      /team sync is not available/,
    );
  });

  it("ignores messages that aren't Sapa's, and Sapa messages from other extensions", async () => {
    expect(await fake.sendMessage({ type: 'drafts.save' })).toBeUndefined();
    expect(await fake.sendMessage('ping')).toBeUndefined();
    const foreign = await fake.sendMessage(
      { sapa: 1, type: 'drafts.list', payload: { platform: 'x' } },
      { id: 'some-other-extension' },
    );
    expect(foreign).toBeUndefined();
    expect(
      await fake.sendMessage({ sapa: 1, type: 'drafts.list', payload: { platform: 'x' } }, {}),
    ).toBeUndefined();
  });

  it('a Sapa message that does not validate gets a typed error', async () => {
    expect(await fake.sendMessage({ sapa: 1, type: 'nope', payload: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('posts change notifications to every connected panel after writes', async () => {
    const a = listen();
    const b = listen();
    await vi.waitFor(() => expect(bg.hub.portCount).toBe(2));
    const client = createSapaClient((m) => fake.sendMessage(m));
    await client.request('drafts.save', { platform: 'instagram', composerKey: 'k', text: 'Satu' });
    await vi.waitFor(() => expect(a.at(-1)?.tables).toEqual(['drafts', 'draftRevisions']));
    expect(b.at(-1)).toEqual({ tables: ['drafts', 'draftRevisions'], reason: 'changed' });

    await client.request('templates.create', { name: 'Baru', body: 'Isi', locale: 'id' });
    await vi.waitFor(() => expect(a.at(-1)?.tables).toEqual(['templates']));
  });

  it('reads make no notifications; failed writes make none', async () => {
    const events = listen();
    await vi.waitFor(() => expect(bg.hub.portCount).toBe(1));
    const client = createSapaClient((m) => fake.sendMessage(m));
    await client.request('templates.search', { query: 'buku', limit: 5 });
    await client.request('drafts.setStatus', { draftId: 'missing', status: 'ready' });
    await new Promise((r) => setTimeout(r, 60));
    expect(events).toEqual([]);
  });

  it('writes made directly with Dexie elsewhere (the dashboard) are announced too', async () => {
    const events = listen();
    await vi.waitFor(() => expect(bg.hub.portCount).toBe(1));
    const dashboard = new SapaDb(db.name);
    await dashboard.hashtagSets.put({
      id: 'set_dash',
      name: 'Dari dasbor',
      tags: ['Dasbor'],
      updatedAt: 1,
      updatedBy: 'ana',
      deleted: false,
    });
    await vi.waitFor(() => expect(events.at(-1)?.tables).toEqual(['hashtagSets']));
    dashboard.close();
  });

  it('refuses change ports from other extensions and ignores other port names', async () => {
    const foreign = fake.connect({ name: CHANGES_PORT_NAME }, { id: 'evil' });
    const other = fake.connect({ name: 'something-else' });
    const disconnected = vi.fn();
    foreign.onDisconnect.addListener(disconnected);
    await vi.waitFor(() => expect(disconnected).toHaveBeenCalled());
    expect(bg.hub.portCount).toBe(0);
    other.disconnect();
  });

  it('the panel reconnects after the service worker drops its port and refreshes everything', async () => {
    const events = listen();
    await vi.waitFor(() => expect(bg.hub.portCount).toBe(1));
    fake.dropAllPorts();
    await vi.waitFor(() =>
      expect(events).toContainEqual({ tables: [...CHANGE_TABLES], reason: 'reconnected' }),
    );
    const client = createSapaClient((m) => fake.sendMessage(m));
    await client.request('settings.set', { key: 'xPremium', value: true });
    await vi.waitFor(() =>
      expect(events.at(-1)).toEqual({ tables: ['settings'], reason: 'changed' }),
    );
  });
});

describe('a database that cannot open', () => {
  it('answers with a typed error and retries on the next request', async () => {
    const runtime = createFakeRuntime();
    const broken = freshDb();
    const open = vi
      .spyOn(broken, 'open')
      .mockRejectedValueOnce(Object.assign(new Error('blocked'), { name: 'BlockedError' }))
      .mockRejectedValueOnce(Object.assign(new Error('blocked'), { name: 'BlockedError' }));
    const b = startBackground({ runtime: runtime.runtime, db: broken, log: () => {} });
    const client = createSapaClient((m) => runtime.sendMessage(m));
    expect(await client.request('settings.get')).toMatchObject({
      ok: false,
      error: { code: 'blocked', key: 'error.blocked' },
    });
    open.mockRestore();
    expect(await client.request('settings.get')).toMatchObject({ ok: true });
    b.stop();
    await broken.delete();
  });
});
