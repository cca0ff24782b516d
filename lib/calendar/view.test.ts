import { describe, expect, it } from 'vitest';
import { makePlan } from './plan-fixture';
import { editOccurrence } from './recurrence';
import {
  addDays,
  addMonths,
  monthGridRange,
  calendarItems,
  floatingParts,
  libraryNow,
  monthEnd,
  monthGridDays,
  notesBetween,
  plansByDay,
  reschedule,
} from './view';

const monthly = makePlan({
  id: 'series',
  date: '2026-01-17',
  time: '09:00',
  platforms: ['facebook'],
  assignee: 'member-b',
  recurrence: { rule: 'FREQ=MONTHLY;BYMONTHDAY=17;COUNT=6', exceptions: [] },
});
const single = makePlan({ id: 'one', date: '2026-05-02', platforms: ['x', 'instagram'] });

describe('calendarItems', () => {
  it('shows a single plan and each occurrence of a series in the range, in time order', () => {
    const items = calendarItems([single, monthly], '2026-05-01', '2026-05-31', 'Asia/Jakarta');
    expect(items.map((i) => [i.key, i.occurrence.date, i.platform])).toEqual([
      ['one', '2026-05-02', 'x'],
      ['series@2026-05-17', '2026-05-17', 'facebook'],
    ]);
  });

  it('filters by platform (any of the plan’s), status and member', () => {
    const all = [single, monthly];
    const keys = (filters: Parameters<typeof calendarItems>[4]) =>
      calendarItems(all, '2026-05-01', '2026-05-31', 'Asia/Jakarta', filters).map((i) => i.key);
    expect(keys({ platform: 'instagram' })).toEqual(['one']);
    expect(keys({ platform: 'tiktok' })).toEqual([]);
    expect(keys({ status: 'idea' })).toHaveLength(2);
    expect(keys({ status: 'posted' })).toEqual([]);
    expect(keys({ member: 'member-b' })).toEqual(['series@2026-05-17']);
  });

  it("leaves out of a member's view the occurrence with nobody assigned", () => {
    const cleared = editOccurrence(monthly, '2026-05-17', { unassigned: true }, 'member-a', 2_000);
    const keys = calendarItems([cleared], '2026-04-01', '2026-05-31', 'Asia/Jakarta', {
      member: 'member-b',
    }).map((i) => i.key);
    expect(keys).toEqual(['series@2026-04-17']);
  });
});

describe('plansByDay', () => {
  it('keeps the first plans of a busy day in time order and counts the rest', () => {
    const day = (id: string, date: string, time: string) => makePlan({ id, date, time });
    const plans = [
      day('d', '2026-05-02', '15:00'),
      day('a', '2026-05-02', '08:00'),
      day('c', '2026-05-02', '13:00'),
      day('b', '2026-05-02', '10:00'),
      day('e', '2026-05-02', '16:00'),
      day('quiet', '2026-05-03', '09:00'),
    ];
    const items = calendarItems(plans, '2026-05-01', '2026-05-31', 'Asia/Jakarta');
    const days = plansByDay(items, 3);
    expect(days.get('2026-05-02')?.shown.map((i) => i.key)).toEqual(['a', 'b', 'c']);
    expect(days.get('2026-05-02')?.more).toBe(2);
    expect(days.get('2026-05-03')).toMatchObject({ more: 0 });
    expect(days.get('2026-05-04')).toBeUndefined();
    expect(plansByDay(items, 5).get('2026-05-02')?.more).toBe(0);
  });
});

describe('the month grid', () => {
  it('is six weeks from the Monday on or before the 1st, as the month view draws them', () => {
    // December 2026 starts on a Tuesday; February 2027 on a Monday.
    expect(monthGridRange('2026-12')).toEqual({ from: '2026-11-30', to: '2027-01-10' });
    expect(monthGridRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-03-14' });
    expect(monthGridRange('2026-12', 0)).toEqual({ from: '2026-11-29', to: '2027-01-09' });
  });

  it('lists its 42 days in order, across the turn of the year', () => {
    const days = monthGridDays('2026-12');
    expect(days).toHaveLength(42);
    expect([days[0], days[1], days[6], days[7], days[41]]).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-06',
      '2026-12-07',
      '2027-01-10',
    ]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('steps months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});

describe('reschedule', () => {
  it('moves a single plan, and only the dragged occurrence of a series', () => {
    expect(reschedule(single, '2026-05-02', '2026-05-04', '10:00', 'a', 5)).toMatchObject({
      date: '2026-05-04',
      time: '10:00',
    });
    const moved = reschedule(monthly, '2026-05-17', '2026-05-18', '09:00', 'a', 5);
    expect(moved.date).toBe('2026-01-17');
    const may = calendarItems([moved], '2026-05-01', '2026-06-30', 'Asia/Jakarta');
    expect(may.map((i) => i.occurrence.date)).toEqual(['2026-05-18', '2026-06-17']);
  });
});

describe('day notes of a range', () => {
  it('spans months and years, and keeps only the days in the range', () => {
    const notes = notesBetween('2026-12-20', '2027-01-05');
    expect(notes.map((n) => n.date)).toEqual(expect.arrayContaining(['2026-12-25', '2027-01-01']));
    expect(notes.every((n) => n.date >= '2026-12-20' && n.date <= '2027-01-05')).toBe(true);
    expect(notesBetween('2026-05-17', '2026-05-17').map((n) => n.name.id)).toContain(
      'Hari Buku Nasional',
    );
  });
});

describe('floating times', () => {
  it('read the wall clock from UTC fields, and give the library’s now', () => {
    expect(floatingParts(new Date(Date.UTC(2026, 4, 17, 23, 30)))).toEqual({
      date: '2026-05-17',
      time: '23:30',
    });
    // 20:00 UTC is already the next day in WIT (UTC+9).
    expect(libraryNow(Date.UTC(2026, 4, 17, 20, 0), 9)).toBe('2026-05-18T05:00:00');
    expect(monthEnd('2026-02-10')).toBe('2026-02-28');
  });
});
