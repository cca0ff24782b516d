// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryName, PouchDB, type TestPouch } from '@/tests/support/couch-server';
import {
  markAllPushed,
  markUnpushed,
  mergeEntry,
  moveCheckpoint,
  noteUnpushed,
  openLedger,
  recordExchange,
  saveLedger,
  shardOf,
} from './ledger';

let replica: TestPouch;

beforeEach(() => {
  replica = new PouchDB(memoryName('replica-ledger'));
});

afterEach(async () => {
  await replica.destroy();
});

/** The ids of the documents each write to the replica holds, one list per write. */
function watchWrites(): string[][] {
  const writes: string[][] = [];
  const put = replica.put.bind(replica);
  const bulkDocs = replica.bulkDocs.bind(replica);
  replica.put = (doc: object) => {
    writes.push([(doc as { _id: string })._id]);
    return put(doc);
  };
  replica.bulkDocs = (docs: object[], options?: { new_edits?: boolean }) => {
    writes.push(docs.map((doc) => (doc as { _id: string })._id));
    return bulkDocs(docs, options);
  };
  return writes;
}

describe('the saved ledger', () => {
  it('starts empty, and reopens as saved, without becoming a document that replicates', async () => {
    const first = await openLedger(replica);
    expect([first.entries, first.checkpoint, [...first.unpushed]]).toEqual([{}, 0, []]);

    recordExchange(first, 'hashtagSets:set_1', { sig: '100|ana|false', rev: '1-a' });
    markUnpushed(first, 'hashtagSets:set_1');
    moveCheckpoint(first, 7);
    await saveLedger(replica, first);
    recordExchange(first, 'hashtagSets:set_1', { rev: '2-b' });
    await saveLedger(replica, first); // saved again on top of its own revision

    const reopened = await openLedger(replica);
    expect(reopened.entries).toEqual({ 'hashtagSets:set_1': { sig: '100|ana|false', rev: '2-b' } });
    expect(reopened.checkpoint).toBe(7);
    expect([...reopened.unpushed]).toEqual(['hashtagSets:set_1']);
    expect((await replica.allDocs()).rows).toEqual([]);
    expect((await replica.changes({ since: 0 })).results).toEqual([]);
  });

  it('writes only the shard of a document that changed, not the whole ledger', async () => {
    const ledger = await openLedger(replica);
    for (let i = 0; i < 500; i++) recordExchange(ledger, `hashtagSets:set_${i}`, { rev: `1-${i}` });
    await saveLedger(replica, ledger);

    const writes = watchWrites();
    recordExchange(ledger, 'hashtagSets:set_42', { sig: '5|ana|false', rev: '2-x' });
    await saveLedger(replica, ledger);
    expect(writes).toEqual([[`_local/sapa-ledger-${shardOf('hashtagSets:set_42')}`]]);

    const reopened = await openLedger(replica);
    expect(Object.keys(reopened.entries)).toHaveLength(500);
    expect(reopened.entries['hashtagSets:set_42']).toEqual({ sig: '5|ana|false', rev: '2-x' });
  });

  it('saves every changed shard and the state in one write', async () => {
    const ledger = await openLedger(replica);
    for (let i = 0; i < 500; i++) recordExchange(ledger, `templates:tpl_${i}`, { rev: `1-${i}` });
    moveCheckpoint(ledger, 500);
    const writes = watchWrites();
    await saveLedger(replica, ledger);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toHaveLength(33); // 32 shards and the state
    const reopened = await openLedger(replica);
    expect(Object.keys(reopened.entries)).toHaveLength(500);
    expect(reopened.checkpoint).toBe(500);
    await saveLedger(replica, ledger); // nothing changed since: nothing written
    expect(writes).toHaveLength(1);
  });

  it('keeps a part it could not write to save again, and says why', async () => {
    const ledger = await openLedger(replica);
    recordExchange(ledger, 'templates:t1', { rev: '1-a' });
    moveCheckpoint(ledger, 1);
    await saveLedger(replica, ledger);
    // The state document written meanwhile by something else: its revision no longer matches.
    await replica.put({ ...(await replica.get('_local/sapa-state')), checkpoint: 9 });
    recordExchange(ledger, 'templates:t2', { rev: '1-b' });
    moveCheckpoint(ledger, 2);
    await expect(saveLedger(replica, ledger)).rejects.toMatchObject({ status: 409 });
    expect(ledger.stateDirty).toBe(true);
    expect(ledger.dirtyShards.size).toBe(0); // the shard was written
    expect((await openLedger(replica)).entries['templates:t2']).toEqual({ rev: '1-b' });
  });

  it('takes over a ledger saved whole by an older Sapa, then removes it', async () => {
    await replica.put({
      _id: '_local/sapa-ledger',
      entries: { 'templates:t1': { sig: '1|ana|false', rev: '1-a' } },
    });
    const ledger = await openLedger(replica);
    expect(ledger.entries).toEqual({ 'templates:t1': { sig: '1|ana|false', rev: '1-a' } });
    await saveLedger(replica, ledger);
    await expect(replica.get('_local/sapa-ledger')).rejects.toMatchObject({ status: 404 });
    expect((await openLedger(replica)).entries).toEqual(ledger.entries);
  });
});

describe('whether the ledger lists every document the server may lack', () => {
  it('does for a new replica, and keeps saying so', async () => {
    const ledger = await openLedger(replica);
    expect(ledger.unpushedListsAll).toBe(true);
    await noteUnpushed(replica, ledger, ['hashtagSets:set_1']);
    const reopened = await openLedger(replica);
    expect(reopened.unpushedListsAll).toBe(true);
    expect([...reopened.unpushed]).toEqual(['hashtagSets:set_1']);
  });

  it('does not for a replica holding documents without its state, until a push', async () => {
    await replica.put({ _id: 'hashtagSets:set_1', record: {} });
    const lost = await openLedger(replica);
    expect(lost.unpushedListsAll).toBe(false);
    // A state saved by a Sapa that wrote before noting says nothing either.
    await replica.put({ _id: '_local/sapa-state', checkpoint: 1, unpushed: [] });
    expect((await openLedger(replica)).unpushedListsAll).toBe(false);

    const pushed = await openLedger(replica);
    markAllPushed(pushed);
    await saveLedger(replica, pushed);
    expect((await openLedger(replica)).unpushedListsAll).toBe(true);
  });

  it('notes documents before they are written, so a stop after the write loses nothing', async () => {
    const ledger = await openLedger(replica);
    await noteUnpushed(replica, ledger, ['templates:t1', 'templates:t2']);
    // The run stops here (the write done, the ledger never saved): the note was saved already.
    expect([...(await openLedger(replica)).unpushed].sort()).toEqual([
      'templates:t1',
      'templates:t2',
    ]);
  });
});

describe('mergeEntry', () => {
  it('keeps what the patch leaves out and drops what it empties', () => {
    const before = { sig: '100|ana|false', rev: '1-a', seen: ['2-x'] };
    expect(mergeEntry(before, { rev: '3-c' })).toEqual({
      sig: '100|ana|false',
      rev: '3-c',
      seen: ['2-x'],
    });
    expect(mergeEntry(before, { sig: undefined, seen: [] })).toEqual({ rev: '1-a' });
    expect(mergeEntry(undefined, { rev: '1-a' })).toEqual({ rev: '1-a' });
  });
});
