import { describe, expect, it } from 'vitest';
import { signature, type SyncRecord } from './docs';
import {
  afterServerDeletion,
  compareVersions,
  mergeWithLocal,
  pickWinner,
  type Version,
} from './resolve';

const rec = (extra: Record<string, unknown> = {}): SyncRecord => ({
  id: 'set_1',
  name: 'Acara',
  tags: ['BedahBuku'],
  updatedAt: 100,
  updatedBy: 'ana',
  deleted: false,
  ...extra,
});
const v = (rev: string, extra: Record<string, unknown> = {}): Version => ({
  rev,
  record: rec(extra),
});

describe('pickWinner', () => {
  it('follows the import rule: newer updatedAt, then greater updatedBy, then greater content', () => {
    const cases: [string, Version, Version, string][] = [
      [
        'newer updatedAt',
        v('2-a', { name: 'A', updatedAt: 200 }),
        v('2-b', { name: 'B', updatedAt: 300 }),
        '2-b',
      ],
      [
        'greater updatedBy',
        v('2-a', { name: 'A', updatedBy: 'budi' }),
        v('2-b', { name: 'B', updatedBy: 'ana' }),
        '2-a',
      ],
      ['greater content', v('2-a', { name: 'Zebra' }), v('2-b', { name: 'Apel' }), '2-a'],
      [
        'newer beats greater updatedBy',
        v('2-a', { name: 'A', updatedAt: 101, updatedBy: 'ana' }),
        v('2-b', { name: 'B', updatedBy: 'zaki' }),
        '2-a',
      ],
      [
        'greater updatedBy beats greater content',
        v('2-a', { name: 'Zebra', updatedBy: 'ana' }),
        v('2-b', { name: 'Apel', updatedBy: 'budi' }),
        '2-b',
      ],
    ];
    for (const [rule, a, b, winner] of cases) {
      expect(pickWinner('hashtagSets', [a, b]).winner.rev, rule).toBe(winner);
      expect(pickWinner('hashtagSets', [b, a]).winner.rev, rule).toBe(winner);
      const [first, second] = winner === a.rev ? [a, b] : [b, a];
      expect(compareVersions('hashtagSets', first, second), rule).toBe(1);
      expect(compareVersions('hashtagSets', second, first), rule).toBe(-1);
    }
  });

  it('is the same whatever order the versions come in (every member agrees)', () => {
    const versions = [
      v('3-x', { name: 'X', updatedAt: 500, updatedBy: 'citra' }),
      v('3-y', { name: 'Y', updatedAt: 500, updatedBy: 'dewi' }),
      v('2-z', { name: 'Z', updatedAt: 499, updatedBy: 'zaki' }),
      v('4-w', { name: 'W', updatedAt: 500, updatedBy: 'dewi', tags: ['Z'] }),
    ];
    const permutations = (list: Version[]): Version[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((item, i) =>
            permutations([...list.slice(0, i), ...list.slice(i + 1)]).map((rest) => [
              item,
              ...rest,
            ]),
          );
    const winners = new Set<string>();
    for (const order of permutations(versions)) {
      const { winner, losers } = pickWinner('hashtagSets', order);
      winners.add(winner.rev);
      expect(losers).toHaveLength(3);
      expect(losers).not.toContain(winner);
    }
    expect(winners.size).toBe(1);
    // 500 beats 499, 'dewi' beats 'citra', and between dewi's two the greater content: "Y" > "W".
    expect([...winners]).toEqual(['3-y']);
    const winner = versions[1]!;
    for (const other of versions)
      if (other !== winner)
        expect(compareVersions('hashtagSets', winner, other)).toBeGreaterThan(0);
  });

  it('versions with the same content are ordered too, so one is always kept', () => {
    const a = v('1-a', { updatedAt: 1, updatedBy: 'seed' });
    const b = v('1-b', { updatedAt: 2, updatedBy: 'seed' });
    expect(pickWinner('hashtagSets', [a, b]).winner).toBe(b);
    const same = v('1-c');
    const twin = v('1-d');
    expect(pickWinner('hashtagSets', [same, twin]).winner).toBe(twin);
    expect(compareVersions('hashtagSets', same, same)).toBe(0);
  });

  it('refuses a document without versions rather than naming no winner', () => {
    expect(() => pickWinner('hashtagSets', [])).toThrow('pickWinner: no versions');
  });

  it('derived fields do not decide anything', () => {
    const a = v('1-a', { searchWords: ['zzz'] });
    const b = v('1-b', { searchWords: ['aaa'] });
    expect(pickWinner('templates', [a, b]).winner).toBe(b); // rev order, content equal
  });
});

describe('mergeWithLocal', () => {
  const base = rec();
  const incoming = rec({ name: 'Dari tim', updatedAt: 300, updatedBy: 'budi' });

  it('takes the incoming version when nothing changed locally', () => {
    expect(mergeWithLocal('hashtagSets', undefined, undefined, incoming)).toEqual({
      kind: 'write',
    });
    expect(mergeWithLocal('hashtagSets', base, signature(base), incoming)).toEqual({
      kind: 'write',
    });
    // Even an "older" incoming version: it is the team's current one.
    const older = rec({ name: 'Lama', updatedAt: 50 });
    expect(mergeWithLocal('hashtagSets', base, signature(base), older)).toEqual({ kind: 'write' });
  });

  it('an unsent local edit meets the incoming version through the rule', () => {
    const earlierEdit = rec({ name: 'Edit lokal', updatedAt: 200 });
    expect(mergeWithLocal('hashtagSets', earlierEdit, signature(base), incoming)).toEqual({
      kind: 'write',
      localLoser: earlierEdit,
    });
    const laterEdit = rec({ name: 'Edit lokal', updatedAt: 400 });
    expect(mergeWithLocal('hashtagSets', laterEdit, signature(base), incoming)).toEqual({
      kind: 'keep',
      incomingLoser: incoming,
    });
  });

  it('same content is not a conflict', () => {
    const sameLater = { ...incoming, updatedAt: 999, updatedBy: 'ana' };
    expect(mergeWithLocal('hashtagSets', sameLater, signature(base), incoming)).toEqual({
      kind: 'write',
    });
    expect(mergeWithLocal('hashtagSets', incoming, signature(base), incoming)).toEqual({
      kind: 'unchanged',
    });
  });
});

describe('afterServerDeletion', () => {
  const base = rec();
  it('turns the local copy into a tombstone', () => {
    const out = afterServerDeletion(base, signature(base), 1_000);
    expect(out).toEqual({
      kind: 'tombstone',
      record: { ...base, deleted: true, updatedAt: 1_000, updatedBy: 'server' },
    });
    // updatedAt still moves forward with a clock behind the record's.
    const behind = afterServerDeletion(base, signature(base), 10);
    expect(behind.kind === 'tombstone' && behind.record.updatedAt).toBe(101);
  });

  it('keeps an unsent local edit, and leaves tombstones and unknown records alone', () => {
    expect(afterServerDeletion(rec({ updatedAt: 150 }), signature(base), 1_000)).toEqual({
      kind: 'keep',
    });
    expect(afterServerDeletion(rec({ deleted: true }), undefined, 1_000)).toEqual({
      kind: 'unchanged',
    });
    expect(afterServerDeletion(undefined, undefined, 1_000)).toEqual({ kind: 'unchanged' });
  });
});
