// @vitest-environment node
/**
 * The background's team sync service with the real engine, real PouchDB replicas (memory
 * adapter) and a CouchDB-protocol server started here: connecting, the status the dashboard
 * reads, syncing after an edit, retrying after the server went away, disconnecting.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, dumpAll, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import {
  memoryName,
  startCouchServer,
  type CouchServer,
  type TestPouch,
} from '@/tests/support/couch-server';
import { createCouchSync } from './engine/index';
import { createTeamSync, type ReplicaFactory, type TeamSync } from './service';
import { BackgroundDb, teamSyncConfigStore } from './store';

let server: CouchServer;
let db: SapaDb;
let background: BackgroundDb;
let sync: TeamSync;
let team: string;
let destroyed: string[] = [];
let authorization: string | undefined;

function replicas(): ReplicaFactory<TestPouch, TestPouch> {
  const names = new Map<string, string>();
  return {
    // Each replica name maps to one memory database, so reopening finds the same data.
    openLocal: (name) => {
      if (!names.has(name)) names.set(name, memoryName(name));
      return new server.PouchDB(names.get(name)!);
    },
    openRemote: (url, credentials) =>
      new server.PouchDB(url, { skip_setup: true, ...(credentials ? { auth: credentials } : {}) }),
    close: async () => undefined,
    destroyLocal: async (name) => {
      destroyed.push(name);
      await new server.PouchDB(names.get(name) ?? memoryName(name)).destroy();
    },
  };
}

function createService(retryDelaysMs = [50]) {
  return createTeamSync({
    db,
    memberId: async () => 'member-ana',
    config: teamSyncConfigStore(background),
    replicas: replicas(),
    createEngine: createCouchSync,
    retryDelaysMs,
    editDebounceMs: 20,
    log: () => undefined,
  });
}

async function serverDoc(id: string) {
  const response = await fetch(`${team}/${encodeURIComponent(id)}`, {
    ...(authorization ? { headers: { authorization } } : {}),
  });
  return response.ok ? ((await response.json()) as { record: Record<string, unknown> }) : null;
}

beforeEach(async () => {
  destroyed = [];
  authorization = undefined;
  server = await startCouchServer();
  team = `${server.url}/perpus`;
  expect((await fetch(team, { method: 'PUT' })).status).toBe(201);
  db = freshDb('team-sync-service');
  await applySeeds(db, 1_000);
  background = new BackgroundDb(memoryName('sapa-background'));
  sync = createService();
});

afterEach(async () => {
  await sync.stop();
  db.close();
  background.close();
  await server.stop();
});

const status = () => createRepositories(db).settings.get('teamSyncStatus');

describe('team sync service', () => {
  it('refuses a wrong database name, saves nothing and says why in both languages', async () => {
    const result = await sync.configure({ url: server.url, database: 'tidak-ada' });
    expect(result.connected).toBe(false);
    expect(result.error?.code).toBe('no-database');
    expect(result.error?.message.id).toMatch(/basis data/i);
    expect(await teamSyncConfigStore(background).get()).toBeUndefined();
    expect((await status()) ?? { state: 'off' }).toMatchObject({ state: 'off' });
  });

  it('connects with a password, sends the library, and keeps the password out of the library database', async () => {
    // A server that is no longer an "admin party": only Ana's account gets in.
    await server.stop();
    server = await startCouchServer({ admin: { name: 'ana', password: 'rahasia-sekali' } });
    team = `${server.url}/perpus`;
    authorization = `Basic ${btoa('ana:rahasia-sekali')}`;
    expect((await fetch(team, { method: 'PUT', headers: { authorization } })).status).toBe(201);

    const wrong = await sync.configure({
      url: server.url,
      database: 'perpus',
      username: 'ana',
      password: 'salah',
    });
    expect(wrong).toMatchObject({ connected: false, error: { code: 'unauthorized' } });

    const result = await sync.configure({
      url: `${server.url}/`,
      database: 'perpus',
      username: 'ana',
      password: 'rahasia-sekali',
    });
    expect(result.error).toBeUndefined();
    expect(result.connected).toBe(true);
    expect(await status()).toMatchObject({
      state: 'idle',
      server: { url: server.url, database: 'perpus', username: 'ana' },
      pending: 0,
    });
    expect((await serverDoc('brandKit:brand'))?.record).toMatchObject({ id: 'brand' });
    // The secret lives only in the background's own database.
    expect(JSON.stringify(await dumpAll(db))).not.toContain('rahasia-sekali');
    expect((await teamSyncConfigStore(background).get())?.password).toBe('rahasia-sekali');
  });

  it('syncs by itself shortly after a local edit', async () => {
    await sync.configure({ url: server.url, database: 'perpus' });
    const repos = createRepositories(db, { memberId: 'member-ana' });
    const set = await repos.hashtagSets.create({ name: 'Hari Anak', tags: ['HariAnak'] });
    sync.onLocalEdit();
    await expect
      .poll(async () => (await serverDoc(`hashtagSets:${set.id}`))?.record, { timeout: 5_000 })
      .toMatchObject({ name: 'Hari Anak', tags: ['HariAnak'] });
    await sync.idle();
    expect(await status()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('reports an unreachable server, keeps the edit pending, and retries until it is sent', async () => {
    await sync.configure({ url: server.url, database: 'perpus' });
    const repos = createRepositories(db, { memberId: 'member-ana' });
    const set = await repos.hashtagSets.create({ name: 'Bulan Bahasa', tags: ['BulanBahasa'] });
    await server.goDown();
    await sync.syncNow();
    const failed = await status();
    expect(failed).toMatchObject({ state: 'error', error: { code: 'unreachable' } });
    expect(failed?.pending).toBeGreaterThan(0);
    expect(failed?.nextRetryAt).toBeGreaterThan(0);
    expect(failed?.error?.message.en).toMatch(/can't be reached/);

    await server.comeBack();
    await expect.poll(async () => (await status())?.state, { timeout: 5_000 }).toBe('idle');
    expect(await status()).toMatchObject({ pending: 0 });
    expect((await serverDoc(`hashtagSets:${set.id}`))?.record).toMatchObject({
      name: 'Bulan Bahasa',
    });
  });

  it('a background that starts again syncs only when something was left undone', async () => {
    await sync.configure({ url: server.url, database: 'perpus' });
    await sync.stop(); // the worker stops
    const requests: string[] = [];
    server.onRequest((req) => void requests.push(`${req.method} ${req.url}`));

    // Started again a minute later (a page's draft save woke it): the last sync is recent.
    sync = createService();
    await sync.start();
    await sync.idle();
    expect(requests).toEqual([]);
    await sync.stop();

    // Started with a change waiting (the edit's sync went with the worker): it goes out now.
    const repos = createRepositories(db, { memberId: 'member-ana' });
    const set = await repos.hashtagSets.create({ name: 'Pekan Literasi', tags: ['Literasi'] });
    const base = (await status())!;
    await repos.settings.set('teamSyncStatus', { ...base, pending: 1 });
    sync = createService();
    await sync.start();
    await sync.idle();
    expect((await serverDoc(`hashtagSets:${set.id}`))?.record).toMatchObject({
      name: 'Pekan Literasi',
    });
    expect(await status()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('a background woken by "Sync now" does not sync twice', async () => {
    await sync.configure({ url: server.url, database: 'perpus' });
    await sync.stop();
    const infos: string[] = [];
    // The server holds the sync's first request until the start-up check has run, so that check
    // meets the sync under way however fast it would otherwise finish.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.onRequest((req) => {
      if (req.method !== 'GET' || req.url !== '/perpus/') return;
      infos.push(req.url);
      return held;
    });
    sync = createService();
    // The message runs first; the start-up check reads the status that sync has just written.
    const now = sync.syncNow();
    await expect.poll(async () => (await status())?.state).toBe('syncing');
    await sync.start();
    release();
    await now;
    await sync.idle();
    expect(infos).toHaveLength(1); // one sync asks the database's info once
    expect(await status()).toMatchObject({ state: 'idle', pending: 0 });
  });

  it('disconnects: status off, settings and replica gone, the library stays', async () => {
    await sync.configure({ url: server.url, database: 'perpus' });
    const before = await db.templates.count();
    expect(await sync.disconnect()).toMatchObject({ state: 'off', pending: 0 });
    expect(await teamSyncConfigStore(background).get()).toBeUndefined();
    expect(destroyed).toHaveLength(1);
    expect(await db.templates.count()).toBe(before);
    expect(await status()).toMatchObject({ state: 'off' });
  });
});
