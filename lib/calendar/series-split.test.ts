import { describe, expect, it } from 'vitest';
import { plannedPostSchema } from './schema';
import { makePlan } from './plan-fixture';
import { editOccurrence, editSeries, everyNWeeks, expand, instantOf } from './recurrence';
import { endSeriesBefore, splitSeries, withEnd } from './series-split';
import type { LibraryTimeZone, PlannedPostRecord } from './types';

const WIB: LibraryTimeZone = 'Asia/Jakarta';
const ids = { newId: 'plan-2', by: 'member-b', now: 5_000 };
const days = (plan: PlannedPostRecord | null | undefined, zone: LibraryTimeZone = WIB) =>
  plan ? expand(plan, '2026-01-01', '2027-12-31', zone).map((o) => `${o.date} ${o.time}`) : [];

/** Every Monday from 7 December 2026 to 25 January 2027 at 09:00: eight occurrences. */
const weekly = (over: Partial<PlannedPostRecord> = {}) =>
  makePlan({
    date: '2026-12-07',
    time: '09:00',
    assignee: 'member-a',
    status: 'approved',
    postLogId: 'log-1',
    recurrence: { rule: everyNWeeks(1, 'MO', '2027-01-25'), exceptions: [] },
    ...over,
  });

const withTime = (time: string) => (tail: PlannedPostRecord) => ({ ...tail, time });

