import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePlan } from './plan-fixture';
import {
  cancelOccurrence,
  editOccurrence,
  editSeries,
  everyNWeeks,
  expand,
  instantOf,
  monthlyOnDay,
  monthlyOnNthWeekday,
  parseRule,
  floating,
} from './recurrence';
import type { LibraryTimeZone } from './types';

const ZONES: LibraryTimeZone[] = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'];
const days = (occ: { date: string }[]) => occ.map((o) => o.date);

describe('expand', () => {
  it('every month on the 17th, in each Indonesian zone, whatever the hour', () => {
    for (const zone of ZONES)
      for (const time of ['00:00', '06:59', '23:30']) {
        const plan = makePlan({
          date: '2026-01-17',
          time,
          recurrence: { rule: monthlyOnDay(17, '2026-06-30'), exceptions: [] },
        });
        const occ = expand(plan, '2026-01-01', '2026-12-31', zone);
        expect(days(occ)).toEqual([
          '2026-01-17',
          '2026-02-17',
          '2026-03-17',
          '2026-04-17',
          '2026-05-17',
          '2026-06-17',
        ]);
        expect(occ.every((o) => o.time === time)).toBe(true);
      }
  });

  it('the second Monday of every month', () => {
    const plan = makePlan({
      date: '2026-01-12',
      recurrence: { rule: monthlyOnNthWeekday(2, 'MO', '2026-04-30'), exceptions: [] },
    });
    expect(days(expand(plan, '2026-01-01', '2026-12-31', 'Asia/Jakarta'))).toEqual([
      '2026-01-12',
      '2026-02-09',
      '2026-03-09',
      '2026-04-13',
    ]);
  });

  it('every other Monday', () => {
    const plan = makePlan({
      date: '2026-01-05',
      recurrence: { rule: everyNWeeks(2, 'MO', '2026-02-28'), exceptions: [] },
    });
    expect(days(expand(plan, '2026-01-01', '2026-12-31', 'Asia/Jakarta'))).toEqual([
      '2026-01-05',
      '2026-01-19',
      '2026-02-02',
      '2026-02-16',
    ]);
  });

  it('the UNTIL day itself is included, at any hour', () => {
    const plan = makePlan({
      date: '2026-03-01',
      time: '23:30',
      recurrence: { rule: 'FREQ=DAILY;UNTIL=20260303', exceptions: [] },
    });
    expect(days(expand(plan, '2026-01-01', '2026-12-31', 'Asia/Jayapura'))).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('across month ends: late-night daily plans stay on their day, the 31st skips short months', () => {
    const daily = makePlan({
      date: '2026-01-30',
      time: '23:30',
      recurrence: { rule: 'FREQ=DAILY;COUNT=4', exceptions: [] },
    });
    const occ = expand(daily, '2026-01-31', '2026-02-01', 'Asia/Jayapura');
    expect(days(occ)).toEqual(['2026-01-31', '2026-02-01']);
    // 23:30 WIT on 1 February is 14:30 UTC that day.
    expect(occ[1]!.instant).toBe(Date.UTC(2026, 1, 1, 14, 30));

    const monthEnd = makePlan({
      date: '2026-01-31',
      time: '00:15',
      recurrence: { rule: monthlyOnDay(31, '2026-08-31'), exceptions: [] },
    });
    expect(days(expand(monthEnd, '2026-01-01', '2026-12-31', 'Asia/Jakarta'))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
    ]);
  });

  it('a plan without recurrence is its one occurrence, when in range', () => {
    const plan = makePlan({ date: '2026-02-28' });
    expect(days(expand(plan, '2026-02-01', '2026-02-28', 'Asia/Jakarta'))).toEqual(['2026-02-28']);
    expect(expand(plan, '2026-03-01', '2026-03-31', 'Asia/Jakarta')).toEqual([]);
    expect(expand({ ...plan, deleted: true }, '2026-02-01', '2026-02-28', 'Asia/Jakarta')).toEqual(
      [],
    );
  });

  it('instants match Intl for each zone', () => {
    for (const zone of ZONES) {
      const t = instantOf('2026-12-31', '23:45', zone);
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(t));
      expect(parts.replace(',', '')).toBe('2026-12-31 23:45');
    }
  });
});

describe('parseRule', () => {
  it('refuses a series without an end, and rules that are not rules', () => {
    const start = floating('2026-01-01');
    expect(parseRule('FREQ=WEEKLY;BYDAY=MO', start)).toEqual({ ok: false, problem: 'no-end' });
    expect(parseRule('nonsense', start)).toEqual({ ok: false, problem: 'invalid' });
    expect(parseRule('FREQ=DAILY;COUNT=3', start).ok).toBe(true);
  });

  it('a plan whose rule has no end shows nothing rather than an endless series', () => {
    const plan = makePlan({ recurrence: { rule: 'FREQ=DAILY', exceptions: [] } });
    expect(expand(plan, '2026-01-01', '2026-12-31', 'Asia/Jakarta')).toEqual([]);
  });
});

