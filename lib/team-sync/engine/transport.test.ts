// @vitest-environment node
/**
 * Transport alone: a memory replica and a real CouchDB-protocol server (express-pouchdb in
 * memory), no app database.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  memoryName,
  startCouchServer,
  type CouchServer,
  type TestPouch,
} from '@/tests/support/couch-server';
import { openLedger, recordExchange, saveLedger } from './ledger';
import { newTally, type SyncRun } from './run';
import { missingRevisions } from './pull';
import { checkServer, knownServer, pull, pullFrom, push, replicateTo } from './transport';

let server: CouchServer;
let teamUrl: string;
const opened: TestPouch[] = [];

function open(name: string, options?: Record<string, unknown>): TestPouch {
  const db = new server.PouchDB(name, options);
  opened.push(db);
  return db;
}

function remoteAt(url: string, auth?: { username: string; password: string }): TestPouch {
  return open(url, { skip_setup: true, ...(auth ? { auth } : {}) });
}

function setDoc(id: string, name: string) {
  return {
    _id: `hashtagSets:${id}`,
    sapa: 1,
    table: 'hashtagSets',
    record: { id, name, tags: ['Baca'], updatedAt: 1, updatedBy: 'ana', deleted: false },
  };
}

/**
 * `set_1` edited on two branches from its first version (Ana's `2-aaa…`, Budi's `2-bbb…`), as two
 * members' edits meet; returns the first version.
 */
async function inConflict(db: TestPouch): Promise<{ rev: string }> {
  const base = await db.put(setDoc('set_1', 'Awal'));
  const branch = (name: string, hash: string) => ({
    ...setDoc('set_1', name),
    _rev: `2-${hash}`,
    _revisions: { start: 2, ids: [hash, base.rev.slice(2)] },
  });
  await db.bulkDocs([branch('Ana', 'a'.repeat(32)), branch('Budi', 'b'.repeat(32))], {
    new_edits: false,
  });
  return base;
}

beforeEach(async () => {
  server = await startCouchServer();
  teamUrl = `${server.url}/team`;
  expect((await fetch(teamUrl, { method: 'PUT' })).status).toBe(201);
});

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close().catch(() => undefined);
  await server.stop();
});

describe('checkServer', () => {
  it('passes for a reachable team database', async () => {
    await expect(checkServer(remoteAt(teamUrl))).resolves.toMatchObject({ db_name: 'team' });
  });

  it('names a server that is not there', async () => {
    const remote = remoteAt(teamUrl);
    await server.goDown();
    await expect(checkServer(remote)).rejects.toMatchObject({
      name: 'SyncError',
      code: 'unreachable',
    });
  });
});

describe('pulling', () => {
  it('names a missing database', async () => {
    const replica = open(memoryName('replica-transport'));
    const remote = remoteAt(`${server.url}/no-such-team`);
    await expect(pullFrom(replica, remote)).rejects.toMatchObject({
      name: 'SyncError',
      code: 'no-database',
    });
  });

  it('names refused credentials', async () => {
    const replica = open(memoryName('replica-transport'));
    const remote = remoteAt(teamUrl, { username: 'stranger', password: 'salah' });
    await expect(pullFrom(replica, remote)).rejects.toMatchObject({
      name: 'SyncError',
      code: 'unauthorized',
      userMessage: { en: expect.stringContaining('user name or password') },
    });
  });
});

