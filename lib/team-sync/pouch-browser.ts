/**
 * PouchDB as the extension runs it: this member's replica in the extension's own IndexedDB
 * (the `idb` adapter, which works in an MV3 service worker and in Firefox's background page)
 * and the team database over HTTP with the background's fetch.
 */
import PouchDB from 'pouchdb-browser';
import type { Credentials, ReplicaFactory } from './service';
import { teamServerFetch } from './server-fetch';

/**
 * `id()` is on every PouchDB database (replication names its checkpoints with it) but missing
 * from @types/pouchdb-core; the sync engine calls it too.
 */
type Db = PouchDB.Database & { id(): Promise<string> };

export const browserReplicas: ReplicaFactory<Db, Db> = {
  openLocal(name) {
    // auto_compaction: old revisions of edited records do not pile up in the replica.
    return new PouchDB(name, { adapter: 'idb', auto_compaction: true }) as Db;
  },
  openRemote(url, credentials?: Credentials) {
    // skip_setup: a member must not create the team database by mistyping its name.
    // fetch: no redirect is followed, so the password goes only to the server named.
    return new PouchDB(url, {
      skip_setup: true,
      fetch: teamServerFetch(),
      ...(credentials ? { auth: credentials } : {}),
    }) as Db;
  },
  async close(db) {
    await db.close();
  },
  async destroyLocal(name) {
    await new PouchDB(name, { adapter: 'idb' }).destroy();
  },
};
