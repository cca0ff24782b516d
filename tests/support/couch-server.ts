/**
 * A real CouchDB-protocol server for tests, the end-to-end run and the sync benchmark:
 * express-pouchdb (full mode, so `_security` and `validate_doc_update` are enforced) over
 * in-memory PouchDB. It can go down (the listening socket closes and open connections are cut,
 * data kept) and come back on the same port, to test what members see when the server vanishes.
 */
import type { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import type { PouchDatabase, PouchReplicationResult } from '@/lib/team-sync/engine/pouch';

const require = createRequire(import.meta.url);

type Doc = Record<string, unknown> & { _id: string; _rev: string };
type Written = { ok: boolean; id: string; rev: string };

/** A PouchDB database as the tests use it (PouchDB's own typings are left out, see pouch.ts). */
export interface TestPouch extends PouchDatabase {
  name: string;
  get(
    docId: string,
    options?: { conflicts?: boolean; rev?: string; revs?: boolean; open_revs?: 'all' },
  ): Promise<Doc & { _conflicts?: string[]; _deleted?: boolean }>;
  put(doc: object): Promise<Written>;
  remove(doc: { _id: string; _rev: string }): Promise<Written>;
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<Written[]>;
  allDocs(options?: {
    include_docs?: boolean;
    keys?: string[];
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
  }): Promise<{
    total_rows: number;
    rows: { id: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null }[];
  }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  replicate: {
    to(target: TestPouch | string, options?: object): PromiseLike<PouchReplicationResult>;
    from(source: TestPouch | string, options?: object): PromiseLike<PouchReplicationResult>;
  };
}

export interface TestPouchStatic {
  new (name: string, options?: Record<string, unknown>): TestPouch;
  defaults(options: Record<string, unknown>): TestPouchStatic;
  plugin(plugin: unknown): TestPouchStatic;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * PouchDB for Node with the memory and http adapters, replication and map/reduce. A plain
 * `new PouchDB('name')` is an in-memory database; `new PouchDB('http://…')` talks to a server.
 */
export const PouchDB = (require('pouchdb-core') as TestPouchStatic)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));
// Every database registers on the constructor; tests and the benchmark open many of them.
(PouchDB as unknown as EventEmitter).setMaxListeners(0);

/**
 * pouchdb-validation 4.2.0 (express-pouchdb's `validate_doc_update`) sets the incoming
 * document's `_revisions` to the stored document's before validating. A replicated update
 * (`_bulk_docs` with `new_edits: false`) then names a revision the server already has, and is
 * answered "ok" and dropped: with the team's validation installed, a member's change to an
 * existing document never reached the others (pouchdb/pouchdb-server#419, unfixed upstream).
 * CouchDB does not do this. The module is loaded here once, with the validation given a copy.
 */
function loadFixedValidation(): void {
  const file = require.resolve('pouchdb-validation', {
    paths: [path.dirname(require.resolve('express-pouchdb'))],
  });
  if (require.cache[file]) return;
  const broken = '  newDoc._revisions = (oldDoc || {})._revisions;';
  const source = readFileSync(file, 'utf8');
  if (!source.includes(broken))
    throw new Error(`pouchdb-validation changed (${file}): check pouchdb-server#419 again.`);
  const fixed = source.replace(
    broken,
    '  newDoc = Object.assign({}, newDoc, { _revisions: (oldDoc || {})._revisions });',
  );
  const loaded = new Module(file) as Module & {
    _compile(code: string, name: string): void;
  };
  loaded.filename = file;
  loaded.paths = (
    Module as unknown as { _nodeModulePaths(dir: string): string[] }
  )._nodeModulePaths(path.dirname(file));
  loaded._compile(fixed, file);
  loaded.loaded = true;
  require.cache[file] = loaded;
}

let serial = 0;

/** A unique name for an in-memory database (memory databases with equal names share data). */
export function memoryName(prefix = 'db'): string {
  serial += 1;
  return `${prefix}-${process.pid}-${serial}-${Math.random().toString(36).slice(2, 8)}`;
}

