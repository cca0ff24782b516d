import { describe, expect, it } from 'vitest';
import { makePlan } from '@/lib/calendar/plan-fixture';
import type { PostLogRecord } from '@/lib/db';
import { plannedTable, tableCsv } from './csv';
import { plannedVsPosted } from './planned';

const options = {
  month: '2026-12',
  timeZone: 'Asia/Jakarta',
  zone: 'Asia/Jakarta' as const,
  today: '2026-12-10',
};

const entry = (id: string, fields: Partial<PostLogRecord>): PostLogRecord => ({
  id,
  at: Date.UTC(2026, 11, 5, 3),
  platform: 'instagram',
  text: 'Posted',
  ...fields,
});

const plans = [
  makePlan({
    id: 'p1',
    date: '2026-12-02',
    platforms: ['instagram', 'facebook'],
    status: 'posted',
    postLogId: 'l1',
  }),
  makePlan({ id: 'p2', date: '2026-12-03', platforms: ['instagram'], status: 'skipped' }),
  makePlan({ id: 'p3', date: '2026-12-04', platforms: ['x'], status: 'approved' }),
  makePlan({ id: 'p4', date: '2026-12-10', platforms: ['x'], status: 'draft' }),
  makePlan({ id: 'p5', date: '2026-11-30', platforms: ['x'], status: 'idea' }),
  makePlan({ id: 'p6', date: '2026-12-20', platforms: ['tiktok'], deleted: true }),
  makePlan({
    id: 's',
    date: '2026-12-07',
    platforms: ['facebook'],
    recurrence: {
      rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=5',
      exceptions: [{ date: '2026-12-07', override: { status: 'posted' } }],
    },
  }),
];

const entries = [
  entry('l1', { platform: 'instagram', plannedPostId: 'p1' }),
  entry('l2', { platform: 'facebook', plannedPostId: 'p1' }),
  entry('l3', { platform: 'x' }),
  // 30 November, 23:00 in Jakarta: November's, whatever the plan.
  entry('l4', { platform: 'x', at: Date.UTC(2026, 10, 30, 16), plannedPostId: 'p5' }),
];

describe('planned vs posted', () => {
  const rows = plannedVsPosted(plans, entries, options);
  const row = (key: string) => rows.find((r) => r.key === key);

  it("counts the month's planned posts by what became of them, per platform", () => {
    expect(row('instagram')).toEqual({
      key: 'instagram',
      planned: 2,
      posted: 1,
      skipped: 1,
      missed: 0,
      upcoming: 0,
      fromPlans: 1,
      withoutPlan: 0,
    });
    // Facebook: the shared plan, and the series' four December Mondays (the 7th posted).
    expect(row('facebook')).toMatchObject({
      planned: 5,
      posted: 2,
      missed: 0,
      upcoming: 3,
      fromPlans: 1,
    });
    // X: one open plan before today (missed), one today (still to come); one post without a plan.
    expect(row('x')).toMatchObject({
      planned: 2,
      missed: 1,
      upcoming: 1,
      fromPlans: 0,
      withoutPlan: 1,
    });
    expect(row('tiktok')).toMatchObject({ planned: 0 });
  });

  it('counts each planned post once under all platforms', () => {
    expect(row('all')).toEqual({
      key: 'all',
      planned: 8,
      posted: 2,
      skipped: 1,
      missed: 1,
      upcoming: 4,
      fromPlans: 2,
      withoutPlan: 1,
    });
    expect(rows.map((r) => r.key)).toEqual(['x', 'instagram', 'facebook', 'tiktok', 'all']);
  });

  it('as CSV, with column names for spreadsheets', () => {
    const csv = tableCsv(plannedTable(rows));
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFplatform,planned,posted,skipped,not_posted,upcoming,posts_from_plans,posts_without_plan',
    );
    expect(csv).toContain('\r\nall,8,2,1,1,4,2,1\r\n');
  });
});
