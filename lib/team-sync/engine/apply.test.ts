// @vitest-environment node
/**
 * Apply alone: documents put straight into a memory replica (as a pull would leave them) and a
 * member's tables (fake-indexeddb), no server.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories } from '@/lib/db';
import type { SapaDb } from '@/lib/db/schema';
import { freshDb } from '@/tests/support/db';
import { memoryName, PouchDB, type TestPouch } from '@/tests/support/couch-server';
import { applyPulled } from './apply';
import { openLedger } from './ledger';
import { newTally, type SyncRun } from './run';

const AT = 1_750_000_000_000;
const DOC_ID = 'hashtagSets:set_1';
const REV_A = `1-${'a'.repeat(32)}`;
const REV_F = `1-${'f'.repeat(32)}`;

let db: SapaDb;
let replica: TestPouch;

async function newRun(): Promise<SyncRun> {
  return {
    db,
    replica,
    remote: undefined as never, // apply never talks to the server
    now: () => AT,
    ledger: await openLedger(replica),
    tally: newTally(),
  };
}

function setDoc(name: string, updatedAt: number, updatedBy: string, id = 'set_1') {
  return {
    _id: `hashtagSets:${id}`,
    sapa: 1,
    table: 'hashtagSets',
    record: { id, name, tags: ['Baca'] as unknown, updatedAt, updatedBy, deleted: false },
  };
}

/** The document's leaves, deleted ones included. */
async function leaves(docId: string) {
  const all = (await replica.get(docId, { open_revs: 'all' })) as unknown as {
    ok: Record<string, unknown>;
  }[];
  return all.map((l) => l.ok).sort((a, b) => String(a._rev).localeCompare(String(b._rev)));
}

beforeEach(() => {
  db = freshDb('apply');
  replica = new PouchDB(memoryName('replica-apply'));
});

afterEach(async () => {
  await replica.destroy();
  db.close();
  await db.delete();
});

describe('applyPulled', () => {
  it('keeps the newer of two versions, logs the other and deletes its leaf in the replica', async () => {
    // PouchDB's own pick would be REV_F (the greater revision id), the older edit.
    await replica.bulkDocs(
      [
        { ...setDoc('Acara baru', 200, 'citra'), _rev: REV_A },
        { ...setDoc('Acara lama', 100, 'dewi'), _rev: REV_F },
      ],
      { new_edits: false },
    );
    const run = await newRun();

    expect(await applyPulled(run)).toBe(true);

    expect(await db.hashtagSets.get('set_1')).toEqual({
      id: 'set_1',
      name: 'Acara baru',
      tags: ['Baca'],
      updatedAt: 200,
      updatedBy: 'citra',
      deleted: false,
    });
    expect(await db.conflicts.toArray()).toEqual([
      {
        id: `sync:${DOC_ID}:${REV_F}`,
        table: 'hashtagSets',
        recordId: 'set_1',
        kept: 'incoming',
        loser: {
          id: 'set_1',
          name: 'Acara lama',
          tags: ['Baca'],
          updatedAt: 100,
          updatedBy: 'dewi',
          deleted: false,
        },
        source: 'sync',
        createdAt: AT,
        resolved: false,
      },
    ]);
    expect(run.tally.conflicts).toBe(1);
    const [live, deletion] = await leaves(DOC_ID);
    expect(live).toMatchObject({ _rev: REV_A, record: { name: 'Acara baru' } });
    expect(deletion).toMatchObject({ _deleted: true, record: { name: 'Acara lama' } });
    expect(deletion?._rev).toMatch(/^2-/);
    expect([...run.ledger.unpushed]).toEqual([DOC_ID]);

    // Applied and saved: the next run has nothing left to apply or log.
    const next = await newRun();
    expect(await applyPulled(next)).toBe(false);
    expect(await db.conflicts.count()).toBe(1);
  });

  it('keeps an unsent local edit that is newer, and logs the version that arrived', async () => {
    await replica.bulkDocs([{ ...setDoc('Asli', 100, 'budi'), _rev: REV_A }], {
      new_edits: false,
    });
    await applyPulled(await newRun());
    const repos = createRepositories(db, { memberId: 'ana', now: () => 300 });
    await repos.hashtagSets.update('set_1', { name: 'Versi Ana' });
    const current = await replica.get(DOC_ID);
    await replica.put({ ...setDoc('Versi Budi', 200, 'budi'), _rev: current._rev });
    const run = await newRun();

    expect(await applyPulled(run)).toBe(true); // the local edit is to be exported again

    expect(await db.hashtagSets.get('set_1')).toMatchObject({
      name: 'Versi Ana',
      updatedAt: 300,
      updatedBy: 'ana',
    });
    expect(await db.conflicts.toArray()).toMatchObject([
      { kept: 'local', loser: { name: 'Versi Budi', updatedAt: 200, updatedBy: 'budi' } },
    ]);
  });

  it('skips and reports malformed and foreign documents, and applies the others', async () => {
    const bad = setDoc('Rusak', 100, 'x', 'set_bad');
    bad.record.tags = 'Baca, Tulis';
    await replica.bulkDocs([
      setDoc('Baik', 100, 'x', 'set_good'),
      bad,
      { _id: 'catatan-rapat', text: 'bukan data Sapa' },
      { _id: '_design/views', views: {} },
    ]);
    const run = await newRun();

    await applyPulled(run);

    expect(await db.hashtagSets.toArray()).toMatchObject([{ id: 'set_good', name: 'Baik' }]);
    expect([...run.tally.skipped.keys()].sort()).toEqual(['catatan-rapat', 'hashtagSets:set_bad']);
    expect(run.tally.skipped.get('hashtagSets:set_bad')?.en).toMatch(/tags/);
    expect(run.tally.skipped.get('catatan-rapat')).toEqual({
      id: 'Dokumen ini bukan data Sapa.',
      en: 'This document is not Sapa data.',
    });
    expect(await db.conflicts.count()).toBe(0);
  });

  it('turns a document deleted in the replica into a tombstone', async () => {
    await replica.bulkDocs([{ ...setDoc('Lama', 100, 'budi'), _rev: REV_A }], {
      new_edits: false,
    });
    await applyPulled(await newRun());
    await replica.remove({ _id: DOC_ID, _rev: REV_A });

    await applyPulled(await newRun());

    expect(await db.hashtagSets.get('set_1')).toEqual({
      id: 'set_1',
      name: 'Lama',
      tags: ['Baca'],
      updatedAt: AT,
      updatedBy: 'server',
      deleted: true,
    });
  });
});