export interface CouchServerOptions {
  /** Answer CORS preflights and send CORS headers (for a page or extension in a browser). */
  cors?: boolean;
  /**
   * Create this server admin, ending the "admin party" (by default everyone is admin and only
   * unknown credentials get 401). Then send credentials with every request: express-pouchdb
   * mishandles some anonymous requests once an admin exists.
   */
  admin?: { name: string; password: string };
  /**
   * Answer `_bulk_get` with 400 Bad Request, as CouchDB before 2.0 and some hosted
   * CouchDB-protocol services do (apache/pouchdb#4435, Aam-Digital/ndb-core#175; CouchDB's own
   * replicator expects 400 or 500 from such servers, apache/couchdb#4144).
   */
  withoutBulkGet?: boolean;
}

/**
 * Sees every request before the server does (a test can cut the server mid-replication). A
 * returned promise holds the request until it settles (a test can act "during" a sync).
 */
export type RequestListener = (req: IncomingMessage) => void | Promise<unknown>;

export interface CouchServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  /** PouchDB (memory + http adapters) for plain clients in the test. */
  PouchDB: TestPouchStatic;
  /** Register a listener for every incoming request; returns a function that removes it. */
  onRequest(listener: RequestListener): () => void;
  /** Closes the listening socket and destroys open connections; the data stays. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  /** Shuts down for good. */
  stop(): Promise<void>;
}

function corsHeaders(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE, COPY, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    'Accept, Authorization, Content-Type, Origin, Referer, X-Requested-With, If-Match, Destination',
  );
  res.setHeader('Access-Control-Expose-Headers', 'Content-Type, ETag, Cache-Control');
  res.setHeader('Access-Control-Max-Age', '600');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Starts a fresh, empty server on a free port ("admin party" unless `admin` is given). */
export async function startCouchServer(options: CouchServerOptions = {}): Promise<CouchServer> {
  const id = memoryName('couch');
  // A per-server prefix keeps its databases apart from clients' and other servers' memory dbs.
  const ServerPouch = PouchDB.defaults({ adapter: 'memory', prefix: `${id}/` });
  (ServerPouch as unknown as EventEmitter).setMaxListeners(0);
  loadFixedValidation();
  const expressPouchDb = require('express-pouchdb') as (
    pouch: TestPouchStatic,
    opts: Record<string, unknown>,
  ) => Handler;
  const app = expressPouchDb(ServerPouch, {
    inMemoryConfig: true,
    logPath: path.join(os.tmpdir(), `sapa-${id}.log`),
  });

  const listeners = new Set<RequestListener>();
  const sockets = new Set<Socket>();
  const handle: Handler = (req, res) => {
    if (req.socket.destroyed) return;
    if (options.cors) {
      corsHeaders(req, res);
      if (req.method === 'OPTIONS') {
        res.statusCode = 204;
        res.end();
        return;
      }
    }
    if (options.withoutBulkGet && /\/_bulk_get(\?|$)/.test(req.url ?? '')) {
      res.statusCode = 400;
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          error: 'bad_request',
          reason: 'Only reserved document ids may start with underscore.',
        }),
      );
      return;
    }
    app(req, res);
  };
  const server = createServer((req, res) => {
    const held = [...listeners]
      .map((listener) => listener(req))
      .filter((r) => r instanceof Promise);
    if (!held.length) return handle(req, res);
    void Promise.allSettled(held).then(() => handle(req, res));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const port = await listen(server, 0);
  let up = true;
  if (options.admin) {
    const res = await fetch(
      `http://127.0.0.1:${port}/_config/admins/${encodeURIComponent(options.admin.name)}`,
      { method: 'PUT', body: JSON.stringify(options.admin.password) },
    );
    if (!res.ok) throw new Error(`Could not create the test server's admin: HTTP ${res.status}`);
  }

  async function goDown(): Promise<void> {
    if (!up) return;
    up = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    await closed;
  }

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    PouchDB,
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    goDown,
    async comeBack() {
      if (up) return;
      await listen(server, port);
      up = true;
    },
    async stop() {
      listeners.clear();
      await goDown();
    },
  };
}
