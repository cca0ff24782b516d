import { describe, expect, it } from 'vitest';
import { HOLIDAYS } from './data/id-days-2026-2027';
import { dayNotes } from './days';

const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

describe('dayNotes', () => {
  it('March 2026: Nyepi and Idulfitri with their collective leave, in date order', () => {
    const notes = dayNotes(2026, 3);
    expect(notes.holidays).toBe('confirmed');
    expect(notes.days.map((d) => [d.date, d.kind])).toEqual([
      ['2026-03-18', 'collective-leave'],
      ['2026-03-19', 'holiday'],
      ['2026-03-20', 'collective-leave'],
      ['2026-03-21', 'holiday'],
      ['2026-03-22', 'holiday'],
      ['2026-03-23', 'collective-leave'],
      ['2026-03-24', 'collective-leave'],
    ]);
    expect(notes.days[3]).toMatchObject({ basis: 'lunar', name: { id: 'Idulfitri 1447 H' } });
  });

  it('library days every year: 17 May, 14 September and reading month in September', () => {
    for (const year of [2026, 2027, 2030]) {
      expect(dayNotes(year, 5).days.filter((d) => d.kind === 'library-day')).toEqual([
        {
          date: `${year}-05-17`,
          kind: 'library-day',
          name: { id: 'Hari Buku Nasional', en: 'National Book Day' },
        },
      ]);
      const september = dayNotes(year, 9);
      expect(september.days.map((d) => d.date)).toEqual([`${year}-09-14`]);
      expect(september.month.map((m) => m.name.id)).toEqual(['Bulan Gemar Membaca']);
      expect(dayNotes(year, 10).month).toEqual([]);
    }
  });

  it('says when the holiday data is partial or missing rather than showing an empty month', () => {
    expect(dayNotes(2027, 8).holidays).toBe('partial');
    expect(dayNotes(2028, 8)).toMatchObject({ days: [], holidays: 'not-covered' });
  });

  it('2026 has the SKB count: 17 national holidays and 8 days of collective leave', () => {
    const y2026 = HOLIDAYS.filter((e) => e.date.startsWith('2026-'));
    expect(y2026.filter((e) => e.kind === 'holiday')).toHaveLength(17);
    expect(y2026.filter((e) => e.kind === 'collective-leave')).toHaveLength(8);
  });

  it('the data is well formed: real dates, no duplicates, Easter-based days on the right weekday', () => {
    for (const e of HOLIDAYS)
      expect(new Date(`${e.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.date);
    expect(new Set(HOLIDAYS.map((e) => e.date)).size).toBe(HOLIDAYS.length);
    const easter = HOLIDAYS.filter((e) => e.basis === 'easter').map((e) => [
      e.name.en,
      dow(e.date),
    ]);
    for (const [name, day] of easter)
      expect(day).toBe(
        { 'Good Friday': 5, 'Easter Sunday': 0, 'Ascension Day': 4 }[name as string],
      );
  });
});