describe('replication', () => {
  it('counts what arrives and what is sent', async () => {
    const team = remoteAt(teamUrl);
    await team.bulkDocs([setDoc('set_1', 'Satu'), setDoc('set_2', 'Dua')]);
    const replica = open(memoryName('replica-transport'));

    expect((await pullFrom(replica, team)).written).toBe(2);
    await replica.put(setDoc('set_3', 'Tiga'));
    expect(await replicateTo(replica, team)).toEqual({ written: 1, refused: [] });
  });

  it('fails as unreachable when the server is gone', async () => {
    const replica = open(memoryName('replica-transport'));
    await replica.put(setDoc('set_1', 'Satu'));
    const team = remoteAt(teamUrl);
    await server.goDown();
    await expect(replicateTo(replica, team)).rejects.toMatchObject({ code: 'unreachable' });
    await expect(pullFrom(replica, team)).rejects.toMatchObject({ code: 'unreachable' });
  });

  it('sends named documents reading only them, not the replica’s whole change feed', async () => {
    const replica = open(memoryName('replica-push-named'));
    const team = remoteAt(teamUrl);
    await replica.bulkDocs(Array.from({ length: 50 }, (_, i) => setDoc(`set_${i}`, `Set ${i}`)));
    await replicateTo(replica, team);
    const doc = await replica.get('hashtagSets:set_7');
    await replica.put({ ...doc, record: { ...setDoc('set_7', 'Diubah').record, updatedAt: 2 } });
    let feedReads = 0;
    const changes = replica.changes.bind(replica);
    replica.changes = ((options: Parameters<typeof changes>[0]) => {
      feedReads += 1;
      return changes(options);
    }) as typeof replica.changes;

    expect(await replicateTo(replica, team, ['hashtagSets:set_7'])).toEqual({
      written: 1,
      refused: [],
    });
    expect(feedReads).toBe(0);
    expect((await team.get('hashtagSets:set_7')).record).toMatchObject({ name: 'Diubah' });
  });

  it('sends the deletion of a conflict’s losing version, so the server holds no conflict', async () => {
    const replica = open(memoryName('replica-push-loser'));
    const team = remoteAt(teamUrl);
    await inConflict(replica);
    await replicateTo(replica, team);
    expect((await team.get('hashtagSets:set_1', { conflicts: true }))._conflicts).toHaveLength(1);

    await replica.remove({ _id: 'hashtagSets:set_1', _rev: `2-${'a'.repeat(32)}` });
    expect(await replicateTo(replica, team, ['hashtagSets:set_1'])).toEqual({
      written: 1,
      refused: [],
    });
    const onServer = await team.get('hashtagSets:set_1', { conflicts: true });
    expect(onServer._rev).toBe(`2-${'b'.repeat(32)}`);
    expect(onServer._conflicts).toBeUndefined();
  });

  it('push keeps refused documents pending and reports them; the rest is done', async () => {
    const rule = `function (newDoc) {
      if (newDoc.record && newDoc.record.name === 'Rahasia') throw({ forbidden: 'no secrets' });
    }`;
    const ddoc = await fetch(`${teamUrl}/_design/house-rules`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ validate_doc_update: rule }),
    });
    expect(ddoc.status).toBe(201);
    const replica = open(memoryName('replica-transport'));
    await replica.bulkDocs([setDoc('set_open', 'Terbuka'), setDoc('set_secret', 'Rahasia')]);
    const run: SyncRun = {
      db: undefined as never, // pushing never reads the app's tables
      replica,
      remote: remoteAt(teamUrl),
      now: () => 0,
      ledger: await openLedger(replica),
      tally: newTally(),
    };
    recordExchange(run.ledger, 'hashtagSets:set_open', { sig: '1|ana|false', rev: '1-a' });
    recordExchange(run.ledger, 'hashtagSets:set_secret', { sig: '1|ana|false', rev: '1-b' });
    run.ledger.unpushed = new Set(['hashtagSets:set_open', 'hashtagSets:set_secret']);

    await push(run);

    expect(run.tally.pushed).toBe(1);
    expect([...run.tally.skipped.keys()]).toEqual(['hashtagSets:set_secret']);
    expect(run.tally.skipped.get('hashtagSets:set_secret')?.en).toBe(
      "The server refused this change (it doesn't meet the team database's rules).",
    );
    const saved = await openLedger(replica);
    expect([...saved.unpushed]).toEqual(['hashtagSets:set_secret']);
    // Its signature is forgotten, so the next export sends it again.
    expect(saved.entries['hashtagSets:set_secret']).toEqual({ rev: '1-b' });
    expect(saved.entries['hashtagSets:set_open']).toEqual({ sig: '1|ana|false', rev: '1-a' });
  });
});

