// @vitest-environment node
/**
 * Incremental team sync (issue #14, item 10): a sync reads only the records changed since the
 * previous look (the `updatedAt` index) and keeps its ledger in memory, instead of reading every
 * shared record every time. These check that it reaches the same state as before: after a remote
 * change, a local change, a deletion, a conflict and a first sync of many documents, each member
 * holds what a newcomer reading everything gets from the server, and nothing is left pending.
 * Members are Dexie (fake-indexeddb) plus a memory replica against the test CouchDB server.
 */
import { describe, expect, it } from 'vitest';
import type { SharedTableName } from '@/lib/db/types';
import { applyImport, exportPack, packToJson, previewImport } from '@/lib/exchange/pack';
import { createRepositories } from '@/lib/db';
import { fakeClock, freshDb } from '@/tests/support/db';
import { syncLog, syncTeamForEachTest, type SyncMember as Member } from '@/tests/support/sync-team';
import { contentKey, toDoc, type SyncRecord } from './docs';
import { FULL_LOOK_EVERY_MS, type LookMemory } from './look';
import { createCouchSync, docIdFor } from '.';

const clock = fakeClock(1_760_000_000_000);
const team = syncTeamForEachTest({ now: clock.now });
const member = (name: string): Member => team.member(name);

const SHARED: SharedTableName[] = ['templates', 'hashtagSets', 'hashtags'];

async function shared(m: Member): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of SHARED) {
    const rows = (await m.db.table(table).toArray()) as Record<string, unknown>[];
    out[table] = rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return out;
}

/** A newcomer's first sync reads everything the server has: the state every member must reach. */
async function expectSameAsNewcomer(...members: Member[]): Promise<void> {
  const newcomer = member(`newcomer-${Math.random().toString(36).slice(2, 6)}`);
  await newcomer.sync.runOnce();
  const expected = await shared(newcomer);
  for (const m of members) {
    expect(await shared(m)).toEqual(expected);
    expect(await m.sync.pendingCount()).toBe(0);
  }
}

function teamSet(i: number, updatedAt: number): SyncRecord {
  return {
    id: `set_team_${i}`,
    name: `Set tim ${i}`,
    tags: [`Tag${i}`, 'Perpustakaan'],
    updatedAt,
    updatedBy: 'kepala',
    deleted: false,
  };
}

