// @vitest-environment node
/**
 * Export alone: a member's tables (fake-indexeddb) and a memory replica, no server. Each test
 * reopens the ledger from the replica, as every sync run does.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db';
import type { SapaDb } from '@/lib/db/schema';
import type { HashtagSetRecord } from '@/lib/db/types';
import { fakeClock, freshDb } from '@/tests/support/db';
import { memoryName, PouchDB, type TestPouch } from '@/tests/support/couch-server';
import { countPending, exportEdits } from './export';
import { markAllPushed, openLedger, saveLedger } from './ledger';
import { newTally, type SyncRun } from './run';

let db: SapaDb;
let replica: TestPouch;
let repos: Repositories;
let clock: ReturnType<typeof fakeClock>;

async function newRun(): Promise<SyncRun> {
  return {
    db,
    replica,
    remote: undefined as never, // export never talks to the server
    now: clock.now,
    ledger: await openLedger(replica),
    tally: newTally(),
  };
}

async function createTemplate(id: string, name: string) {
  return repos.templates.create({ id, name, category: 'info', body: 'Isi.', locale: 'id' });
}

beforeEach(() => {
  db = freshDb('export');
  replica = new PouchDB(memoryName('replica-export'));
  clock = fakeClock(1_750_000_000_000);
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
});

afterEach(async () => {
  await replica.destroy();
  db.close();
  await db.delete();
});

describe('exportEdits', () => {
  it('writes an edited record and a deletion to the replica, and nothing else', async () => {
    await createTemplate('tpl_a', 'Jam buka');
    await createTemplate('tpl_b', 'Lomba baca');
    await createTemplate('tpl_c', 'Pojok baca');
    expect((await exportEdits(await newRun())).stale).toEqual([]);
    const before = await replica.changes({ since: 0 });

    clock.advance(1000);
    await repos.templates.update('tpl_a', { name: 'Jam buka Lebaran' });
    await repos.templates.remove('tpl_b');
    const run = await newRun();
    expect((await exportEdits(run)).stale).toEqual([]);

    const after = await replica.changes({ since: before.last_seq });
    expect(after.results.map((c) => c.id).sort()).toEqual(['templates:tpl_a', 'templates:tpl_b']);
    expect(await replica.get('templates:tpl_a')).toMatchObject({
      _rev: expect.stringMatching(/^2-/),
      record: { name: 'Jam buka Lebaran', updatedAt: 1_750_000_001_000, deleted: false },
    });
    expect(await replica.get('templates:tpl_b')).toMatchObject({
      _rev: expect.stringMatching(/^2-/),
      record: { name: 'Lomba baca', updatedAt: 1_750_000_001_000, deleted: true },
    });
    expect((await replica.get('templates:tpl_c'))._rev).toMatch(/^1-/);
    expect(run.ledger.entries['templates:tpl_a']?.sig).toBe('1750000001000|ana|false');
    expect(run.ledger.entries['templates:tpl_b']?.sig).toBe('1750000001000|ana|true');
    expect(run.tally.skipped.size).toBe(0);

    // Saved: the next run finds nothing to send.
    expect((await exportEdits(await newRun())).stale).toEqual([]);
    expect((await replica.changes({ since: after.last_seq })).results).toEqual([]);
  });

  it('reports a record the team database would refuse, and does not write it', async () => {
    await db.hashtagSets.put({
      id: 'set_bad',
      name: 'Rusak',
      tags: 'Baca, Tulis' as unknown as string[],
      updatedAt: 1,
      updatedBy: 'ana',
      deleted: false,
    } satisfies HashtagSetRecord);
    await createTemplate('tpl_ok', 'Baik');
    const run = await newRun();

    expect((await exportEdits(run)).stale).toEqual([]);

    expect([...run.tally.skipped.keys()]).toEqual(['hashtagSets:set_bad']);
    expect(run.tally.skipped.get('hashtagSets:set_bad')?.en).toMatch(/tags/);
    await expect(replica.get('hashtagSets:set_bad')).rejects.toMatchObject({ status: 404 });
    expect(await replica.get('templates:tpl_ok')).toMatchObject({ record: { name: 'Baik' } });
  });

  it('returns an edit whose document moved on in the replica, and leaves that document', async () => {
    await createTemplate('tpl_a', 'Jam buka');
    await exportEdits(await newRun());
    // A revision the ledger does not know (as left by an interrupted run that pulled it).
    const doc = await replica.get('templates:tpl_a');
    await replica.put({ ...doc, record: { ...(doc.record as object), name: 'Dari tim' } });

    clock.advance(1000);
    await repos.templates.update('tpl_a', { name: 'Jam buka baru' });
    expect((await exportEdits(await newRun())).stale).toEqual(['templates:tpl_a']);
    expect(await replica.get('templates:tpl_a')).toMatchObject({
      _rev: expect.stringMatching(/^2-/),
      record: { name: 'Dari tim' },
    });
  });
});

describe('countPending', () => {
  it('counts edits not exported and documents not pushed, once each', async () => {
    await createTemplate('tpl_a', 'Jam buka');
    await createTemplate('tpl_b', 'Lomba baca');
    expect(await countPending(db, await openLedger(replica))).toBe(2);

    const run = await newRun();
    await exportEdits(run);
    expect(await countPending(db, await openLedger(replica))).toBe(2);

    markAllPushed(run.ledger);
    await saveLedger(replica, run.ledger);
    expect(await countPending(db, await openLedger(replica))).toBe(0);

    clock.advance(1000);
    await repos.templates.update('tpl_b', { name: 'Lomba baca puisi' });
    expect(await countPending(db, await openLedger(replica))).toBe(1);
  });
});