describe('one occurrence or all', () => {
  const series = makePlan({
    date: '2026-01-17',
    recurrence: { rule: monthlyOnDay(17, '2026-12-31'), exceptions: [] },
  });

  it('edit one: only that occurrence changes, and it can move to another day', () => {
    const edited = editOccurrence(
      series,
      '2026-03-17',
      { date: '2026-03-18', title: 'Pindah sehari' },
      'member-b',
      5_000,
    );
    const occ = expand(edited, '2026-02-01', '2026-04-30', 'Asia/Jakarta');
    expect(days(occ)).toEqual(['2026-02-17', '2026-03-18', '2026-04-17']);
    expect(occ[1]).toMatchObject({
      originalDate: '2026-03-17',
      title: 'Pindah sehari',
      edited: true,
    });
    expect(occ[0]!.title).toBe(series.title);
    expect(edited).toMatchObject({ updatedAt: 5_000, updatedBy: 'member-b' });
  });

  it('an occurrence moved into the range from outside it is shown; moved out, it is not', () => {
    const edited = editOccurrence(series, '2026-03-17', { date: '2026-04-01' }, 'b', 5_000);
    expect(days(expand(edited, '2026-04-01', '2026-04-30', 'Asia/Jakarta'))).toEqual([
      '2026-04-01',
      '2026-04-17',
    ]);
    expect(days(expand(edited, '2026-03-01', '2026-03-31', 'Asia/Jakarta'))).toEqual([]);
  });

  it('cancel one: the series goes on without it', () => {
    const edited = cancelOccurrence(series, '2026-02-17', 'b', 5_000);
    expect(days(expand(edited, '2026-01-01', '2026-03-31', 'Asia/Jakarta'))).toEqual([
      '2026-01-17',
      '2026-03-17',
    ]);
  });

  it('edit all: every occurrence changes, kept exceptions still apply, orphaned ones go', () => {
    let plan = editOccurrence(series, '2026-02-17', { title: 'Khusus Februari' }, 'b', 5_000);
    plan = cancelOccurrence(plan, '2026-03-17', 'b', 5_001);
    plan = editSeries(plan, { title: 'Semua', time: '10:00' }, 'c', 6_000);
    const occ = expand(plan, '2026-01-01', '2026-04-30', 'Asia/Jakarta');
    expect(occ.map((o) => [o.date, o.time, o.title])).toEqual([
      ['2026-01-17', '10:00', 'Semua'],
      ['2026-02-17', '10:00', 'Khusus Februari'],
      ['2026-04-17', '10:00', 'Semua'],
    ]);
    // Moving the series to the 20th leaves no occurrence on the 17th for the exceptions to name.
    const moved = editSeries(
      plan,
      { date: '2026-01-20', rule: monthlyOnDay(20, '2026-12-31') },
      'c',
      7_000,
    );
    expect(moved.recurrence!.exceptions).toEqual([]);
  });
});

describe('expand (properties)', () => {
  const dayArb = fc
    .date({
      min: new Date(Date.UTC(2025, 11, 1)),
      max: new Date(Date.UTC(2027, 11, 31)),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const timeArb = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const ruleArb = fc.oneof(
    fc.integer({ min: 1, max: 31 }).map((d) => `FREQ=MONTHLY;BYMONTHDAY=${d};COUNT=40`),
    fc.integer({ min: 1, max: 3 }).map((i) => `FREQ=WEEKLY;INTERVAL=${i};BYDAY=MO,TH;COUNT=60`),
    fc.integer({ min: 1, max: 9 }).map((i) => `FREQ=DAILY;INTERVAL=${i};UNTIL=20271231`),
    fc.constantFrom('FREQ=MONTHLY;BYDAY=+2MO;COUNT=24', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=24'),
  );

  it('every occurrence is in range, sorted, unique, and exceptions are respected', () => {
    fc.assert(
      fc.property(
        dayArb,
        timeArb,
        ruleArb,
        fc.constantFrom(...ZONES),
        dayArb,
        fc.integer({ min: 0, max: 70 }),
        fc.array(fc.tuple(fc.nat(), fc.boolean(), dayArb), { maxLength: 5 }),
        (start, time, rule, zone, from, span, picks) => {
          const to = new Date(Date.parse(from) + span * 86_400_000).toISOString().slice(0, 10);
          let plan = makePlan({ date: start, time, recurrence: { rule, exceptions: [] } });
          // Exceptions on real occurrences, taken from the unedited series.
          const all = expand(plan, '2025-01-01', '2029-12-31', zone);
          const touched = new Map<string, { cancelled: boolean; to: string }>();
          for (const [i, cancel, moveTo] of picks) {
            if (!all.length) break;
            const day = all[i % all.length]!.originalDate;
            plan = cancel
              ? cancelOccurrence(plan, day, 'x', 1)
              : editOccurrence(plan, day, { date: moveTo }, 'x', 1);
            touched.set(day, { cancelled: cancel, to: moveTo });
          }
          const occ = expand(plan, from, to, zone);
          for (const o of occ) expect(o.date >= from && o.date <= to).toBe(true);
          for (let i = 1; i < occ.length; i++)
            expect(occ[i - 1]!.instant <= occ[i]!.instant).toBe(true);
          expect(new Set(occ.map((o) => o.originalDate)).size).toBe(occ.length);
          // What should be there: each rule day, cancelled ones out, moved ones at their new day.
          const expected = all
            .filter((o) => !touched.get(o.originalDate)?.cancelled)
            .map((o) => touched.get(o.originalDate)?.to ?? o.date)
            .filter((d) => d >= from && d <= to)
            .sort();
          expect(occ.map((o) => o.date).sort()).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
