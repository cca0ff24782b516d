import { describe, expect, it } from 'vitest';
import {
  checkRepeat,
  noRepeat,
  repeatKindsFor,
  repeatWords,
  ruleOf,
  settingOf,
  type RepeatSetting,
} from './repeat';

const until = '2026-12-31';
const set = (kind: RepeatSetting['kind'], interval = 1): RepeatSetting => ({
  kind,
  interval,
  until,
});

describe('the repeat choice and its rule', () => {
  it('reads the weekday and the day of the month from the plan’s day', () => {
    // 2026-03-09 is the second Monday of March 2026.
    expect(ruleOf(set('weekly', 2), '2026-03-09')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;UNTIL=20261231',
    );
    expect(ruleOf(set('monthly-day'), '2026-03-17')).toBe(
      'FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=20261231',
    );
    expect(ruleOf(set('monthly-nth'), '2026-03-09')).toBe('FREQ=MONTHLY;BYDAY=+2MO;UNTIL=20261231');
    expect(ruleOf(set('monthly-last'), '2026-03-30')).toBe(
      'FREQ=MONTHLY;BYDAY=-1MO;UNTIL=20261231',
    );
    expect(ruleOf(set('none'), '2026-03-09')).toBeNull();
  });

  it('offers "the last" only on a last weekday and "the nth" only up to the fourth', () => {
    expect(repeatKindsFor('2026-03-09')).toEqual(['none', 'weekly', 'monthly-day', 'monthly-nth']);
    // 30 March 2026 is the fifth and last Monday.
    expect(repeatKindsFor('2026-03-30')).toEqual(['none', 'weekly', 'monthly-day', 'monthly-last']);
    // 23 March is the fourth Monday and the last one is the 30th.
    expect(repeatKindsFor('2026-03-25')).toContain('monthly-last');
    expect(repeatKindsFor('2026-03-23')).not.toContain('monthly-last');
  });

  it('reads every rule it writes back as the same setting', () => {
    const cases: [RepeatSetting, string][] = [
      [set('weekly', 3), '2026-03-09'],
      [set('monthly-day'), '2026-03-17'],
      [set('monthly-nth'), '2026-03-09'],
      [set('monthly-last'), '2026-03-30'],
    ];
    for (const [setting, day] of cases)
      expect(settingOf(ruleOf(setting, day)!, day)).toEqual(setting);
  });

  it('keeps a rule of another shape as it is', () => {
    const rule = 'FREQ=MONTHLY;BYMONTHDAY=14;COUNT=4';
    expect(settingOf(rule, '2026-09-14')).toEqual({ kind: 'custom', interval: 1, until: '', rule });
    expect(settingOf('nonsense', '2026-09-14').kind).toBe('custom');
    expect(settingOf(undefined, '2026-01-31')).toEqual(noRepeat('2026-01-31'));
    expect(noRepeat('2026-01-31').until).toBe('2026-04-28');
  });
});

describe('checking a repeat', () => {
  it('counts the occurrences, the start included, the end day included', () => {
    expect(checkRepeat(set('monthly-day'), '2026-01-17', '09:00')).toEqual({
      ok: true,
      rule: 'FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=20261231',
      count: 12,
    });
    expect(
      checkRepeat({ ...set('monthly-day'), until: '2026-03-17' }, '2026-01-17', '23:30'),
    ).toMatchObject({ ok: true, count: 3 });
  });

  it('refuses a repeat without an end, ending before it starts, or too long', () => {
    expect(checkRepeat({ ...set('weekly'), until: '' }, '2026-01-05', '09:00')).toEqual({
      ok: false,
      problem: 'no-end',
    });
    expect(
      checkRepeat({ ...set('weekly'), until: '2026-01-01' }, '2026-01-05', '09:00'),
    ).toMatchObject({ ok: false, problem: 'ends-before' });
    expect(checkRepeat(set('weekly', 0), '2026-01-05', '09:00')).toEqual({
      ok: false,
      problem: 'no-interval',
    });
    expect(checkRepeat(set('weekly', 53), '2026-01-05', '09:00')).toMatchObject({
      problem: 'no-interval',
    });
    const long = checkRepeat({ ...set('weekly'), until: '2035-01-01' }, '2026-01-05', '09:00');
    expect(long).toMatchObject({ ok: false, problem: 'too-many' });
  });

  it('says "the last Monday" for a Monday that stopped being the last one as its nth', () => {
    expect(checkRepeat(set('monthly-last'), '2026-03-09', '09:00')).toMatchObject({
      ok: true,
      rule: 'FREQ=MONTHLY;BYDAY=+2MO;UNTIL=20261231',
    });
  });
});

describe('the words of a repeat', () => {
  it('names the weekday with Intl in the UI language, and the English ordinal of the day', () => {
    expect(repeatWords(set('weekly', 2), '2026-03-09', 'en')).toEqual({
      key: 'calendar.repeat.summary.weeklyN',
      values: { weekday: 'Monday', interval: 2, until: '31 December 2026' },
    });
    expect(repeatWords(set('monthly-nth'), '2026-03-09', 'id')).toEqual({
      key: 'calendar.repeat.summary.monthlyNth',
      values: { weekday: 'Senin', nthKey: 'calendar.repeat.nth.2', until: '31 Desember 2026' },
    });
    const ordinal = (day: string, locale: string) =>
      repeatWords(set('monthly-day'), day, locale)?.values.dayKey;
    expect(ordinal('2026-01-01', 'en')).toBe('calendar.repeat.day.one');
    expect(ordinal('2026-01-22', 'en')).toBe('calendar.repeat.day.two');
    expect(ordinal('2026-01-23', 'en')).toBe('calendar.repeat.day.few');
    expect(ordinal('2026-01-17', 'en')).toBe('calendar.repeat.day.other');
    expect(ordinal('2026-01-01', 'id')).toBe('calendar.repeat.day.other');
    expect(repeatWords(set('none'), '2026-01-01', 'en')).toBeNull();
  });
});
