import { describe, expect, it } from 'vitest';
import { isoWeek, localDate, monthOf, weekKey, weeksOfMonth } from './calendar';

describe('isoWeek', () => {
  it.each([
    // Across a year end: 2026-12-31 is a Thursday (week 53 of 2026); 2027-01-01 belongs to it.
    [{ year: 2026, month: 12, day: 31 }, '2026-W53'],
    [{ year: 2027, month: 1, day: 1 }, '2026-W53'],
    [{ year: 2027, month: 1, day: 4 }, '2027-W01'],
    // 2024-12-30 (Monday) is in week 1 of 2025.
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    // Across a month end: Saturday 31 October and Sunday 1 November 2026 share week 44.
    [{ year: 2026, month: 10, day: 31 }, '2026-W44'],
    [{ year: 2026, month: 11, day: 1 }, '2026-W44'],
    [{ year: 2026, month: 11, day: 2 }, '2026-W45'],
  ])('%o is in %s', (date, key) => {
    expect(weekKey(isoWeek(date))).toBe(key);
  });
});

describe('weeksOfMonth', () => {
  it('lists every week touching the month, cut at its edges', () => {
    const weeks = weeksOfMonth(2026, 11);
    expect(weeks[0]).toEqual({ key: '2026-W44', first: '2026-11-01', last: '2026-11-01' });
    expect(weeks[1]).toEqual({ key: '2026-W45', first: '2026-11-02', last: '2026-11-08' });
    expect(weeks.at(-1)).toEqual({ key: '2026-W49', first: '2026-11-30', last: '2026-11-30' });
    expect(weeks).toHaveLength(6);
  });

  it('handles December into the next ISO year', () => {
    expect(weeksOfMonth(2026, 12).at(-1)).toEqual({
      key: '2026-W53',
      first: '2026-12-28',
      last: '2026-12-31',
    });
  });
});

describe('time zones', () => {
  // 2026-10-31 20:30 UTC: still 31 October in UTC, already 1 November in Jakarta (UTC+7).
  const at = Date.UTC(2026, 9, 31, 20, 30);

  it('puts an instant on the day and month of the zone', () => {
    expect(localDate(at, 'UTC')).toEqual({ year: 2026, month: 10, day: 31 });
    expect(localDate(at, 'Asia/Jakarta')).toEqual({ year: 2026, month: 11, day: 1 });
    expect(localDate(at, 'Asia/Jayapura')).toEqual({ year: 2026, month: 11, day: 1 });
    expect(monthOf(at, 'America/New_York')).toBe('2026-10');
    expect(monthOf(at, 'Asia/Makassar')).toBe('2026-11');
  });

  it('follows a change of clocks inside a day', () => {
    // New York moved to summer time at 07:00 UTC on 8 March 2026 (02:00 EST became 03:00 EDT).
    expect(localDate(Date.UTC(2026, 2, 9, 3, 30), 'America/New_York').day).toBe(8); // 23:30 EDT
    expect(localDate(Date.UTC(2026, 2, 8, 4, 30), 'America/New_York').day).toBe(7); // 23:30 EST
    expect(localDate(Date.UTC(2026, 2, 8, 5, 30), 'America/New_York').day).toBe(8); // 00:30 EST
    // Berlin went back to winter time on 25 October 2026 at 01:00 UTC.
    expect(localDate(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin').day).toBe(25); // 23:30 CET
    expect(localDate(Date.UTC(2026, 9, 24, 22, 30), 'Europe/Berlin').day).toBe(25); // 00:30 CEST
    expect(localDate(Date.UTC(2026, 9, 24, 21, 30), 'Europe/Berlin').day).toBe(24); // 23:30 CEST
  });
});
