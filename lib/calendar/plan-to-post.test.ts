import { describe, expect, it } from 'vitest';
import { makePlan } from './plan-fixture';
import {
  addDays,
  duePlans,
  libraryToday,
  markPlanPosted,
  occurrenceOf,
  OVERDUE_DAYS,
} from './plan-to-post';
import { planText, postingProgress } from './plan-summary';
import type { Actor } from './status';

const writer: Actor = { id: 'member-budi', role: 'writer' };
const ids = () => 'c_1';
/** 8 December 2026, 16:30 UTC: 23:30 in WIB (still the 8th), 01:30 on the 9th in WIT. */
const NOW = Date.UTC(2026, 11, 8, 16, 30);

const titles = (items: { occurrence: { title: string; date: string } }[]) =>
  items.map((i) => `${i.occurrence.title} ${i.occurrence.date}`);

describe("a platform's plans for today and the overdue ones", () => {
  const plans = [
    makePlan({ id: 'a', title: 'Pagi ini', date: '2026-12-08', time: '08:00' }),
    makePlan({ id: 'b', title: 'Kemarin', date: '2026-12-07', time: '10:00', status: 'approved' }),
    makePlan({ id: 'c', title: 'Sudah', date: '2026-12-07', status: 'posted' }),
    makePlan({ id: 'd', title: 'Batal', date: '2026-12-06', status: 'skipped' }),
    makePlan({ id: 'e', title: 'Lain platform', date: '2026-12-08', platforms: ['x'] }),
    makePlan({ id: 'f', title: 'Besok', date: '2026-12-09' }),
    makePlan({ id: 'g', title: 'Lama', date: addDays('2026-12-08', -OVERDUE_DAYS - 1) }),
  ];

  it("counts today and overdue in the library's zone, not the laptop's", () => {
    const wib = duePlans(plans, 'instagram', NOW, 'Asia/Jakarta');
    expect(wib.today).toBe('2026-12-08');
    expect(titles(wib.dueToday)).toEqual(['Pagi ini 2026-12-08']);
    expect(titles(wib.overdue)).toEqual(['Kemarin 2026-12-07']);

    // Already the 9th in Jayapura: the morning's plan is overdue and tomorrow's is today's.
    const wit = duePlans(plans, 'instagram', NOW, 'Asia/Jayapura');
    expect(wit.today).toBe('2026-12-09');
    expect(titles(wit.dueToday)).toEqual(['Besok 2026-12-09']);
    expect(titles(wit.overdue)).toEqual(['Kemarin 2026-12-07', 'Pagi ini 2026-12-08']);
  });

  it('leaves out posted, skipped, other platforms and plans older than the window', () => {
    const due = duePlans(plans, 'instagram', NOW, 'Asia/Jakarta');
    const all = [...due.dueToday, ...due.overdue].map((i) => i.plan.id);
    expect(all).not.toContain('c');
    expect(all).not.toContain('d');
    expect(all).not.toContain('e');
    expect(all).not.toContain('g');
    expect(titles(duePlans(plans, 'x', NOW, 'Asia/Jakarta').dueToday)).toEqual([
      'Lain platform 2026-12-08',
    ]);
  });

  it("counts a series' occurrences one by one, a posted one no more", () => {
    const weekly = makePlan({
      id: 's',
      title: 'Senin buku',
      date: '2026-11-23',
      recurrence: {
        rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=10',
        exceptions: [{ date: '2026-11-30', override: { status: 'posted' } }],
      },
    });
    const due = duePlans([weekly], 'instagram', NOW, 'Asia/Jakarta');
    expect(titles(due.overdue)).toEqual(['Senin buku 2026-11-23', 'Senin buku 2026-12-07']);
    expect(due.dueToday).toEqual([]);
  });

  it('the library day changes at midnight in its zone', () => {
    expect(libraryToday(Date.UTC(2026, 11, 8, 16, 59), 'Asia/Jakarta')).toBe('2026-12-08');
    expect(libraryToday(Date.UTC(2026, 11, 8, 17, 0), 'Asia/Jakarta')).toBe('2026-12-09');
    expect(libraryToday(Date.UTC(2026, 11, 8, 15, 0), 'Asia/Jayapura')).toBe('2026-12-09');
  });
});

describe('what a plan puts into the composer', () => {
  it('the caption, a blank line, then the hashtags', () => {
    expect(planText('Yuk ke perpustakaan!\n', ['BulanGemarMembaca', 'Perpusda'])).toBe(
      'Yuk ke perpustakaan!\n\n#BulanGemarMembaca #Perpusda',
    );
    expect(planText('Hanya teks', [])).toBe('Hanya teks');
    expect(planText('  ', ['Perpusda'])).toBe('#Perpusda');
  });
});