describe('incremental team sync reaches the same state as reading everything', () => {
  it('a first sync of many documents, then a remote change, a local change and a deletion', async () => {
    const remote = team.remote();
    const docs = Array.from({ length: 400 }, (_, i) =>
      toDoc('hashtagSets', teamSet(i, clock.now() - i)),
    );
    await remote.bulkDocs(docs);
    const ana = member('ana');
    const budi = member('budi');

    const first = await ana.sync.runOnce();
    expect(first.pulled).toBe(400);
    expect(await ana.db.hashtagSets.count()).toBe(400);
    await budi.sync.runOnce();
    await expectSameAsNewcomer(ana, budi);

    // Someone else changes one document on the server.
    clock.advance(5_000);
    const id = docIdFor('hashtagSets', 'set_team_42');
    const doc = await remote.get(id);
    await remote.put({
      ...doc,
      record: { ...(doc.record as SyncRecord), name: 'Diubah di server', updatedAt: clock.now() },
    });
    clock.advance(5_000);
    expect((await ana.sync.runOnce()).pulled).toBe(1);
    expect((await ana.repos.hashtagSets.get('set_team_42'))?.name).toBe('Diubah di server');

    // A local change and a deletion on Ana's computer reach Budi.
    clock.advance(5_000);
    await ana.repos.hashtagSets.update('set_team_7', { name: 'Diubah Ana' });
    await ana.repos.hashtagSets.remove('set_team_8');
    expect(await ana.sync.pendingCount()).toBe(2);
    expect((await ana.sync.runOnce()).pushed).toBe(2);
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get('set_team_7'))?.name).toBe('Diubah Ana');
    expect((await budi.db.hashtagSets.get('set_team_8'))?.deleted).toBe(true);
    await expectSameAsNewcomer(ana, budi);
  });

  it('a conflict: the newer edit wins on both, the other is logged', async () => {
    const ana = member('ana');
    const budi = member('budi');
    const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    await ana.sync.runOnce();
    await budi.sync.runOnce();

    clock.advance(60_000);
    const older = await ana.repos.hashtagSets.update(set.id, { tags: ['KelasMenulis'] });
    clock.advance(60_000);
    const newer = await budi.repos.hashtagSets.update(set.id, { name: 'Acara bulan ini' });
    await ana.sync.runOnce();
    await budi.sync.runOnce();
    await ana.sync.runOnce();

    for (const m of [ana, budi]) {
      expect(await m.db.hashtagSets.get(set.id)).toEqual(newer);
      const log = await syncLog(m);
      expect(log).toHaveLength(1);
      expect(contentKey('hashtagSets', log[0]!.loser)).toBe(contentKey('hashtagSets', older));
    }
    await expectSameAsNewcomer(ana, budi);
  });

  it('an edit dated before the last look (a pack import) is sent by the next full look', async () => {
    const ana = member('ana');
    const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    await ana.sync.runOnce();

    // A colleague without team sync edits a copy and sends a pack; it arrives an hour later.
    const colleague = freshDb('incremental-colleague');
    team.track(colleague);
    const pack = await exportPack(ana.db, { hashtagSets: true });
    const colleagueRepos = createRepositories(colleague, { memberId: 'cita', now: clock.now });
    const preview = await previewImport(colleague, packToJson(pack));
    if (preview.ok) await applyImport(colleague, preview);
    clock.advance(1_000);
    const edited = await colleagueRepos.hashtagSets.update(set.id, { tags: ['DariCita'] });
    clock.advance(60 * 60_000);
    await ana.sync.runOnce();
    const sent = await exportPack(colleague, { hashtagSets: true });
    const incoming = await previewImport(ana.db, packToJson(sent), { now: clock.now() });
    expect(incoming.ok && incoming.updated).toBe(1);
    if (incoming.ok) await applyImport(ana.db, incoming, { now: clock.now() });
    expect((await ana.db.hashtagSets.get(set.id))?.updatedAt).toBe(edited.updatedAt);

    // At the latest once a full look is due, the imported version is on the server.
    clock.advance(FULL_LOOK_EVERY_MS);
    await ana.sync.runOnce();
    expect(await ana.sync.pendingCount()).toBe(0);
    await expectSameAsNewcomer(ana);
    const budi = member('budi');
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(set.id))?.tags).toEqual(['DariCita']);
  });
});

