/**
 * From plan to post through the background's router: "Open composer" remembers the plan for the
 * new tab, the panel on that tab reads it first, and a post confirmed there writes the plan's id
 * into the post-log entry and marks the plan posted with the entry's id.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { handleRequest, type RouterServices } from '@/lib/background/router';
import type { Caller } from '@/lib/messaging/access';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import type { SapaResponse } from '@/lib/messaging/protocol';
import type { PlatformId } from '@/lib/platforms';
import { eachTestRepositories } from '@/tests/support/repositories';
import { memoryPlanTabs } from './plan-tabs';

const t = eachTestRepositories('member-ana');
let tabs: ReturnType<typeof memoryPlanTabs>;
let opened: string[];
let services: RouterServices;
/** 8 December 2026, 10:00 in WIB. */
const NOW = Date.UTC(2026, 11, 8, 3, 0);

beforeEach(async () => {
  await t.repos.settings.set('memberId', 'member-ana');
  tabs = memoryPlanTabs();
  opened = [];
  services = {
    planToPost: {
      tabs,
      now: () => NOW,
      openTab: async (url) => {
        opened.push(url);
        return 40 + opened.length;
      },
    },
  };
});

function clientAs(caller?: Caller): SapaClient {
  return createSapaClient((message) =>
    handleRequest(t.db, t.repos, structuredClone(message), services, caller).then((r) =>
      structuredClone(r),
    ),
  );
}
const dashboard = () => clientAs();
const panelOn = (platform: PlatformId, tabId?: number) =>
  clientAs(tabId === undefined ? { kind: 'site', platform } : { kind: 'site', platform, tabId });

