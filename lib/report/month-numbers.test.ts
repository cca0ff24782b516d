import { describe, expect, it } from 'vitest';
import type { PostLogRecord } from '@/lib/db';
import { buildReport } from './build';
import { reportTable } from './csv';
import { parseMetricText, platformNumbers, withMonthNumbers } from './month-numbers';

const NOV = Date.parse('2026-11-10T03:00:00Z');
let n = 0;
const post = (platform: PostLogRecord['platform'], metrics?: PostLogRecord['metrics']) => {
  n += 1;
  return { id: `p${n}`, at: NOV, platform, text: 'Buku baru', ...(metrics ? { metrics } : {}) };
};

describe('numbers as typed', () => {
  it('reads thousands separators of either language, and tells empty from wrong', () => {
    expect(parseMetricText('1.234')).toBe(1234);
    expect(parseMetricText('1,234')).toBe(1234);
    expect(parseMetricText(' 12 345 ')).toBe(12345);
    expect(parseMetricText('0')).toBe(0);
    expect(parseMetricText('')).toBeNull();
    expect(parseMetricText('  ')).toBeNull();
    expect(parseMetricText('12k')).toBeUndefined();
    expect(parseMetricText('-5')).toBeUndefined();
  });
});

describe("keeping a month's numbers", () => {
  it('sets one platform of one month, and drops what is emptied', () => {
    const one = withMonthNumbers({}, '2026-11', 'instagram', { reach: 5000, likes: 300 });
    const two = withMonthNumbers(one, '2026-11', 'x', { reach: 800, likes: undefined });
    expect(two).toEqual({
      '2026-11': { instagram: { reach: 5000, likes: 300 }, x: { reach: 800 } },
    });
    const cleared = withMonthNumbers(two, '2026-11', 'x', {});
    expect(cleared).toEqual({ '2026-11': { instagram: { reach: 5000, likes: 300 } } });
    expect(withMonthNumbers(cleared, '2026-11', 'instagram', {})).toEqual({});
    // The book given is not changed.
    expect(one).toEqual({ '2026-11': { instagram: { reach: 5000, likes: 300 } } });
  });
});

describe("a platform's numbers for the month", () => {
  it("uses the month's numbers in place of the posts' when they give a rate", () => {
    const posts = [post('instagram', { reach: 100, likes: 50 }), post('instagram')];
    const numbers = platformNumbers(posts, { reach: 4000, likes: 180, comments: 20, follows: 35 });
    expect(numbers.source).toBe('month');
    expect(numbers.engagement).toEqual({
      rate: 200 / 4000,
      interactions: 200,
      reach: 4000,
      counted: 2,
      withoutNumbers: 0,
    });
    expect(numbers.newFollowers).toBe(35);
  });

  it("keeps to the posts' numbers when the month has no reach or no interaction", () => {
    const posts = [post('x', { reach: 100, likes: 5, follows: 2 }), post('x', { follows: 3 })];
    const noReach = platformNumbers(posts, { likes: 180 });
    expect(noReach.source).toBe('posts');
    expect(noReach.engagement.rate).toBe(0.05);
    expect(noReach.newFollowers).toBe(5);
    expect(platformNumbers([post('x')], undefined).newFollowers).toBeUndefined();
  });
});

describe('the report with month numbers', () => {
  it('weights each platform by its own source in the total, and says the source in the CSV', () => {
    const entries = [
      post('instagram', { reach: 100, likes: 50 }),
      post('facebook', { reach: 1000, likes: 10 }),
      post('facebook'),
    ];
    const report = buildReport(entries, {
      month: '2026-11',
      timeZone: 'Asia/Jakarta',
      templates: [],
      monthNumbers: { instagram: { reach: 2000, likes: 100, follows: 12 } },
    });
    const instagram = report.perPlatform.find((p) => p.key === 'instagram')!;
    expect(instagram.source).toBe('month');
    expect(instagram.engagement.rate).toBe(0.05);
    // (100 from Instagram's month + 10 from Facebook's post) ÷ (2,000 + 1,000).
    expect(report.engagement.rate).toBeCloseTo(110 / 3000, 10);
    expect(report.engagement.counted).toBe(2);
    expect(report.engagement.withoutNumbers).toBe(1);
    const csv = reportTable(report, 'platforms');
    expect(csv.header.slice(-2)).toEqual(['numbers_from', 'new_followers']);
    expect(csv.rows.find((row) => row[0] === 'instagram')).toEqual([
      'instagram',
      1,
      1,
      100,
      2000,
      '0.0500',
      'month',
      12,
    ]);
    expect(csv.rows.find((row) => row[0] === 'facebook')?.slice(-2)).toEqual(['posts', '']);
  });
});
