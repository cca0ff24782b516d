import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transition } from '@/lib/calendar/status';
import { DbError } from './errors';
import type { PlannedPostInput, Repositories } from './repositories';
import type { SapaDb } from './schema';
import type { fakeClock } from '@/tests/support/db';
import { openTestRepositories } from '@/tests/support/routed';

let db: SapaDb;
let repos: Repositories;
let clock: ReturnType<typeof fakeClock>;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ db, repos, clock, close } = await openTestRepositories('member-ana'));
});
afterEach(() => close());

const plan = (
  extra: Partial<PlannedPostInput> & { id?: string } = {},
): PlannedPostInput & { id?: string } => ({
  title: 'Hari Buku Nasional',
  platforms: ['instagram', 'facebook'],
  date: '2026-05-17',
  time: '09:00',
  caption: 'Selamat Hari Buku Nasional!',
  status: 'idea',
  notes: '',
  comments: [],
  ...extra,
});

describe('plannedPosts', () => {
  it('creates a plan with sync metadata, updates it, and leaves a tombstone on delete', async () => {
    const created = await repos.plannedPosts.create(plan());
    expect(created).toMatchObject({
      updatedBy: 'member-ana',
      updatedAt: clock.now(),
      deleted: false,
      title: 'Hari Buku Nasional',
    });
    expect(created.id).toMatch(/^plan_/);
    clock.advance(1_000);
    const moved = await repos.plannedPosts.update(created.id, { date: '2026-05-18' });
    expect(moved).toMatchObject({ date: '2026-05-18', updatedAt: clock.now() });
    await repos.plannedPosts.remove(created.id);
    expect(await repos.plannedPosts.get(created.id)).toBeUndefined();
    expect(await db.plannedPosts.get(created.id)).toMatchObject({ deleted: true });
  });

  it('lists the plans of a range, and recurring plans that started before it', async () => {
    await repos.plannedPosts.create(plan({ id: 'in', date: '2026-05-17' }));
    await repos.plannedPosts.create(plan({ id: 'before', date: '2026-04-30' }));
    await repos.plannedPosts.create(plan({ id: 'after', date: '2026-06-01' }));
    await repos.plannedPosts.create(
      plan({
        id: 'series',
        date: '2026-01-17',
        recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=17;COUNT=12', exceptions: [] },
      }),
    );
    await repos.plannedPosts.create(plan({ id: 'gone', date: '2026-05-02' }));
    await repos.plannedPosts.remove('gone');
    const ids = (await repos.plannedPosts.inRange('2026-05-01', '2026-05-31')).map((p) => p.id);
    expect(ids.sort()).toEqual(['in', 'series']);
  });

  it('refuses what sync would refuse: no title, a bad day, an unknown platform', async () => {
    await expect(repos.plannedPosts.create(plan({ title: '  ' }))).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(repos.plannedPosts.create(plan({ date: '17/05/2026' }))).rejects.toBeInstanceOf(
      DbError,
    );
    await expect(
      repos.plannedPosts.create(plan({ platforms: ['myspace' as 'x'] })),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.plannedPosts.count()).toBe(0);
  });

  it('stores a status transition, and keeps fields a newer Sapa wrote', async () => {
    const created = await repos.plannedPosts.create(plan({ reviewer: 'member-budi' }));
    await db.plannedPosts.update(created.id, { fromTheFuture: 'keep' } as object);
    clock.advance(10);
    const next = await repos.plannedPosts.change(created.id, (stored) => {
      const result = transition(
        stored,
        { kind: 'send-for-review' },
        { id: 'member-ana', role: 'writer' },
        clock.now(),
        () => 'c1',
      );
      if (!result.ok) throw new Error(result.refusal);
      return result.plan;
    });
    expect(next).toMatchObject({ status: 'in-review', fromTheFuture: 'keep' });
    expect(next.updatedAt).toBeGreaterThan(created.updatedAt);
    await expect(repos.plannedPosts.change('nope', (p) => p)).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('plannedPosts.split', () => {
  const weekly = { rule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20260614', exceptions: [] };

  it('writes the ended series and adds the new one, stamped for sync', async () => {
    const series = await repos.plannedPosts.create(plan({ recurrence: weekly }));
    clock.advance(10);
    const written = await repos.plannedPosts.split(series.id, (stored) => ({
      series: { ...stored, recurrence: { ...weekly, rule: 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20260524' } },
      following: { ...stored, id: 'plan_next', date: '2026-05-31' },
    }));
    expect(await repos.plannedPosts.get(series.id)).toEqual(written.series);
    expect(await repos.plannedPosts.get('plan_next')).toEqual(written.following);
    for (const record of [written.series, written.following])
      expect(record).toMatchObject({ updatedAt: clock.now(), updatedBy: 'member-ana' });
  });

  it('writes neither when the new series cannot be added', async () => {
    const series = await repos.plannedPosts.create(plan({ recurrence: weekly }));
    const other = await repos.plannedPosts.create(plan({ title: 'Another plan' }));
    clock.advance(10);
    // The new series' id is taken: adding it fails after the series itself was written.
    await expect(
      repos.plannedPosts.split(series.id, (stored) => ({
        series: { ...stored, recurrence: { ...weekly, rule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=1' } },
        following: { ...stored, id: other.id },
      })),
    ).rejects.toBeInstanceOf(DbError);
    expect(await repos.plannedPosts.get(series.id)).toEqual(series);
    expect(await repos.plannedPosts.get(other.id)).toEqual(other);
  });

  it('leaves a tombstone when nothing of the series is left', async () => {
    const series = await repos.plannedPosts.create(plan({ recurrence: weekly }));
    expect(await repos.plannedPosts.split(series.id, () => ({ series: null }))).toEqual({
      series: null,
    });
    expect((await db.plannedPosts.get(series.id))?.deleted).toBe(true);
  });
});

describe('teamMembers', () => {
  it('names members by their sync id, renames them, and lists them by name', async () => {
    await repos.teamMembers.save({ id: 'member-ana', displayName: 'Ana', role: 'coordinator' });
    await repos.teamMembers.save({ id: 'member-budi', displayName: 'Budi', role: 'writer' });
    clock.advance(5);
    const renamed = await repos.teamMembers.save({
      id: 'member-budi',
      displayName: ' Budi Santoso ',
      role: 'reviewer',
    });
    expect(renamed).toMatchObject({ displayName: 'Budi Santoso', role: 'reviewer' });
    expect((await repos.teamMembers.list()).map((m) => m.displayName)).toEqual([
      'Ana',
      'Budi Santoso',
    ]);
    await repos.teamMembers.remove('member-ana');
    expect((await repos.teamMembers.list()).map((m) => m.id)).toEqual(['member-budi']);
    await expect(repos.teamMembers.save({ displayName: '', role: 'writer' })).rejects.toMatchObject(
      { code: 'invalid' },
    );
  });
});
