import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/team-sync/engine/resolve';
import { makePlan } from './plan-fixture';
import { mergeVersions } from './merge';
import type { PlannedPostRecord } from './types';

const merge = (local: PlannedPostRecord | undefined, incoming: PlannedPostRecord) =>
  mergeVersions('plannedPosts', local, incoming, 'sync', 9_000, 'c-1');

describe('mergeVersions', () => {
  const base = makePlan({ status: 'draft' });
  const approved = { ...base, status: 'approved' as const, updatedAt: 2_000, updatedBy: 'r' };
  const recaptioned = { ...base, caption: 'Teks baru', updatedAt: 1_500, updatedBy: 'w' };

  it('a new plan is added', () => {
    expect(merge(undefined, approved)).toEqual({ kept: 'incoming', record: approved });
  });

  it('the newer version wins whole; the older goes to the conflict log', () => {
    expect(merge(recaptioned, approved)).toEqual({
      kept: 'incoming',
      record: approved,
      conflict: {
        id: 'c-1',
        table: 'plannedPosts',
        recordId: 'plan-1',
        kept: 'incoming',
        loser: recaptioned,
        source: 'sync',
        createdAt: 9_000,
        resolved: false,
      },
    });
    expect(merge(approved, recaptioned)).toMatchObject({
      kept: 'local',
      record: approved,
      conflict: { kept: 'local', loser: recaptioned },
    });
  });

  it('the same content with another time stamp is not a conflict', () => {
    expect(merge(base, { ...base, updatedAt: 5_000, updatedBy: 'x' })).toEqual({
      kept: 'local',
      record: base,
    });
  });

  it('a newer deletion wins over an older edit, and the edit is logged', () => {
    const tombstone = { ...base, deleted: true, updatedAt: 3_000, updatedBy: 'c' };
    expect(merge(approved, tombstone)).toMatchObject({
      kept: 'incoming',
      record: { deleted: true },
      conflict: { loser: approved },
    });
  });

  it('every member keeps the same winner, the one team sync picks, whichever side is local', () => {
    const version = fc.record({
      updatedAt: fc.integer({ min: 0, max: 5 }),
      updatedBy: fc.constantFrom('a', 'b'),
      caption: fc.constantFrom('x', 'y'),
      status: fc.constantFrom('draft' as const, 'approved' as const),
    });
    fc.assert(
      fc.property(version, version, (va, vb) => {
        const a = { ...base, ...va };
        const b = { ...base, ...vb };
        const one = merge(a, b).record;
        const other = merge(b, a).record;
        const content = ({ updatedAt: _t, updatedBy: _b, ...rest }: PlannedPostRecord) => rest;
        expect(content(one)).toEqual(content(other));
        if (merge(a, b).conflict) expect(one).toEqual(other);
        // The sync engine's order agrees (on equal content either copy will do).
        const sync = compareVersions(
          'templates',
          { rev: '1', record: a as never },
          { rev: '2', record: b as never },
        );
        if (merge(a, b).conflict) expect(one).toEqual(sync > 0 ? a : b);
      }),
    );
  });
});

describe('two members posting one plan on different platforms at once', () => {
  const both = makePlan({ status: 'approved', platforms: ['instagram', 'facebook'] });
  const onInstagram = {
    ...both,
    postedOn: { instagram: 'log_ig' },
    updatedAt: 5_000,
    updatedBy: 'member-ani',
  };
  const onFacebook = {
    ...both,
    postedOn: { facebook: 'log_fb' },
    updatedAt: 5_000,
    updatedBy: 'member-budi',
  };

  it('the plan kept has both posts and is posted, whichever side merges', () => {
    for (const [local, incoming] of [
      [onInstagram, onFacebook],
      [onFacebook, onInstagram],
    ] as const) {
      const { record } = merge(local, incoming);
      expect(record).toMatchObject({
        status: 'posted',
        postedOn: { instagram: 'log_ig', facebook: 'log_fb' },
        updatedAt: 5_001,
      });
      expect(['log_ig', 'log_fb']).toContain(record.postLogId);
    }
  });

  it("a series' day keeps both posts, the other days untouched", () => {
    const weekly = makePlan({
      platforms: ['instagram', 'facebook'],
      date: '2026-11-23',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exceptions: [] },
    });
    const day = (postedOn: Record<string, string>, by: string) => ({
      ...weekly,
      updatedAt: 5_000,
      updatedBy: by,
      recurrence: {
        ...weekly.recurrence!,
        exceptions: [{ date: '2026-11-30', override: { postedOn } }],
      },
    });
    const { record } = merge(
      day({ instagram: 'log_ig' }, 'member-ani'),
      day({ facebook: 'log_fb' }, 'member-budi'),
    );
    expect(record.status).toBe('idea');
    expect(record.recurrence?.exceptions).toEqual([
      {
        date: '2026-11-30',
        override: { postedOn: { instagram: 'log_ig', facebook: 'log_fb' }, status: 'posted' },
      },
    ]);
  });

  it('a plan without postings merges as before: one version whole', () => {
    const caption = { ...both, caption: 'Baru', updatedAt: 6_000 };
    expect(merge(onInstagram, caption).record).toEqual({
      ...caption,
      postedOn: { instagram: 'log_ig' },
      updatedAt: 6_001,
    });
    const plain = { ...both, notes: 'Pakai foto baru', updatedAt: 7_000 };
    expect(merge(both, plain).record).toBe(plain);
  });
});