describe('the look state across starts of the background', () => {
  /** Session storage as the engine sees it (`look-memory.ts`). */
  function sessionMemory(): LookMemory {
    let kept: unknown;
    return {
      read: () => Promise.resolve(structuredClone(kept)),
      write: (state) => Promise.resolve(void (kept = structuredClone(state))),
    };
  }

  /** Ana's engine as a background that just started would make it. */
  const started = (ana: Member, lookMemory?: LookMemory) =>
    createCouchSync({
      db: ana.db,
      local: ana.local,
      remote: team.remote(),
      memberId: 'ana',
      now: clock.now,
      ...(lookMemory ? { lookMemory } : {}),
    });

  /** A change stored with the date it had before the last look (as a pack import keeps it). */
  async function oldDatedEdit(ana: Member, id: string, tags: string[]): Promise<void> {
    const before = await ana.db.hashtagSets.get(id);
    await ana.db.hashtagSets.update(id, { tags, updatedAt: before!.updatedAt + 1 });
  }

  it('a background started again goes on from the last look instead of reading every record', async () => {
    const ana = member('ana');
    const memory = sessionMemory();
    const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    clock.advance(10_000); // the look starts later than the set's date, by more than its overlap
    await started(ana, memory).runOnce();

    clock.advance(60_000);
    await oldDatedEdit(ana, set.id, ['Lama']);
    const recent = await ana.repos.hashtagSets.create({ name: 'Baru', tags: ['Baru'] });
    // The worker stopped and started: a new engine, the same replica and session storage.
    const again = started(ana, memory);
    // The new set and its new hashtag; the old-dated change is not read (reading every record
    // counts it too).
    expect(await again.pendingCount()).toBe(2);
    expect(await started(ana).pendingCount()).toBe(3);
    await again.runOnce();
    const budi = member('budi');
    await budi.sync.runOnce();
    expect(await budi.repos.hashtagSets.get(recent.id)).toBeDefined();
    expect((await budi.repos.hashtagSets.get(set.id))?.tags).toEqual(['BedahBuku']);

    // Once a full look is due, a background started again reads every record.
    clock.advance(FULL_LOOK_EVERY_MS);
    await started(ana, memory).runOnce();
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(set.id))?.tags).toEqual(['Lama']);
  });

  it('a new replica under the same name (the team connected again) reads every record', async () => {
    const ana = member('ana');
    const memory = sessionMemory();
    await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    clock.advance(10_000);
    await started(ana, memory).runOnce();
    clock.advance(60_000);
    // A set imported from a pack keeps the pack's date, from before the last look.
    const imported = teamSet(7, clock.now() - 3_600_000);
    await ana.db.hashtagSets.put(imported as never);
    // Disconnected and connected again: the replica is made anew; the session storage stays.
    const fresh = createCouchSync({
      db: ana.db,
      local: team.pouch('replica-ana-again'),
      remote: team.remote(),
      memberId: 'ana',
      now: clock.now,
      lookMemory: memory,
    });
    await fresh.runOnce();
    const budi = member('budi');
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(imported.id))?.name).toBe('Set tim 7');
  });

  it('without it, or with a state it cannot read, a background that starts reads every record', async () => {
    const ana = member('ana');
    const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    clock.advance(10_000);
    await started(ana, sessionMemory()).runOnce();
    clock.advance(60_000);
    await oldDatedEdit(ana, set.id, ['Lama']);
    expect(await started(ana).pendingCount()).toBe(1);
    const garbled: LookMemory = {
      read: () => Promise.resolve({ lastAt: 'kemarin', lastFullAt: null }),
      write: () => Promise.resolve(),
    };
    expect(await started(ana, garbled).pendingCount()).toBe(1);
    const unreadable: LookMemory = {
      read: () => Promise.reject(new Error('session storage gone')),
      write: () => Promise.reject(new Error('session storage gone')),
    };
    await started(ana, unreadable).runOnce();
    expect(await started(ana).pendingCount()).toBe(0);
  });
});

describe('a sync stopped after writing to the replica, before saving what it sent', () => {
  /**
   * Ana's replica, whose sync state (`_local/sapa-state`: the apply checkpoint and the unpushed
   * documents) cannot be saved once a record was written: the worker stopped after the write,
   * before the ledger and the state were saved.
   */
  function stoppingAfterWrite(replica: Member['local']): Member['local'] {
    let written = false;
    const stopped = () => Promise.reject(new Error('the worker stopped'));
    return new Proxy(replica, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property === 'bulkDocs')
          return async (docs: { _id?: string }[]) => {
            if (written && docs.some((d) => d._id === '_local/sapa-state')) return stopped();
            const res: unknown = await target.bulkDocs(docs);
            written ||= docs.some((d) => !d._id?.startsWith('_local/'));
            return res;
          };
        if (property === 'put')
          return (doc: { _id?: string }) =>
            written && doc._id === '_local/sapa-state' ? stopped() : target.put(doc);
        // PouchDB's statics (`replicate`) live on the constructor, handed out as it is.
        return typeof value === 'function' && property !== 'constructor'
          ? (value as () => unknown).bind(target)
          : value;
      },
    });
  }

  it('still sends the change at the next sync', async () => {
    const ana = member('ana');
    await ana.repos.hashtagSets.create({ name: 'Awal', tags: ['Awal'] });
    await ana.sync.runOnce(); // its state saved: nothing waiting
    clock.advance(5_000);
    const set = await ana.repos.hashtagSets.create({ name: 'Jangan hilang', tags: ['Aman'] });
    const engine = (local: Member['local']) =>
      createCouchSync({
        db: ana.db,
        local,
        remote: team.remote(),
        memberId: 'ana',
        now: clock.now,
      });

    await expect(engine(stoppingAfterWrite(ana.local)).runOnce()).rejects.toThrow(
      'the worker stopped',
    );
    clock.advance(5_000);
    await engine(ana.local).runOnce(); // the background started again
    const budi = member('budi');
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(set.id))?.name).toBe('Jangan hilang');
    expect(await engine(ana.local).pendingCount()).toBe(0);
  });
});

