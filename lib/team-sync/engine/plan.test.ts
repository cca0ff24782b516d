import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '@/lib/db/types';
import { planDocument, selectWork, type Body, type Incoming, type Work } from './plan';

const DOC_ID = 'hashtagSets:set_1';
const TARGET = { table: 'hashtagSets', recordId: 'set_1' } as const;

function body(rev: string, record: Record<string, unknown>, extra: Partial<Body> = {}): Body {
  return { _id: DOC_ID, _rev: rev, sapa: 1, table: 'hashtagSets', record, ...extra };
}

function set(name: string, updatedAt: number, extra: Record<string, unknown> = {}) {
  return {
    id: 'set_1',
    name,
    tags: ['Baca'],
    updatedAt,
    updatedBy: 'ana',
    deleted: false,
    ...extra,
  };
}

function incoming(doc: Body, leaves = [doc._rev]): Incoming {
  return { id: doc._id, doc, leaves };
}

describe('selectWork', () => {
  it('leaves out design documents and documents already applied as they are', () => {
    const applied = incoming({ ...body('2-a', set('A', 1)), _id: 'hashtagSets:applied' });
    const changed = incoming({ ...body('3-b', set('B', 2)), _id: 'hashtagSets:changed' });
    const design = incoming({ _id: '_design/sapa', _rev: '1-c' });
    const withLoser = incoming({ ...body('2-d', set('D', 3)), _id: 'hashtagSets:with-loser' }, [
      '2-d',
      '3-e',
    ]);
    const ledger = {
      'hashtagSets:applied': { rev: '2-a' },
      'hashtagSets:changed': { rev: '2-x' },
      'hashtagSets:with-loser': { rev: '2-d' },
    };

    const work = selectWork([applied, changed, design, withLoser], ledger);

    expect(work.map((w) => [w.item.id, w.conflicts, w.deleted])).toEqual([
      ['hashtagSets:changed', [], []],
      ['hashtagSets:with-loser', [], ['3-e']],
    ]);
  });
});

describe('planDocument', () => {
  it('picks the newer valid version, and deletes and logs the other', () => {
    const older = body('2-f', set('Lama', 100));
    const newer = body('2-a', set('Baru', 200));
    const work: Work = { item: incoming(older, ['2-f', '2-a']), conflicts: ['2-a'], deleted: [] };
    const reasons: LocalizedText[] = [];

    const plan = planDocument(work, TARGET, new Map([[`${DOC_ID}\n2-a`, newer]]), undefined, (r) =>
      reasons.push(r),
    );

    expect(reasons).toEqual([]);
    expect(plan).toEqual({
      kind: 'winner',
      docId: DOC_ID,
      table: 'hashtagSets',
      recordId: 'set_1',
      winner: { rev: '2-a', record: set('Baru', 200) },
      losers: [{ id: `sync:${DOC_ID}:2-f`, record: set('Lama', 100) }],
      deletes: [
        {
          _id: DOC_ID,
          _rev: '2-f',
          _deleted: true,
          sapa: 1,
          table: 'hashtagSets',
          record: set('Lama', 100),
        },
      ],
      seen: [],
    });
  });

  it('reports a malformed version and leaves it alone, even when it is newer', () => {
    const valid = body('2-a', set('Baik', 100));
    const broken = body('2-f', set('Rusak', 900, { tags: 42 }));
    const work: Work = { item: incoming(broken, ['2-f', '2-a']), conflicts: ['2-a'], deleted: [] };
    const reasons: LocalizedText[] = [];

    const plan = planDocument(work, TARGET, new Map([[`${DOC_ID}\n2-a`, valid]]), undefined, (r) =>
      reasons.push(r),
    );

    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.en).toMatch(/tags/);
    expect(plan).toMatchObject({
      kind: 'winner',
      winner: { rev: '2-a', record: { name: 'Baik' } },
      losers: [],
      deletes: [],
    });
  });

  it('logs a version another member already deleted as a loser, under its parent revision', () => {
    const live = body('3-a', set('Pemenang', 300));
    const deletedLoser = body('3-d', set('Kalah', 200), {
      _deleted: true,
      _revisions: { start: 3, ids: ['d', 'c'] },
    });
    const work: Work = { item: incoming(live, ['3-a', '3-d']), conflicts: [], deleted: ['3-d'] };

    const plan = planDocument(
      work,
      TARGET,
      new Map([[`${DOC_ID}\n3-d`, deletedLoser]]),
      { rev: '2-c', seen: ['2-z'] },
      () => undefined,
    );

    expect(plan).toMatchObject({
      kind: 'winner',
      losers: [{ id: `sync:${DOC_ID}:2-c`, record: { name: 'Kalah' } }],
      deletes: [],
      seen: ['2-z', '3-d'],
    });
  });

  it('says so for a document deleted on the server, and for one with no valid version', () => {
    const deleted = body('4-a', {}, { _deleted: true });
    const invalid = body('2-b', { id: 'set_1' });
    const none: Work = { item: incoming(deleted), conflicts: [], deleted: [] };
    const broken: Work = { item: incoming(invalid), conflicts: [], deleted: [] };
    const ignore = () => undefined;

    expect(planDocument(none, TARGET, new Map(), undefined, ignore)).toEqual({
      kind: 'deleted',
      docId: DOC_ID,
      table: 'hashtagSets',
      recordId: 'set_1',
      rev: '4-a',
    });
    expect(planDocument(broken, TARGET, new Map(), undefined, ignore)).toEqual({
      kind: 'invalid',
      docId: DOC_ID,
      rev: '2-b',
    });
  });
});
