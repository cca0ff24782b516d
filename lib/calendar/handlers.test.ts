import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Repositories, SapaDb } from '@/lib/db';
import type { SapaClient } from '@/lib/messaging/client';
import type { SapaResponse } from '@/lib/messaging/protocol';
import { openTestRepositories, routedClient } from '@/tests/support/routed';
import { actorFor } from './handlers';

let db: SapaDb;
let repos: Repositories;
let client: SapaClient;
let close: () => Promise<void>;

beforeEach(async () => {
  const opened = await openTestRepositories('member-ana');
  ({ db, repos, close } = opened);
  client = routedClient(db, repos);
});
afterEach(() => close());

function ok<T>(res: SapaResponse<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.detail}`);
  return res.data;
}

const form = {
  title: 'Hari Kunjung Perpustakaan',
  platforms: ['instagram' as const],
  date: '2026-09-14',
  time: '08:30',
  caption: 'Ayo berkunjung!',
};

describe('calendar requests', () => {
  it('takes checklist results sent for review only in their own shape', async () => {
    await repos.teamMembers.save({ id: 'member-budi', displayName: 'Budi', role: 'reviewer' });
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, reviewer: 'member-budi' }),
    );
    const check = {
      platform: 'instagram' as const,
      ruleId: 'consent-photo',
      severity: 'info' as const,
      status: 'manual' as const,
      ticked: true,
      message: { id: 'Izin?', en: 'Consent?' },
    };
    const bad = await client.request('calendar.transition', {
      id: plan.id,
      action: { kind: 'send-for-review', checks: [{ ...check, severity: 'fatal' as 'info' }] },
    });
    expect(bad.ok || bad.error.code).toBe('invalid');
    expect((await repos.plannedPosts.get(plan.id))!.status).toBe('idea');

    const sent = ok(
      await client.request('calendar.transition', {
        id: plan.id,
        action: { kind: 'send-for-review', checks: [check] },
      }),
    );
    expect(sent).toMatchObject({ ok: true, plan: { reviewChecks: { results: [check] } } });
    // Ana wrote it and is no reviewer: it is not in her "To review"; Budi's list has it.
    expect(ok(await client.request('calendar.toReview'))).toEqual([]);
    await repos.settings.set('memberId', 'member-budi');
    expect(ok(await client.request('calendar.toReview')).map((p) => p.id)).toEqual([plan.id]);
  });

  it('plans a post, lists it in its month only, moves it, and deletes it', async () => {
    const plan = ok(await client.request('calendar.savePlan', form));
    expect(plan).toMatchObject({ status: 'idea', updatedBy: 'member-ana', comments: [] });
    const september = ok(
      await client.request('calendar.plans', { from: '2026-09-01', to: '2026-09-30' }),
    );
    expect(september.map((p) => p.title)).toEqual(['Hari Kunjung Perpustakaan']);
    expect(
      ok(await client.request('calendar.plans', { from: '2026-10-01', to: '2026-10-31' })),
    ).toEqual([]);

    const moved = ok(
      await client.request('calendar.savePlan', { ...form, id: plan.id, date: '2026-09-15' }),
    );
    expect(moved).toMatchObject({ id: plan.id, date: '2026-09-15', status: 'idea' });
    ok(await client.request('calendar.deletePlan', { id: plan.id }));
    expect(
      ok(await client.request('calendar.plans', { from: '2026-09-01', to: '2026-09-30' })),
    ).toEqual([]);
  });

  it('clears an assignee the form left empty', async () => {
    const plan = ok(await client.request('calendar.savePlan', { ...form, assignee: 'member-b' }));
    const cleared = ok(await client.request('calendar.savePlan', { ...form, id: plan.id }));
    expect(cleared.assignee).toBeUndefined();
  });

  it('refuses a form with no title or a day that is not one, before writing anything', async () => {
    const noTitle = await client.request('calendar.savePlan', { ...form, title: ' ' });
    const badDay = await client.request('calendar.savePlan', { ...form, date: '2026-9-14' });
    expect(noTitle.ok).toBe(false);
    expect(badDay.ok).toBe(false);
    expect(await db.plannedPosts.count()).toBe(0);
  });

  it('applies the status rules as this browser’s member, and says why when it may not', async () => {
    const plan = ok(await client.request('calendar.savePlan', form));
    ok(
      await client.request('calendar.saveMember', {
        id: 'member-ana',
        displayName: 'Ana',
        role: 'writer',
      }),
    );
    const noReviewer = ok(
      await client.request('calendar.transition', {
        id: plan.id,
        action: { kind: 'send-for-review' },
      }),
    );
    expect(noReviewer).toMatchObject({ ok: false, refusal: 'no-reviewer', from: 'idea' });
    expect((await repos.plannedPosts.get(plan.id))?.status).toBe('idea');

    ok(
      await client.request('calendar.savePlan', { ...form, id: plan.id, reviewer: 'member-budi' }),
    );
    const sent = ok(
      await client.request('calendar.transition', {
        id: plan.id,
        action: { kind: 'send-for-review' },
      }),
    );
    expect(sent).toMatchObject({ ok: true, plan: { status: 'in-review' } });
    const approve = ok(
      await client.request('calendar.transition', { id: plan.id, action: { kind: 'approve' } }),
    );
    expect(approve).toMatchObject({ ok: false, refusal: 'not-permitted' });
  });

  it('names members and says who this browser is', async () => {
    expect(ok(await client.request('calendar.team'))).toEqual({
      members: [],
      me: { id: 'member-ana', role: 'coordinator' },
    });
    ok(
      await client.request('calendar.saveMember', {
        id: 'member-budi',
        displayName: 'Budi',
        role: 'reviewer',
      }),
    );
    const team = ok(await client.request('calendar.team'));
    expect(team.members.map((m) => [m.displayName, m.role])).toEqual([['Budi', 'reviewer']]);
    expect(team.me).toEqual({ id: 'member-ana', role: 'writer' });
    ok(await client.request('calendar.removeMember', { id: 'member-budi' }));
    expect(ok(await client.request('calendar.team')).members).toEqual([]);
  });
});

describe('importing a content plan', () => {
  it('adds new plans and updates stored ones, keeping their status, thread and exceptions', async () => {
    const stored = ok(
      await client.request('calendar.savePlan', {
        ...form,
        templateId: 'tpl-1',
        recurrence: {
          rule: 'FREQ=MONTHLY;BYMONTHDAY=14;COUNT=3',
          exceptions: [{ date: '2026-10-14', cancelled: true }],
        },
      }),
    );
    ok(
      await client.request('calendar.transition', {
        id: stored.id,
        action: { kind: 'start-draft' },
      }),
    );
    const answer = ok(
      await client.request('calendar.importPlans', {
        plans: [
          {
            id: stored.id,
            ...form,
            title: 'Hari Kunjung Perpustakaan 2026',
            platforms: ['instagram', 'x'],
            status: 'approved',
            recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=14;COUNT=4', exceptions: [] },
          },
          { ...form, title: 'Bulan Gemar Membaca', date: '2026-09-01', status: 'draft' },
        ],
      }),
    );
    expect(answer).toEqual({ created: 1, updated: 1 });
    const updated = await repos.plannedPosts.get(stored.id);
    expect(updated).toMatchObject({
      title: 'Hari Kunjung Perpustakaan 2026',
      platforms: ['instagram', 'x'],
      status: 'draft',
      recurrence: {
        rule: 'FREQ=MONTHLY;BYMONTHDAY=14;COUNT=4',
        exceptions: [{ date: '2026-10-14', cancelled: true }],
      },
    });
    // The file had no template for it: the cell was empty, so the template is no longer used.
    expect(updated?.templateId).toBeUndefined();
    const all = ok(
      await client.request('calendar.plans', { from: '2026-09-01', to: '2026-09-30' }),
    );
    expect(all.find((p) => p.title === 'Bulan Gemar Membaca')).toMatchObject({
      status: 'draft',
      comments: [],
      updatedBy: 'member-ana',
    });
  });

  it('writes nothing when one plan of the file cannot be stored', async () => {
    const answer = await client.request('calendar.importPlans', {
      plans: [
        { ...form, title: 'Baik' },
        { ...form, title: 'Rusak', caption: 'teks\u0000rusak' },
      ],
    });
    expect(answer.ok).toBe(false);
    expect(await db.plannedPosts.count()).toBe(0);
  });
});

describe('actorFor', () => {
  it('acts with the named role, as coordinator when nobody is named, else as writer', () => {
    const m = {
      id: 'a',
      displayName: 'A',
      role: 'reviewer' as const,
      updatedAt: 1,
      updatedBy: 'a',
      deleted: false,
    };
    expect(actorFor('a', [m])).toEqual({ id: 'a', role: 'reviewer' });
    expect(actorFor('b', [m])).toEqual({ id: 'b', role: 'writer' });
    expect(actorFor('b', [])).toEqual({ id: 'b', role: 'coordinator' });
  });
});

describe('a series from the plan form', () => {
  const monthly = 'FREQ=MONTHLY;BYMONTHDAY=14;UNTIL=20261231';

  it('edits one occurrence alone, cancels another, and refuses a day the rule never makes', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    expect(plan.recurrence).toEqual({ rule: monthly, exceptions: [] });
    const edited = ok(
      await client.request('calendar.editOccurrence', {
        id: plan.id,
        originalDate: '2026-10-14',
        change: { kind: 'edit', override: { title: 'Edisi Oktober', time: '10:00' } },
      }),
    );
    expect(edited.title).toBe('Hari Kunjung Perpustakaan');
    expect(edited.recurrence?.exceptions).toEqual([
      { date: '2026-10-14', override: { title: 'Edisi Oktober', time: '10:00' } },
    ]);
    const cancelled = ok(
      await client.request('calendar.editOccurrence', {
        id: plan.id,
        originalDate: '2026-11-14',
        change: { kind: 'cancel' },
      }),
    );
    expect(cancelled.recurrence?.exceptions).toEqual([
      { date: '2026-10-14', override: { title: 'Edisi Oktober', time: '10:00' } },
      { date: '2026-11-14', cancelled: true },
    ]);
    const notADay = await client.request('calendar.editOccurrence', {
      id: plan.id,
      originalDate: '2026-10-15',
      change: { kind: 'cancel' },
    });
    expect(notADay.ok).toBe(false);
    const badOverride = await client.request('calendar.editOccurrence', {
      id: plan.id,
      originalDate: '2026-10-14',
      change: { kind: 'edit', override: { status: 'posted' } } as never,
    });
    expect(badOverride.ok).toBe(false);
  });

  it('posts, skips and reopens one occurrence alone, and refuses what is not offered', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    const status = (originalDate: string, action: 'mark-posted' | 'skip' | 'reopen') =>
      client.request('calendar.editOccurrence', {
        id: plan.id,
        originalDate,
        change: { kind: 'status', action },
      });
    ok(await status('2026-10-14', 'mark-posted'));
    const skipped = ok(await status('2026-11-14', 'skip'));
    expect(skipped.status).toBe(plan.status);
    expect(skipped.recurrence?.exceptions).toEqual([
      { date: '2026-10-14', override: { status: 'posted' } },
      { date: '2026-11-14', override: { status: 'skipped' } },
    ]);
    const again = await status('2026-10-14', 'skip');
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error.message.en).toBe('You cannot do this with this planned post now.');
    const reopened = ok(await status('2026-11-14', 'reopen'));
    expect(reopened.recurrence?.exceptions).toEqual([
      { date: '2026-10-14', override: { status: 'posted' } },
    ]);
    const stored = await repos.plannedPosts.get(plan.id);
    expect(stored?.recurrence?.exceptions).toEqual(reopened.recurrence?.exceptions);
  });

  it('changes all occurrences keeping the exceptions the new rule still makes, and stops repeating', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    for (const originalDate of ['2026-10-14', '2026-12-14'])
      ok(
        await client.request('calendar.editOccurrence', {
          id: plan.id,
          originalDate,
          change: { kind: 'cancel' },
        }),
      );
    const shorter = 'FREQ=MONTHLY;BYMONTHDAY=14;UNTIL=20261130';
    const all = ok(
      await client.request('calendar.savePlan', {
        ...form,
        id: plan.id,
        title: 'Kunjungan bulanan',
        recurrence: { rule: shorter },
      }),
    );
    expect(all).toMatchObject({
      title: 'Kunjungan bulanan',
      recurrence: { rule: shorter, exceptions: [{ date: '2026-10-14', cancelled: true }] },
    });
    const single = ok(
      await client.request('calendar.savePlan', { ...form, id: plan.id, recurrence: null }),
    );
    expect(single.recurrence).toBeUndefined();
    expect((await repos.plannedPosts.get(plan.id))?.recurrence).toBeUndefined();
  });

  it('edits this and the following occurrences: the series ends before, a new one goes on', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    ok(
      await client.request('calendar.editOccurrence', {
        id: plan.id,
        originalDate: '2026-12-14',
        change: { kind: 'cancel' },
      }),
    );
    const { series, following } = ok(
      await client.request('calendar.editFollowing', {
        id: plan.id,
        originalDate: '2026-11-14',
        plan: { ...form, date: '2026-11-14', time: '10:00', recurrence: { rule: monthly } },
      }),
    );
    expect(series.recurrence).toEqual({
      rule: 'FREQ=MONTHLY;BYMONTHDAY=14;UNTIL=20261014',
      exceptions: [],
    });
    expect(following).toMatchObject({
      date: '2026-11-14',
      time: '10:00',
      updatedBy: 'member-ana',
      recurrence: { rule: monthly, exceptions: [{ date: '2026-12-14', cancelled: true }] },
    });
    expect(following?.id).not.toBe(plan.id);
    expect(await repos.plannedPosts.get(following!.id)).toEqual(following);
    expect(await repos.plannedPosts.get(plan.id)).toEqual(series);
    expect(series.updatedAt).toBeGreaterThan(plan.updatedAt);
  });

  it('writes neither half of a split when the new series cannot be stored', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    const refused = await client.request('calendar.editFollowing', {
      id: plan.id,
      originalDate: '2026-11-14',
      // A control character: the sync schema refuses it, so the repository does too.
      plan: { ...form, caption: 'Ayo \u0007berkunjung', recurrence: { rule: monthly } },
    });
    expect(refused.ok).toBe(false);
    expect(await repos.plannedPosts.get(plan.id)).toEqual(plan);
    expect(await db.plannedPosts.count()).toBe(1);
  });

  it('deletes this and the following occurrences, or the whole plan from the first', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', { ...form, recurrence: { rule: monthly } }),
    );
    const ended = ok(
      await client.request('calendar.deleteFollowing', { id: plan.id, originalDate: '2026-11-14' }),
    );
    expect(ended.series).toEqual(await repos.plannedPosts.get(plan.id));
    expect((await repos.plannedPosts.get(plan.id))?.recurrence?.rule).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=14;UNTIL=20261014',
    );
    expect(
      ok(
        await client.request('calendar.deleteFollowing', {
          id: plan.id,
          originalDate: '2026-09-14',
        }),
      ),
    ).toEqual({ series: null });
    expect(await repos.plannedPosts.get(plan.id)).toBeUndefined();
    expect((await db.plannedPosts.get(plan.id))?.deleted).toBe(true);
  });

  it('clears the assignee of one occurrence alone', async () => {
    const plan = ok(
      await client.request('calendar.savePlan', {
        ...form,
        assignee: 'member-ana',
        recurrence: { rule: monthly },
      }),
    );
    const cleared = ok(
      await client.request('calendar.editOccurrence', {
        id: plan.id,
        originalDate: '2026-10-14',
        change: { kind: 'edit', override: { unassigned: true } },
      }),
    );
    expect(cleared.assignee).toBe('member-ana');
    expect(cleared.recurrence?.exceptions).toEqual([
      { date: '2026-10-14', override: { unassigned: true } },
    ]);
  });
});