describe('a confirmed post marks the plan it was opened for as posted', () => {
  it('a single plan becomes posted, carrying the post-log entry', () => {
    const result = markPlanPosted(
      makePlan({ status: 'approved' }),
      undefined,
      'instagram',
      'post_1',
      writer,
      5_000,
      ids,
    );
    expect(result.ok && result.plan).toMatchObject({
      status: 'posted',
      postLogId: 'post_1',
      updatedBy: 'member-budi',
    });
  });

  it('a plan already posted or skipped stays as it is', () => {
    for (const status of ['posted', 'skipped'] as const)
      expect(
        markPlanPosted(makePlan({ status }), undefined, 'instagram', 'post_2', writer, 5_000, ids),
      ).toEqual({
        ok: false,
        refusal: 'wrong-status',
        from: status,
      });
  });

  it('one occurrence of a series is posted alone', () => {
    const weekly = makePlan({
      date: '2026-11-23',
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exceptions: [] },
    });
    const result = markPlanPosted(weekly, '2026-11-30', 'instagram', 'post_3', writer, 5_000, ids);
    if (!result.ok) throw new Error('refused');
    expect(result.plan.status).toBe('idea');
    expect(occurrenceOf(result.plan, '2026-11-30').status).toBe('posted');
    expect(occurrenceOf(result.plan, '2026-12-07').status).toBe('idea');
    expect(
      markPlanPosted(result.plan, '2026-11-30', 'instagram', 'post_4', writer, 6_000, ids).ok,
    ).toBe(false);
  });
});

describe('a plan for two platforms stays open until it went out on each', () => {
  const both = makePlan({ status: 'approved', platforms: ['instagram', 'facebook'] });
  const posted = (
    plan: typeof both,
    platform: 'instagram' | 'facebook',
    id: string,
    at: number,
  ) => {
    const result = markPlanPosted(plan, undefined, platform, id, writer, at, ids);
    if (!result.ok) throw new Error(`refused: ${result.refusal}`);
    return result.plan;
  };

  it('the first confirm records its platform and leaves the status as it was', () => {
    const first = posted(both, 'instagram', 'log_ig', 5_000);
    expect(first).toMatchObject({
      status: 'approved',
      postedOn: { instagram: 'log_ig' },
      updatedAt: 5_000,
      updatedBy: 'member-budi',
    });
    expect(first.postLogId).toBeUndefined();
    expect(postingProgress(first.platforms, first.postedOn)).toEqual({
      posted: ['instagram'],
      left: ['facebook'],
    });
  });

  it('the second confirm posts it, each platform keeping its own entry', () => {
    const second = posted(posted(both, 'instagram', 'log_ig', 5_000), 'facebook', 'log_fb', 6_000);
    expect(second).toMatchObject({
      status: 'posted',
      postLogId: 'log_fb',
      postedOn: { instagram: 'log_ig', facebook: 'log_fb' },
    });
  });

  it('a second post on the platform already posted changes nothing', () => {
    const first = posted(both, 'instagram', 'log_ig', 5_000);
    expect(markPlanPosted(first, undefined, 'instagram', 'log_ig2', writer, 6_000, ids)).toEqual({
      ok: false,
      refusal: 'wrong-status',
      from: 'approved',
    });
  });

  it("the panel of the platform posted no longer offers it; the other platform's still does", () => {
    const today = makePlan({ ...both, date: '2026-12-08', time: '08:00' });
    const first = posted(today, 'instagram', 'log_ig', 5_000);
    const zone = 'Asia/Jakarta';
    expect(duePlans([first], 'instagram', NOW, zone).dueToday).toEqual([]);
    expect(titles(duePlans([first], 'facebook', NOW, zone).dueToday)).toEqual([
      `${both.title} 2026-12-08`,
    ]);
    const chosen = occurrenceOf(first, undefined);
    expect(chosen).toMatchObject({ status: 'approved', postedOn: { instagram: 'log_ig' } });
  });

  it('one occurrence of a series: each platform on that day, the other days untouched', () => {
    const weekly = makePlan({
      date: '2026-11-23',
      platforms: ['instagram', 'facebook'],
      recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=4', exceptions: [] },
    });
    const day = '2026-11-30';
    const first = markPlanPosted(weekly, day, 'facebook', 'log_fb', writer, 5_000, ids);
    if (!first.ok) throw new Error('refused');
    expect(occurrenceOf(first.plan, day)).toMatchObject({
      status: 'idea',
      postedOn: { facebook: 'log_fb' },
    });
    expect(occurrenceOf(first.plan, '2026-12-07').postedOn).toBeUndefined();
    const second = markPlanPosted(first.plan, day, 'instagram', 'log_ig', writer, 6_000, ids);
    if (!second.ok) throw new Error('refused');
    expect(occurrenceOf(second.plan, day)).toMatchObject({
      status: 'posted',
      postedOn: { facebook: 'log_fb', instagram: 'log_ig' },
    });
    expect(second.plan.status).toBe('idea');
    expect(occurrenceOf(second.plan, '2026-12-07').status).toBe('idea');
  });
});