describe('splitSeries: this and the following occurrences', () => {
  it('at the first occurrence is "all occurrences": one record, its own id', () => {
    const plan = weekly();
    const split = splitSeries(plan, '2026-12-07', withTime('10:00'), ids);
    expect(split.following).toBeUndefined();
    expect(split.series.id).toBe('plan-1');
    expect(days(split.series)).toEqual(
      days(editSeries(plan, { time: '10:00' }, 'member-b', 5_000)),
    );
    expect(split.series.updatedAt).toBe(5_000);
    expect(split.series.updatedBy).toBe('member-b');
  });

  it('in the middle: the series ends the Monday before, a new series carries the edit', () => {
    const plan = weekly();
    const { series, following } = splitSeries(plan, '2026-12-28', withTime('10:00'), ids);
    expect(series.id).toBe('plan-1');
    expect(series.recurrence?.rule).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=20261221');
    expect(days(series)).toEqual(['2026-12-07 09:00', '2026-12-14 09:00', '2026-12-21 09:00']);
    expect(following?.id).toBe('plan-2');
    expect(following?.date).toBe('2026-12-28');
    expect(days(following)).toEqual([
      '2026-12-28 10:00',
      '2027-01-04 10:00',
      '2027-01-11 10:00',
      '2027-01-18 10:00',
      '2027-01-25 10:00',
    ]);
    // Same fields otherwise; the post-log entry was one earlier day's, and stays there.
    expect(following).toMatchObject({
      title: plan.title,
      assignee: 'member-a',
      status: 'approved',
    });
    expect(following?.postLogId).toBeUndefined();
    expect(series.postLogId).toBe('log-1');
    // Both are new versions for team sync.
    for (const record of [series, following!])
      expect(record).toMatchObject({ updatedAt: 5_000, updatedBy: 'member-b' });
  });

  it('at the last occurrence: the new series has that one day', () => {
    const { series, following } = splitSeries(weekly(), '2027-01-25', withTime('10:00'), ids);
    expect(days(series).at(-1)).toBe('2027-01-18 09:00');
    expect(days(following)).toEqual(['2027-01-25 10:00']);
  });

  it('a count-limited series is cut in two counts that add up to it, cancelled days included', () => {
    const plan = cancelledOn(
      weekly({ recurrence: { rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6', exceptions: [] } }),
      '2026-12-14',
    );
    const { series, following } = splitSeries(plan, '2026-12-28', withTime('10:00'), ids);
    expect(series.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=3');
    expect(following?.recurrence?.rule).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=3');
    expect(days(series)).toEqual(['2026-12-07 09:00', '2026-12-21 09:00']);
    expect(days(following)).toEqual(['2026-12-28 10:00', '2027-01-04 10:00', '2027-01-11 10:00']);
  });

  it('the exceptions from the split on go with the new series; earlier ones stay', () => {
    let plan = weekly();
    plan = editOccurrence(plan, '2026-12-14', { status: 'posted' }, 'member-a', 2_000);
    plan = editOccurrence(plan, '2027-01-04', { title: 'Libur sekolah' }, 'member-a', 2_001);
    plan = cancelledOn(plan, '2027-01-11');
    const { series, following } = splitSeries(plan, '2026-12-28', withTime('10:00'), ids);
    expect(series.recurrence?.exceptions.map((e) => e.date)).toEqual(['2026-12-14']);
    expect(following?.recurrence?.exceptions).toEqual([
      { date: '2027-01-04', override: { title: 'Libur sekolah' } },
      { date: '2027-01-11', cancelled: true },
    ]);
    const shown = expand(following!, '2026-12-01', '2027-01-31', WIB);
    expect(shown.map((o) => `${o.date} ${o.title}`)).toEqual([
      `2026-12-28 ${plan.title}`,
      '2027-01-04 Libur sekolah',
      `2027-01-18 ${plan.title}`,
      `2027-01-25 ${plan.title}`,
    ]);
  });

  it('moved to Tuesdays, the carried exceptions move with it', () => {
    let plan = weekly();
    plan = editOccurrence(plan, '2027-01-04', { title: 'Libur sekolah' }, 'member-a', 2_000);
    const { following } = splitSeries(
      plan,
      '2026-12-28',
      (tail) => ({
        ...tail,
        date: '2026-12-29',
        recurrence: { ...tail.recurrence!, rule: everyNWeeks(1, 'TU', '2027-01-25') },
      }),
      ids,
    );
    expect(following?.recurrence?.exceptions).toEqual([
      { date: '2027-01-05', override: { title: 'Libur sekolah' } },
    ]);
    expect(days(following)[0]).toBe('2026-12-29 09:00');
  });

  it('what the person changed on the opened occurrence is no longer its own', () => {
    let plan = weekly();
    plan = editOccurrence(plan, '2026-12-28', { title: 'Own', notes: 'own notes' }, 'a', 2_000);
    const { following } = splitSeries(
      plan,
      '2026-12-28',
      (tail) => ({ ...tail, title: 'Renamed' }),
      ids,
    );
    expect(following?.recurrence?.exceptions).toEqual([
      { date: '2026-12-28', override: { notes: 'own notes' } },
    ]);
    expect(expand(following!, '2026-12-28', '2026-12-28', WIB)[0]?.title).toBe('Renamed');
  });

  it("in each Indonesian zone the days stay the library's, late at night too", () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) {
      const plan = weekly({ time: '23:30' });
      const { series, following } = splitSeries(plan, '2026-12-28', (t) => t, ids);
      expect(days(series, zone)).toEqual([
        '2026-12-07 23:30',
        '2026-12-14 23:30',
        '2026-12-21 23:30',
      ]);
      const first = expand(following!, '2026-12-01', '2027-01-31', zone)[0];
      expect(first?.instant).toBe(instantOf('2026-12-28', '23:30', zone));
    }
  });

  it('both records pass the schema team sync checks', () => {
    const { series, following } = splitSeries(weekly(), '2026-12-28', withTime('10:00'), ids);
    expect(plannedPostSchema.safeParse(series).success).toBe(true);
    expect(plannedPostSchema.safeParse(following).success).toBe(true);
  });
});

describe('endSeriesBefore: delete this and the following occurrences', () => {
  it('ends the series the occurrence before, dropping later exceptions', () => {
    const plan = cancelledOn(weekly(), '2027-01-11');
    const ended = endSeriesBefore(plan, '2027-01-04', 'member-b', 5_000);
    expect(days(ended).at(-1)).toBe('2026-12-28 09:00');
    expect(ended?.recurrence?.exceptions).toEqual([]);
    expect(ended).toMatchObject({ updatedAt: 5_000, updatedBy: 'member-b' });
  });

  it('at the first occurrence nothing is left: null (the plan is deleted)', () => {
    expect(endSeriesBefore(weekly(), '2026-12-07', 'member-b', 5_000)).toBeNull();
  });
});

describe('withEnd', () => {
  it('replaces UNTIL or COUNT, whatever form it had', () => {
    expect(withEnd('FREQ=DAILY;UNTIL=20271231T235959Z', { until: '2027-01-02' })).toBe(
      'FREQ=DAILY;UNTIL=20270102',
    );
    expect(withEnd('FREQ=DAILY;COUNT=9;INTERVAL=2', { count: 4 })).toBe(
      'FREQ=DAILY;INTERVAL=2;COUNT=4',
    );
  });
});

describe('one occurrence with nobody assigned', () => {
  it('is distinct from "the series\' assignee", and a new assignee replaces it', () => {
    const plan = weekly();
    const cleared = editOccurrence(plan, '2026-12-14', { unassigned: true }, 'a', 2_000);
    const shown = expand(cleared, '2026-12-07', '2026-12-14', WIB);
    expect(shown.map((o) => o.assignee)).toEqual(['member-a', undefined]);
    expect(plannedPostSchema.safeParse(cleared).success).toBe(true);
    const again = editOccurrence(cleared, '2026-12-14', { assignee: 'member-c' }, 'a', 3_000);
    expect(again.recurrence?.exceptions[0]?.override).toEqual({ assignee: 'member-c' });
  });
});

function cancelledOn(plan: PlannedPostRecord, day: string): PlannedPostRecord {
  return {
    ...plan,
    recurrence: {
      ...plan.recurrence!,
      exceptions: [...plan.recurrence!.exceptions, { date: day, cancelled: true }],
    },
  };
}
