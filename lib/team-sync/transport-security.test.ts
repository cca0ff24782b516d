// @vitest-environment node
/**
 * Where the team password may go: `https://`, or `http://` to this computer only, and never on
 * through a redirect. Against the CouchDB-protocol test server, which records every request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SapaDb } from '@/lib/db';
import { SapaRequestError } from '@/lib/messaging/errors';
import { freshDb } from '@/tests/support/db';
import {
  memoryName,
  startCouchServer,
  type CouchServer,
  type TestPouch,
} from '@/tests/support/couch-server';
import { createCouchSync } from './engine/index';
import { teamSyncHandlers } from './handlers';
import { checkServerUrl } from './server-url';
import { createTeamSync, type ReplicaFactory, type TeamSync } from './service';
import { BackgroundDb, teamSyncConfigStore } from './store';

const ADMIN = { name: 'ana', password: 'kata-sandi-rahasia' };

let server: CouchServer;
let seen: IncomingMessage[];
let db: SapaDb;
let background: BackgroundDb;
let sync: TeamSync;

function replicas(): ReplicaFactory<TestPouch, TestPouch> {
  return {
    openLocal: () => new server.PouchDB(memoryName('local')),
    openRemote: (url, credentials) =>
      new server.PouchDB(url, { skip_setup: true, ...(credentials ? { auth: credentials } : {}) }),
    close: async () => undefined,
    destroyLocal: async () => undefined,
  };
}

beforeEach(async () => {
  server = await startCouchServer({ admin: ADMIN });
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const made = await fetch(`${server.url}/perpus`, {
    method: 'PUT',
    headers: { authorization: auth },
  });
  expect(made.status).toBe(201);
  seen = [];
  server.onRequest((req) => {
    seen.push(req);
  });
  db = freshDb('team-sync-transport');
  background = new BackgroundDb(memoryName('sapa-background'));
  sync = createTeamSync({
    db,
    memberId: async () => 'member-ana',
    config: teamSyncConfigStore(background),
    replicas: replicas(),
    createEngine: createCouchSync,
    retryDelaysMs: [50],
    log: () => undefined,
  });
});

afterEach(async () => {
  await sync.stop();
  db.close();
  background.close();
  await server.stop();
});

describe('the team server address', () => {
  it.each([
    ['http://couch.perpustakaan.example', 'insecure'],
    ['http://192.168.1.20:5984', 'insecure'],
    ['http://127.0.0.2:5984', 'insecure'],
    ['ftp://couch.example', 'malformed'],
    ['https://ana:rahasia@couch.example', 'malformed'],
  ])('%s is refused (%s)', (url, problem) => {
    expect(checkServerUrl(url)).toMatchObject({ ok: false, problem });
  });

  it.each([
    'https://couch.perpustakaan.example',
    'http://localhost:5984',
    'http://127.0.0.1:5984',
    'http://[::1]:5984',
  ])('%s is accepted', (url) => {
    expect(checkServerUrl(url).ok).toBe(true);
  });

  it('refuses http:// to another computer with a password, in both languages, before any request', async () => {
    const configure = teamSyncHandlers(sync)['sync.configure'];
    const refused = await configure({
      url: 'http://couch.perpustakaan.example:5984',
      database: 'perpus',
      username: ADMIN.name,
      password: ADMIN.password,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SapaRequestError);
    const { error } = refused as SapaRequestError;
    expect(error).toMatchObject({ code: 'invalid', key: 'sync.couch.insecureUrl' });
    expect(error.message.en).toMatch(/https:\/\//);
    expect(error.message.id).toMatch(/kata sandi/);
    expect(await teamSyncConfigStore(background).get()).toBeUndefined();
    expect(seen).toHaveLength(0);
  });

  it('connects to a server on this computer over http:// with the password', async () => {
    const configure = teamSyncHandlers(sync)['sync.configure'];
    const result = await configure({
      url: server.url,
      database: 'perpus',
      username: ADMIN.name,
      password: ADMIN.password,
    });
    expect(result.connected).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('a redirect from the team server', () => {
  let relay: Server;
  let relayUrl: string;

  beforeEach(async () => {
    // Something between Sapa and the server sends every request on to another host
    // (`localhost` is not the `127.0.0.1` the person named, and was never granted).
    relay = createServer((req, res) => {
      res.writeHead(307, { location: `http://localhost:${server.port}${req.url ?? '/'}` });
      res.end();
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    const address = relay.address();
    relayUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterEach(async () => {
    await new Promise((resolve) => relay.close(resolve));
  });

  it('is not followed: the other host never gets a request, nor the password', async () => {
    // The extension's own replica factory; pouchdb-browser looks for the worker's `self`.
    (globalThis as { self?: unknown }).self ??= globalThis;
    const { browserReplicas } = await import('./pouch-browser');
    const remote = browserReplicas.openRemote(`${relayUrl}/perpus`, {
      username: ADMIN.name,
      password: ADMIN.password,
    });
    await expect(remote.info()).rejects.toBeDefined();
    expect(seen).toHaveLength(0);
    await browserReplicas.close(remote).catch(() => undefined);
  });
});