describe("a new member's first sync cut in the middle of the pull", () => {
  it('leaves nothing out at the next sync', async () => {
    const count = 2500; // three batches of the pull
    await team
      .remote()
      .bulkDocs(
        Array.from({ length: count }, (_, i) => toDoc('hashtagSets', teamSet(i, clock.now() - i))),
      );
    const ana = member('ana');
    await ana.repos.hashtagSets.create({ name: 'Milik Ana', tags: ['Ana'] });
    let fetches = 0;
    const stop = team.server.onRequest((req) => {
      if (req.url?.includes('/_bulk_get') && ++fetches === 3) void team.server.goDown();
    });
    await expect(ana.sync.runOnce()).rejects.toMatchObject({ code: 'unreachable' });
    stop();
    await team.server.comeBack();
    const report = await ana.sync.runOnce();
    expect(report.pulled).toBeGreaterThan(0);
    expect(await ana.db.hashtagSets.count()).toBe(count + 1);
    await expectSameAsNewcomer(ana);
  });
});

describe('the requests of an incremental sync', () => {
  /** Requests the server receives during `action`, as "METHOD path" without the query. */
  async function requestsDuring(action: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const stop = team.server.onRequest((req) => {
      seen.push(`${req.method} ${new URL(req.url ?? '/', team.server.url).pathname}`);
    });
    try {
      await action();
    } finally {
      stop();
    }
    return seen;
  }

  it('pulls a remote change with two requests, beside the database info asked once per sync', async () => {
    const remote = team.remote();
    await remote.bulkDocs([toDoc('hashtagSets', teamSet(1, clock.now()))]);
    const ana = member('ana');
    const database = new URL(team.url).pathname;
    const pulling = [`GET ${database}/`, `GET ${database}/_changes`, `POST ${database}/_bulk_get`];

    expect(await requestsDuring(() => ana.sync.runOnce())).toEqual(pulling);

    clock.advance(5_000);
    const doc = await remote.get(docIdFor('hashtagSets', 'set_team_1'));
    await remote.put({ ...doc, record: { ...(doc.record as SyncRecord), updatedAt: clock.now() } });
    clock.advance(5_000);
    let report: Awaited<ReturnType<Member['sync']['runOnce']>> | undefined;
    const next = await requestsDuring(async () => (report = await ana.sync.runOnce()));
    expect(report?.pulled).toBe(1);
    // No checkpoint on the server read or written, no second page of changes to find the end.
    expect(next).toEqual(pulling);
    // Nothing new: the changes alone.
    expect(await requestsDuring(() => ana.sync.runOnce())).toEqual(pulling.slice(0, 2));
  });

  it("reads the replica's changes once before the pull when there is nothing to send", async () => {
    const ana = member('ana');
    await ana.sync.runOnce();
    const remote = team.remote();
    await remote.bulkDocs([toDoc('hashtagSets', teamSet(1, clock.now()))]);
    clock.advance(5_000);
    let reads = 0;
    const changes = ana.local.changes.bind(ana.local);
    ana.local.changes = ((options: Parameters<typeof changes>[0]) => {
      reads += 1;
      return changes(options);
    }) as typeof ana.local.changes;
    const report = await ana.sync.runOnce();
    expect(report.pulled).toBe(1);
    // Only for what an interrupted run left: nothing was exported to apply after it, and the
    // document the pull wrote is handed to the apply.
    expect(reads).toBe(1);
  });

  it("sends a local edit without asking for the server's id or reading a checkpoint", async () => {
    const ana = member('ana');
    await ana.repos.hashtagSets.create({ name: 'Satu', tags: ['Satu'] });
    await ana.sync.runOnce();
    clock.advance(5_000);
    await ana.repos.hashtagSets.create({ name: 'Dua', tags: ['Dua'] });
    const database = new URL(team.url).pathname;
    const next = await requestsDuring(() => ana.sync.runOnce());
    expect(next.filter((r) => !r.includes('/_changes') && r !== `GET ${database}/`)).toEqual([
      `POST ${database}/_revs_diff`,
      `POST ${database}/_bulk_docs`,
    ]);
  });

  it("a new member's apply takes what the pull wrote, without reading it back", async () => {
    const remote = team.remote();
    await remote.bulkDocs(
      Array.from({ length: 300 }, (_, i) => toDoc('hashtagSets', teamSet(i, clock.now() - i))),
    );
    const ana = member('ana');
    await ana.repos.hashtagSets.create({ name: 'Milik Ana', tags: ['Ana'] });
    let readBack = 0;
    const changes = ana.local.changes.bind(ana.local);
    ana.local.changes = (async (options: Parameters<typeof changes>[0]) => {
      const res = await changes(options);
      if (options.include_docs) readBack += res.results.length;
      return res;
    }) as typeof ana.local.changes;

    const report = await ana.sync.runOnce();
    expect(report.pulled).toBe(300);
    expect(readBack).toBeLessThan(10); // Ana's own set and its hashtag, not the 300
    expect(await ana.repos.hashtagSets.get('set_team_299')).toMatchObject({ name: 'Set tim 299' });
    const budi = member('budi');
    await budi.sync.runOnce();
    await expectSameAsNewcomer(ana, budi);
  });

  it('the sync after a push reads nothing of the replica for the documents it sent', async () => {
    const ana = member('ana');
    for (const n of [1, 2, 3]) await ana.repos.hashtagSets.create({ name: `Set ${n}`, tags: [] });
    await ana.sync.runOnce(); // pulls first, then pushes: the server now lists them as changes
    const looked: string[] = [];
    const allDocs = ana.local.allDocs.bind(ana.local);
    ana.local.allDocs = ((options: { keys?: string[] }) => {
      looked.push(...(options.keys ?? []));
      return allDocs(options);
    }) as typeof ana.local.allDocs;
    clock.advance(5_000);
    const report = await ana.sync.runOnce();
    expect(report.pulled).toBe(0);
    expect(looked.filter((id) => id.startsWith('hashtagSets:'))).toEqual([]);
    await expectSameAsNewcomer(ana);
  });

  it("a new member's first push compares only what it wrote, not what it just pulled", async () => {
    const remote = team.remote();
    await remote.bulkDocs(
      Array.from({ length: 600 }, (_, i) => toDoc('hashtagSets', teamSet(i, clock.now() - i))),
    );
    const ana = member('ana');
    const mine = await ana.repos.hashtagSets.create({ name: 'Milik Ana', tags: ['Ana'] });
    const database = new URL(team.url).pathname;

    let report: Awaited<ReturnType<Member['sync']['runOnce']>> | undefined;
    const first = await requestsDuring(async () => (report = await ana.sync.runOnce()));
    expect(report?.pulled).toBe(600);
    // One comparison for Ana's own set and its hashtag (600 pulled would take three of 250),
    // and no checkpoint on the server, for the push or the pull.
    expect(first.filter((r) => r === `POST ${database}/_revs_diff`)).toHaveLength(1);
    expect(first.filter((r) => r.startsWith(`PUT ${database}/_local/`))).toHaveLength(0);
    const budi = member('budi');
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(mine.id))?.name).toBe('Milik Ana');
    await expectSameAsNewcomer(ana, budi);
  });
});
