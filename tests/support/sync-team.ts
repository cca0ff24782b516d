/**
 * A team for team sync's engine tests: a CouchDB-protocol server started before each test with
 * one empty team database (optionally with Sapa's `validate_doc_update`), members that are each
 * a Dexie database plus a memory PouchDB replica, and everything closed after each test.
 * Call `syncTeamForEachTest` at a test file's top level: it registers the `beforeEach`/`afterEach`.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db';
import type { SapaDb } from '@/lib/db/schema';
import type { ConflictRecord } from '@/lib/db/types';
import { createCouchSync, VALIDATE_DOC_UPDATE } from '@/lib/team-sync/engine';
import { memoryName, startCouchServer, type CouchServer, type TestPouch } from './couch-server';
import { freshDb } from './db';

export interface SyncMember {
  name: string;
  db: SapaDb;
  /** The member's own replica. */
  local: TestPouch;
  repos: Repositories;
  sync: ReturnType<typeof createCouchSync>;
}

export interface SyncTeamOptions {
  /** The clock every member's records and syncs read. */
  now: () => number;
  /** Install Sapa's `_design/sapa` (what `npm run sync:setup` puts on a real team database). */
  validate?: boolean;
}

export function syncTeamForEachTest(options: SyncTeamOptions) {
  let server: CouchServer;
  let url: string;
  const opened: { db?: SapaDb; pouches: TestPouch[] }[] = [];

  const team = {
    /** The test server (stop it, watch its requests). */
    get server(): CouchServer {
      return server;
    },
    /** The team database's address. */
    get url(): string {
      return url;
    },
    /** Creates another (empty) database on the server; returns its address. */
    async createDb(name = memoryName('team').toLowerCase()): Promise<string> {
      const res = await fetch(`${server.url}/${name}`, { method: 'PUT' });
      expect(res.status).toBe(201);
      return `${server.url}/${name}`;
    },
    /** A member syncing with the team database (or the one at `at`). */
    member(name: string, at = url): SyncMember {
      const db = freshDb(`member-${name}`);
      const local = team.pouch(`replica-${name}`);
      const remote = team.remote(at);
      opened.push({ db, pouches: [] });
      return {
        name,
        db,
        local,
        repos: createRepositories(db, { memberId: name, now: options.now }),
        sync: createCouchSync({ db, local, remote, memberId: name, now: options.now }),
      };
    },
    /** A memory PouchDB, closed after the test. */
    pouch(name: string): TestPouch {
      const pouch = new server.PouchDB(memoryName(name));
      opened.push({ pouches: [pouch] });
      return pouch;
    },
    /** A PouchDB client of the team database (or the one at `at`), closed after the test. */
    remote(at = url, extra: Record<string, unknown> = {}): TestPouch {
      const remote = new server.PouchDB(at, { skip_setup: true, ...extra });
      opened.push({ pouches: [remote] });
      return remote;
    },
    /** A Dexie database the test set up itself, closed and deleted after the test. */
    track(db: SapaDb): void {
      opened.push({ db, pouches: [] });
    },
  };

  beforeEach(async () => {
    server = await startCouchServer();
    url = await team.createDb();
    if (options.validate) {
      const design = await fetch(`${url}/_design/sapa`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ validate_doc_update: VALIDATE_DOC_UPDATE }),
      });
      expect(design.status).toBe(201);
    }
  });

  afterEach(async () => {
    // Pouches first: a member's replica and remote, then its database.
    const all = opened.splice(0);
    for (const { pouches } of all) for (const p of pouches) await p.close().catch(() => undefined);
    for (const { db } of all) {
      if (!db) continue;
      db.close();
      await db.delete();
    }
    await server.stop();
  });

  return team;
}

/** The conflicts team sync logged on a member (not those of pack imports or restores). */
export async function syncLog(m: { db: SapaDb }): Promise<ConflictRecord[]> {
  return (await m.db.conflicts.toArray()).filter((c) => c.source === 'sync');
}

/** Gives a member `count` templates ("Templat 0", "Templat 1", …), in one transaction. */
export async function createTemplates(m: SyncMember, count: number): Promise<void> {
  await m.db.transaction('rw', m.db.templates, async () => {
    for (let i = 0; i < count; i++) {
      await m.repos.templates.create({
        name: `Templat ${i}`,
        category: 'acara',
        body: `Isi templat nomor ${i}.`,
        locale: 'id',
      });
    }
  });
}
