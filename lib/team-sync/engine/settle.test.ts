import { describe, expect, it } from 'vitest';
import { makePlan } from '@/lib/calendar/plan-fixture';
import type { SyncRecord } from './docs';
import type { Plan } from './plan';
import { settle } from './settle';

const AT = 5_000;
const DOC_ID = 'hashtagSets:set_1';

function set(name: string, updatedAt: number, updatedBy = 'budi'): SyncRecord {
  return { id: 'set_1', name, tags: ['Baca'], updatedAt, updatedBy, deleted: false };
}

function winnerPlan(winner: SyncRecord, losers: Extract<Plan, { kind: 'winner' }>['losers'] = []) {
  return {
    kind: 'winner',
    docId: DOC_ID,
    table: 'hashtagSets',
    recordId: 'set_1',
    winner: { rev: '3-w', record: winner },
    losers,
    deletes: [],
    seen: ['3-s'],
  } satisfies Plan;
}

describe('settle', () => {
  it('writes the winner when there is no local copy', () => {
    const template: SyncRecord = {
      id: 'tpl_1',
      name: 'Pojok baca',
      category: 'acara',
      body: 'Ayo!',
      variants: {},
      variables: [],
      locale: 'id',
      updatedAt: 100,
      updatedBy: 'budi',
      deleted: false,
    };
    const plan = {
      ...winnerPlan(template),
      docId: 'templates:tpl_1',
      table: 'templates',
      recordId: 'tpl_1',
    } satisfies Plan;

    expect(settle(plan, undefined, undefined, AT)).toEqual({
      put: {
        table: 'templates',
        record: { ...template, searchWords: ['pojok baca', 'pojok', 'baca'] },
      },
      entry: { sig: '100|budi|false', rev: '3-w', seen: ['3-s'] },
      conflicts: [],
      localWon: false,
    });
  });

  it('keeps an unsent local edit that is newer and logs the winner as the loser', () => {
    const local = set('Versi Ana', 300, 'ana');
    const incoming = set('Versi Budi', 200);

    const result = settle(winnerPlan(incoming), local, { sig: '100|ana|false', rev: '2-a' }, AT);

    expect(result).toEqual({
      entry: { rev: '3-w', seen: ['3-s'] },
      conflicts: [
        {
          id: `sync:${DOC_ID}:3-w`,
          table: 'hashtagSets',
          recordId: 'set_1',
          kept: 'local',
          loser: incoming,
          source: 'sync',
          createdAt: AT,
          resolved: false,
        },
      ],
      localWon: true,
    });
  });

  it('replaces an unsent local edit that is older and logs it', () => {
    const local = set('Versi Ana', 150, 'ana');
    const incoming = set('Versi Budi', 200);

    const result = settle(winnerPlan(incoming), local, { sig: '100|ana|false', rev: '2-a' }, AT);

    expect(result.put).toEqual({ table: 'hashtagSets', record: incoming });
    expect(result.localWon).toBe(false);
    expect(result.conflicts).toMatchObject([
      { id: `sync:${DOC_ID}:local:150:ana`, kept: 'incoming', loser: local },
    ]);
  });

  it('logs each losing content once, and none that equals the version kept', () => {
    const incoming = set('Baru', 300);
    const result = settle(
      winnerPlan(incoming, [
        { id: 'sync:one', record: set('Lama', 100) },
        { id: 'sync:two', record: set('Lama', 200, 'citra') },
        { id: 'sync:same', record: set('Baru', 250, 'dewi') },
      ]),
      undefined,
      undefined,
      AT,
    );

    expect(result.conflicts.map((c) => [c.id, c.kept, c.loser.name])).toEqual([
      ['sync:one', 'incoming', 'Lama'],
    ]);
  });

  it('turns a local copy into a tombstone when the server deleted the document', () => {
    const plan: Plan = {
      kind: 'deleted',
      docId: DOC_ID,
      table: 'hashtagSets',
      recordId: 'set_1',
      rev: '4-d',
    };
    const local = set('Lama', 100);

    expect(settle(plan, local, { sig: '100|budi|false', rev: '3-a' }, AT)).toEqual({
      put: {
        table: 'hashtagSets',
        record: { ...local, deleted: true, updatedAt: AT, updatedBy: 'server' },
      },
      entry: { sig: `${AT}|server|true`, rev: '4-d' },
      conflicts: [],
      localWon: false,
    });
  });

  it('only remembers the revision of a document with no valid version', () => {
    const plan: Plan = { kind: 'invalid', docId: DOC_ID, rev: '2-b' };
    expect(settle(plan, set('Lama', 100), { sig: '100|budi|false' }, AT)).toEqual({
      entry: { rev: '2-b' },
      conflicts: [],
      localWon: false,
    });
  });
});

describe('a plan posted on two platforms by two members at once', () => {
  const both = makePlan({ status: 'approved', platforms: ['instagram', 'facebook'] });
  const posted = (platform: string, by: string): SyncRecord => ({
    ...both,
    postedOn: { [platform]: `log_${platform}` },
    updatedAt: 5_000,
    updatedBy: by,
  });
  const planOf = (winner: SyncRecord, losers: SyncRecord[] = []) =>
    ({
      ...winnerPlan(
        winner,
        losers.map((record, i) => ({ id: `c${i}`, record })),
      ),
      docId: 'plannedPosts:plan-1',
      table: 'plannedPosts',
      recordId: 'plan-1',
    }) satisfies Plan;
  const bothPosts = {
    status: 'posted',
    postedOn: { instagram: 'log_instagram', facebook: 'log_facebook' },
    updatedAt: 5_001,
  };

  it('the local unsent post loses the conflict, yet its platform is kept and sent again', () => {
    const mine = posted('instagram', 'ani');
    const theirs = posted('facebook', 'budi');
    const settled = settle(planOf(theirs), mine, { sig: '1000|member-a|false', rev: '1-a' }, AT);
    expect(settled.put?.record).toMatchObject({ ...bothPosts, updatedBy: 'budi' });
    expect(settled.entry.sig).toBe('5000|budi|false');
    expect(settled.localWon).toBe(true);
  });

  it('the local unsent post wins, and takes the incoming platform too', () => {
    const mine = posted('instagram', 'cici');
    const theirs = posted('facebook', 'budi');
    const settled = settle(planOf(theirs), mine, { sig: '1000|member-a|false', rev: '1-a' }, AT);
    expect(settled.put?.record).toMatchObject({ ...bothPosts, updatedBy: 'cici' });
    expect(settled.localWon).toBe(true);
  });

  it("two revisions on the server: the winner takes the losing revision's platform", () => {
    const theirs = posted('facebook', 'budi');
    const settled = settle(planOf(theirs, [posted('instagram', 'ani')]), undefined, undefined, AT);
    expect(settled.put?.record).toMatchObject(bothPosts);
  });
});