function ok<T>(res: SapaResponse<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.detail}`);
  return res.data;
}

async function planWithLibrary() {
  const set = await t.repos.hashtagSets.create({ name: 'Gemar membaca', tags: ['GemarMembaca'] });
  return ok(
    await dashboard().request('calendar.savePlan', {
      title: 'Bedah buku',
      platforms: ['x', 'facebook'],
      date: '2026-12-08',
      time: '10:30',
      caption: 'Yuk ikut bedah buku!',
      hashtagSetId: set.id,
    }),
  );
}

const post = (client: SapaClient, platform: PlatformId, text: string) =>
  client.request('drafts.markPosted', { platform, composerKey: 'main', text });

describe('from plan to post', () => {
  it("opens the platform's composer and shows the plan first in that tab's panel", async () => {
    const plan = await planWithLibrary();
    ok(await dashboard().request('calendar.openComposer', { id: plan.id, platform: 'x' }));
    expect(opened).toEqual(['https://x.com/compose/post']);
    expect(tabs.entries.get(41)).toEqual({ planId: plan.id, platform: 'x' });

    const view = ok(await panelOn('x', 41).request('calendar.panelPlans', { platform: 'x' }));
    expect(view.chosen).toMatchObject({
      planId: plan.id,
      title: 'Bedah buku',
      caption: 'Yuk ikut bedah buku!',
      hashtagSet: { name: 'Gemar membaca', tags: ['GemarMembaca'] },
    });
    expect(view.today).toBe('2026-12-08');
    expect(view.dueToday.map((p) => p.title)).toEqual(['Bedah buku']);
    // Another tab of the same site was not opened for it.
    expect(
      ok(await panelOn('x', 99).request('calendar.panelPlans', { platform: 'x' })).chosen,
    ).toBeNull();
  });

  it('a post confirmed on that tab is logged with the plan, which stays open for its other platform', async () => {
    const plan = await planWithLibrary();
    ok(await dashboard().request('calendar.openComposer', { id: plan.id, platform: 'x' }));
    const { log } = ok(await post(panelOn('x', 41), 'x', 'Yuk ikut bedah buku!\n\n#GemarMembaca'));
    expect(log.plannedPostId).toBe(plan.id);
    const stored = await t.repos.plannedPosts.get(plan.id);
    expect(stored).toMatchObject({ status: 'idea', postedOn: { x: log.id } });
    expect(stored?.postLogId).toBeUndefined();
    // X's panel no longer offers it as due; Facebook's still does.
    const onX = ok(await panelOn('x', 43).request('calendar.panelPlans', { platform: 'x' }));
    expect(onX.dueToday).toEqual([]);
    const onFacebook = ok(
      await panelOn('facebook', 44).request('calendar.panelPlans', { platform: 'facebook' }),
    );
    expect(onFacebook.dueToday).toMatchObject([{ title: 'Bedah buku', postedOn: { x: log.id } }]);

    // The tab forgets the plan: the next post there is nobody's plan.
    const next = ok(await post(panelOn('x', 41), 'x', 'Info layanan'));
    expect(next.log.plannedPostId).toBeUndefined();
  });

  it("the plan is posted once its other platform's post is confirmed, each entry linked", async () => {
    const plan = await planWithLibrary();
    ok(await dashboard().request('calendar.openComposer', { id: plan.id, platform: 'x' }));
    ok(await dashboard().request('calendar.openComposer', { id: plan.id, platform: 'facebook' }));
    const first = ok(await post(panelOn('x', 41), 'x', 'Bedah buku di X')).log;
    const second = ok(await post(panelOn('facebook', 42), 'facebook', 'Bedah buku di FB')).log;
    expect(first.plannedPostId).toBe(plan.id);
    expect(second.plannedPostId).toBe(plan.id);
    expect(await t.repos.plannedPosts.get(plan.id)).toMatchObject({
      status: 'posted',
      postLogId: second.id,
      postedOn: { x: first.id, facebook: second.id },
    });
  });

  it('a post from a tab with no plan, or from the dashboard, is not linked', async () => {
    const plan = await planWithLibrary();
    expect(ok(await post(panelOn('x', 7), 'x', 'Tanpa rencana')).log.plannedPostId).toBeUndefined();
    expect(ok(await post(panelOn('x'), 'x', 'Tanpa tab')).log.plannedPostId).toBeUndefined();
    expect((await t.repos.plannedPosts.get(plan.id))?.status).toBe('idea');
  });

  it('the panel picks a plan for its tab, never one of another platform', async () => {
    const plan = await planWithLibrary();
    const instagramOnly = ok(
      await dashboard().request('calendar.savePlan', {
        title: 'Reels',
        platforms: ['instagram'],
        date: '2026-12-08',
        time: '09:00',
      }),
    );
    const panel = panelOn('x', 50);
    const picked = ok(await panel.request('calendar.choosePlan', { platform: 'x', id: plan.id }));
    expect(picked.chosen?.planId).toBe(plan.id);
    const refused = await panel.request('calendar.choosePlan', {
      platform: 'x',
      id: instagramOnly.id,
    });
    expect(!refused.ok && refused.error.code).toBe('not-found');
    // A panel asks only about its own platform.
    const other = await panel.request('calendar.panelPlans', { platform: 'instagram' });
    expect(!other.ok && other.error.code).toBe('forbidden');
    // Opening the composer is the dashboard's.
    const open = await panel.request('calendar.openComposer', { id: plan.id, platform: 'x' });
    expect(!open.ok && open.error.code).toBe('forbidden');

    const { log } = ok(await post(panel, 'x', 'Dipilih di panel'));
    expect(log.plannedPostId).toBe(plan.id);
    // "Not this plan": the tab forgets it.
    ok(await panelOn('x', 51).request('calendar.choosePlan', { platform: 'x', id: plan.id }));
    ok(await panelOn('x', 51).request('calendar.choosePlan', { platform: 'x' }));
    expect(tabs.entries.has(51)).toBe(false);
  });

  it("a series' occurrence opened from the calendar is posted alone", async () => {
    const weekly = ok(
      await dashboard().request('calendar.savePlan', {
        title: 'Senin buku',
        platforms: ['x'],
        date: '2026-11-30',
        time: '08:00',
        recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exceptions: [] },
      }),
    );
    ok(
      await dashboard().request('calendar.openComposer', {
        id: weekly.id,
        platform: 'x',
        occurrence: '2026-12-07',
      }),
    );
    const view = ok(await panelOn('x', 41).request('calendar.panelPlans', { platform: 'x' }));
    expect(view.chosen).toMatchObject({ occurrence: '2026-12-07', date: '2026-12-07' });
    expect(view.overdue.map((p) => p.date)).toEqual(['2026-11-30', '2026-12-07']);
    ok(await post(panelOn('x', 41), 'x', 'Senin buku'));
    const stored = (await t.repos.plannedPosts.get(weekly.id))!;
    expect(stored.status).toBe('idea');
    expect(stored.recurrence?.exceptions).toEqual([
      { date: '2026-12-07', override: { status: 'posted', postedOn: { x: expect.any(String) } } },
    ]);
  });
});