describe('pull', () => {
  async function pullRun(replica: TestPouch, remote: TestPouch): Promise<SyncRun> {
    return {
      db: undefined as never, // pulling never reads the app's tables
      replica,
      remote,
      now: () => 0,
      ledger: await openLedger(replica),
      tally: newTally(),
    };
  }
  /** The `since` of each page of changes the server is asked for during `action`. */
  async function changesAskedSince(action: () => Promise<unknown>): Promise<string[]> {
    const asked: string[] = [];
    const stop = server.onRequest((req) => {
      const url = new URL(req.url ?? '/', server.url);
      if (url.pathname.endsWith('/_changes')) asked.push(url.searchParams.get('since') ?? '');
    });
    try {
      await action();
    } finally {
      stop();
    }
    return asked;
  }

  it('goes on from where the last pull got to, kept in the saved ledger', async () => {
    const team = remoteAt(teamUrl);
    await team.bulkDocs([setDoc('set_1', 'Satu'), setDoc('set_2', 'Dua')]);
    const replica = open(memoryName('replica-pull'));
    const run = await pullRun(replica, team);
    await pull(run, await checkServer(team));
    expect(run.tally.pulled).toBe(2);
    await saveLedger(replica, run.ledger); // as the apply of what arrived does

    await team.put(setDoc('set_3', 'Tiga'));
    const again = await pullRun(replica, team);
    expect(await changesAskedSince(async () => pull(again, await checkServer(team)))).toEqual([
      '2',
    ]);
    expect(again.tally.pulled).toBe(1);
    await saveLedger(replica, again.ledger);

    // The server's changes are this member's own, just pushed: nothing arrives, and the pull
    // saves how far it read itself (no apply will).
    await replica.put(setDoc('set_4', 'Empat'));
    await replicateTo(replica, team);
    const own = await pullRun(replica, team);
    await pull(own, await checkServer(team));
    expect(own.tally.pulled).toBe(0);
    expect((await openLedger(replica)).pulledSeq).toBe(4);
  });

  it('reads from the start a database deleted and made again under the same name', async () => {
    const team = remoteAt(teamUrl);
    await team.bulkDocs([1, 2, 3, 4].map((i) => setDoc(`set_${i}`, `Lama ${i}`)));
    const replica = open(memoryName('replica-pull-again'));
    const first = await pullRun(replica, team);
    await pull(first, await checkServer(team));
    await saveLedger(replica, first.ledger);
    expect((await openLedger(replica)).pulledSeq).toBe(4);

    expect((await fetch(teamUrl, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(teamUrl, { method: 'PUT' })).status).toBe(201);
    await team.put(setDoc('set_baru', 'Baru'));
    const run = await pullRun(replica, team);
    await pull(run, await checkServer(team));
    expect(run.tally.pulled).toBe(1);
    expect(await replica.get('hashtagSets:set_baru')).toMatchObject({ record: { name: 'Baru' } });
  });

  it('brings every version of a document in conflict on the server, with its history', async () => {
    const team = remoteAt(teamUrl);
    const base = await inConflict(team);
    const replica = open(memoryName('replica-pull-conflict'));
    expect((await pullFrom(replica, team)).written).toBe(2);
    const held = await replica.get('hashtagSets:set_1', { conflicts: true });
    expect([held._rev, ...(held._conflicts ?? [])].sort()).toEqual([
      `2-${'a'.repeat(32)}`,
      `2-${'b'.repeat(32)}`,
    ]);
    const history = await replica.get('hashtagSets:set_1', { revs: true });
    expect((history as { _revisions?: { ids: string[] } })._revisions?.ids).toContain(
      base.rev.slice(2),
    );
  });
});

/** Counts the documents whose revision tree the replica's own `revsDiff` reads. */
function countTreeReads(replica: TestPouch): { count: number } {
  const reads = { count: 0 };
  const revsDiff = replica.revsDiff.bind(replica);
  replica.revsDiff = ((request: Record<string, string[]>) => {
    reads.count += Object.keys(request).length;
    return revsDiff(request);
  }) as typeof replica.revsDiff;
  return reads;
}

describe('missingRevisions', () => {
  it('answers as the replica’s own revsDiff, for documents it holds, deleted, or never had', async () => {
    const replica = open(memoryName('replica-missing'));
    const kept = await replica.put(setDoc('set_kept', 'Tetap'));
    const gone = await replica.put(setDoc('set_gone', 'Hapus'));
    const deleted = await replica.put({ _id: gone.id, _rev: gone.rev, _deleted: true });
    const current = await replica.put(setDoc('set_current', 'Terkini'));
    const request = {
      [kept.id]: [kept.rev, '2-abc'],
      [gone.id]: [deleted.rev, '3-def'],
      [current.id]: [current.rev],
      'hashtagSets:set_new': ['1-aaa', '2-bbb'],
    };
    const { missing: answer } = await missingRevisions(replica, request);
    expect(answer).toEqual(await replica.revsDiff(request));
    expect(answer).toEqual({
      [kept.id]: { missing: ['2-abc'] },
      [gone.id]: { missing: ['3-def'] },
      'hashtagSets:set_new': { missing: ['1-aaa', '2-bbb'] },
    });
  });

  it('lets a new member’s pull skip the replica’s revision-tree reads', async () => {
    const team = remoteAt(teamUrl);
    await team.bulkDocs(Array.from({ length: 30 }, (_, i) => setDoc(`set_${i}`, `Set ${i}`)));
    const replica = open(memoryName('replica-first-pull'));
    const reads = countTreeReads(replica);
    expect((await pullFrom(replica, team)).written).toBe(30);
    expect(reads.count).toBe(0);
    expect((await replica.allDocs()).total_rows).toBe(30);

    const doc = await team.get('hashtagSets:set_3');
    await team.put({ ...doc, record: { ...setDoc('set_3', 'Diubah').record, updatedAt: 2 } });
    expect((await pullFrom(replica, team)).written).toBe(1);
    expect(reads.count).toBe(1); // a document it holds: its tree, as before
    const pulled = await replica.get('hashtagSets:set_3');
    expect(pulled.record).toMatchObject({ name: 'Diubah' });
  });

  it('reads no revision tree for documents the replica holds as they are (after a push)', async () => {
    const replica = open(memoryName('replica-after-push'));
    const team = remoteAt(teamUrl);
    const written = await replica.bulkDocs(
      Array.from({ length: 20 }, (_, i) => setDoc(`set_sent_${i}`, `Terkirim ${i}`)),
    );
    await replicateTo(replica, team);
    const reads = countTreeReads(replica);
    // The server lists the documents just sent as changes; the pull finds them all held.
    expect((await pullFrom(replica, team)).written).toBe(0);
    expect(reads.count).toBe(0);
    // A request naming the current revision and another one still reads that tree.
    const first = written[0]!;
    const { missing: answer } = await missingRevisions(replica, {
      [first.id]: [first.rev, '2-zzz'],
    });
    expect(answer).toEqual({ [first.id]: { missing: ['2-zzz'] } });
    expect(reads.count).toBe(1);
  });
  it('reads nothing of the replica for documents at the revision last exchanged', async () => {
    const replica = open(memoryName('replica-known'));
    const team = remoteAt(teamUrl);
    const written = await replica.bulkDocs(
      Array.from({ length: 20 }, (_, i) => setDoc(`set_known_${i}`, `Dikenal ${i}`)),
    );
    await replicateTo(replica, team);
    const exchanged = new Map(written.map((result) => [result.id!, result.rev!]));
    // A teammate's edit of one of them comes in among the documents just sent.
    const doc = (await team.get('hashtagSets:set_known_3')) as Record<string, unknown>;
    await team.put({ ...doc, label: 'Diubah rekan' });
    const lookups: string[][] = [];
    const allDocs = replica.allDocs.bind(replica);
    replica.allDocs = ((options: { keys?: string[] }) => {
      lookups.push(options.keys ?? []);
      return allDocs(options);
    }) as typeof replica.allDocs;
    const reads = countTreeReads(replica);
    const pulled = await pullFrom(replica, team, 0, (id) => exchanged.get(id));
    expect(pulled.written).toBe(1);
    expect(lookups).toEqual([['hashtagSets:set_known_3']]);
    expect(reads.count).toBe(1);
    expect(((await replica.get('hashtagSets:set_known_3')) as { label?: string }).label).toBe(
      'Diubah rekan',
    );
  });
});

describe('a server without _bulk_get', () => {
  it('is pulled from by reading each revision, conflicts and history included', async () => {
    const older = await startCouchServer({ withoutBulkGet: true });
    try {
      const url = `${older.url}/team`;
      expect((await fetch(url, { method: 'PUT' })).status).toBe(201);
      const remote = open(url, { skip_setup: true });
      await remote.bulkDocs([setDoc('set_a', 'Satu'), setDoc('set_b', 'Dua')]);
      await inConflict(remote);
      const requests: string[] = [];
      older.onRequest(
        (req) =>
          void requests.push(`${req.method} ${decodeURIComponent(req.url?.split('?')[0] ?? '')}`),
      );
      const replica = open(memoryName('replica-older-server'));

      const pulled = await pullFrom(replica, remote);
      expect(pulled.written).toBe(4); // set_a, set_b, and both versions of set_1
      expect(requests).toContain('POST /team/_bulk_get'); // asked once, refused
      // Then each document's revisions, as PouchDB's replication did before CouchDB 2.
      expect(requests.filter((r) => r.startsWith('GET /team/hashtagSets:')).sort()).toEqual([
        'GET /team/hashtagSets:set_1',
        'GET /team/hashtagSets:set_a',
        'GET /team/hashtagSets:set_b',
      ]);
      const conflicted = await replica.get('hashtagSets:set_1', { conflicts: true });
      expect([conflicted._rev, ...(conflicted._conflicts ?? [])].sort()).toEqual([
        `2-${'a'.repeat(32)}`,
        `2-${'b'.repeat(32)}`,
      ]);
      const history = (await replica.get('hashtagSets:set_1', { revs: true })) as {
        _revisions?: { ids: string[] };
      };
      expect(history._revisions?.ids).toHaveLength(2);
      const setB = (await replica.get('hashtagSets:set_b')) as unknown as {
        record: { name: string };
      };
      expect(setB.record.name).toBe('Dua');
    } finally {
      await older.stop();
    }
  });
});

describe('knownServer', () => {
  it('answers the info itself and hands everything else over as it is', async () => {
    const remote = remoteAt(teamUrl);
    const info = { db_name: 'team', update_seq: 0 };
    const seen = knownServer(remote, info);
    await expect(seen.info()).resolves.toBe(info);
    await expect(seen.id()).resolves.toBe(await remote.id());
    expect(seen.constructor).toBe(remote.constructor);
    await expect(seen.get('missing')).rejects.toMatchObject({ status: 404 });
  });

  it('reads a checkpoint from the server once, and again after a write it refused', async () => {
    const remote = remoteAt(teamUrl);
    await remote.put({ _id: '_local/checkpoint', last_seq: 1 });
    const seen = knownServer(remote, {});
    const reads: string[] = [];
    const stop = server.onRequest((req) => {
      if (req.method === 'GET' && req.url?.includes('_local/checkpoint')) reads.push(req.url);
    });
    try {
      const first = (await seen.get('_local/checkpoint')) as { _rev: string; last_seq: number };
      expect(first.last_seq).toBe(1);
      await expect(seen.get('_local/checkpoint')).resolves.toEqual(first);
      expect(reads).toHaveLength(1);
      // A write: the next read answers with its revision, from memory.
      const written = await seen.put({ ...first, last_seq: 2 });
      await expect(seen.get('_local/checkpoint')).resolves.toMatchObject({
        _rev: written.rev,
        last_seq: 2,
      });
      expect(reads).toHaveLength(1);
      // Written meanwhile by someone else: the write is refused, the next read asks the server.
      await remote.put({ ...(await remote.get('_local/checkpoint')), last_seq: 3 });
      await expect(seen.put({ ...first, _rev: written.rev, last_seq: 4 })).rejects.toMatchObject({
        status: 409,
      });
      await expect(seen.get('_local/checkpoint')).resolves.toMatchObject({ last_seq: 3 });
      expect(reads).toHaveLength(3);
      // Documents of the team and reads with options go to the server every time.
      await remote.put({ _id: 'doc', n: 1 });
      await seen.get('doc');
      const getWith = seen.get as (...args: unknown[]) => Promise<object>;
      await getWith('_local/checkpoint', { revs: true });
      expect(reads).toHaveLength(4);
    } finally {
      stop();
    }
  });
});
