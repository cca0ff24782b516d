/**
 * Properties of the conflict rule that every member relies on to agree without talking to each
 * other (docs/team-sync.md, "Conflicts"): the order of two versions is the same read from either
 * side, the winner does not depend on the order versions arrive in, and equal content is equal
 * whatever order its fields were written in. Versions are drawn from small pools so that ties
 * (same time, same member, same content) come up often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, decide } from '@/lib/exchange/pack';
import type { SyncRecord } from './docs';
import { compareVersions, pickWinner, type Version } from './resolve';

const recordArb = fc
  .record({
    name: fc.constantFrom('Acara', 'Koleksi', 'Layanan'),
    tags: fc.constantFrom(['BedahBuku'], ['BulanBuku', 'GemarMembaca'], []),
    updatedAt: fc.integer({ min: 100, max: 102 }),
    updatedBy: fc.constantFrom('ana', 'budi', 'citra'),
  })
  .map((fields): SyncRecord => ({ id: 'set_1', deleted: false, ...fields }));

const hashArb = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 2,
  maxLength: 4,
});

/** One document's versions: distinct revisions, often tied on time, member or content. */
const versionsArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 9 }), hashArb), {
    minLength: 1,
    maxLength: 6,
    selector: ([n, hash]) => `${n}-${hash}`,
  })
  .chain((revs) =>
    fc.tuple(
      ...revs.map(([n, hash]) =>
        recordArb.map((record): Version => ({ rev: `${n}-${hash}`, record })),
      ),
    ),
  );

/** The versions and the same versions in another order. */
const shuffledArb = versionsArb.chain((versions) =>
  fc
    .shuffledSubarray(versions, { minLength: versions.length, maxLength: versions.length })
    .map((shuffled) => [versions, shuffled] as const),
);

describe('the conflict rule, for any versions', () => {
  it('orders two versions the same from either side, and only a revision equals itself', () => {
    fc.assert(
      fc.property(versionsArb, (versions) => {
        for (const a of versions)
          for (const b of versions) {
            const ab = compareVersions('hashtagSets', a, b);
            const ba = compareVersions('hashtagSets', b, a);
            expect(Math.sign(ab) + Math.sign(ba)).toBe(0);
            expect(ab === 0).toBe(a.rev === b.rev);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('picks one winner whatever order the versions arrive in, and it beats every other', () => {
    fc.assert(
      fc.property(shuffledArb, ([versions, shuffled]) => {
        const first = pickWinner('hashtagSets', versions);
        const second = pickWinner('hashtagSets', shuffled);
        expect(second.winner.rev).toBe(first.winner.rev);
        expect(first.losers).toHaveLength(versions.length - 1);
        for (const loser of first.losers)
          expect(compareVersions('hashtagSets', first.winner, loser)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with the pack import: the version kept by sync is the one an import keeps', () => {
    fc.assert(
      fc.property(recordArb, recordArb, (local, incoming) => {
        const d = decide(local, incoming);
        const order = compareVersions(
          'hashtagSets',
          { rev: '1-a', record: incoming },
          { rev: '1-b', record: local },
        );
        if (d.kind === 'update') expect(order).toBe(1);
        if (d.kind === 'skip' && d.reason === 'older') expect(order).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });

  it('writes equal content as equal JSON, whatever order its fields were set in', () => {
    const objectArb = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'name', 'tags', 'Z'),
      fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.dictionary(fc.string(), fc.nat())),
      { minKeys: 2 },
    );
    const reversed = (value: unknown): unknown =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(
            Object.entries(value as Record<string, unknown>)
              .reverse()
              .map(([k, v]) => [k, reversed(v)]),
          )
        : value;
    fc.assert(
      fc.property(objectArb, (value) => {
        expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 300 },
    );
  });
});
