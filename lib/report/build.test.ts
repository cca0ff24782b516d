import { describe, expect, it } from 'vitest';
import type { PostLogRecord } from '@/lib/db';
import { buildReport, categoryOf } from './build';
import { engagementOf } from './engagement';
import { reportTable, tableCsv } from './csv';
import { seedTemplates } from '@/lib/library/seed/templates';
import { demoLastMonth, demoPostLog } from '@/tests/support/demo-post-log';

const JAKARTA = 'Asia/Jakarta';
let n = 0;
function post(at: number, extra: Partial<PostLogRecord> = {}): PostLogRecord {
  n += 1;
  return { id: `p${n}`, at, platform: 'instagram', text: 'Buku baru #BulanBuku', ...extra };
}
const templates = [
  { id: 't1', name: 'Koleksi baru', category: 'collection' },
  { id: 't2', name: 'Selamat pagi', category: 'greeting' },
];

describe('buildReport', () => {
  it('counts a post in the month and week of the person’s time zone', () => {
    // 1 November 00:30 in Jakarta is 31 October 17:30 UTC.
    const entries = [
      post(Date.UTC(2026, 9, 31, 17, 30)),
      post(Date.UTC(2026, 9, 31, 16, 30)), // 31 October 23:30 in Jakarta: October
      post(Date.UTC(2026, 10, 30, 16, 59)), // 30 November 23:59 in Jakarta
      post(Date.UTC(2026, 10, 30, 17, 0)), // 1 December 00:00 in Jakarta
    ];
    const report = buildReport(entries, { month: '2026-11', timeZone: JAKARTA, templates });
    expect(report.total).toBe(2);
    expect(report.perWeek.find((w) => w.key === '2026-W44')?.count).toBe(1);
    expect(report.perWeek.find((w) => w.key === '2026-W49')?.count).toBe(1);
    const utc = buildReport(entries, { month: '2026-11', timeZone: 'UTC', templates });
    expect(utc.total).toBe(2);
    expect(utc.perWeek.find((w) => w.key === '2026-W44')?.count).toBe(0);
  });

  it('counts posts per platform, categories, templates, hashtags and overrides', () => {
    const at = Date.UTC(2026, 10, 10, 3);
    const entries = [
      post(at, { templateId: 't1', text: 'Koleksi #BulanBuku #Perpustakaan' }),
      post(at, { templateId: 't1', platform: 'x', text: 'Koleksi #bulanbuku' }),
      post(at, {
        templateId: 't2',
        category: 'event',
        override: { ruleIds: ['length', 'length'] },
      }),
      post(at, { templateId: 'gone', platform: 'facebook', text: 'tanpa tagar' }),
    ];
    const report = buildReport(entries, { month: '2026-11', timeZone: JAKARTA, templates });
    expect(report.perPlatform.find((p) => p.key === 'instagram')?.count).toBe(2);
    expect(report.perPlatform.find((p) => p.key === 'tiktok')?.count).toBe(0);
    expect(report.categories).toEqual([
      { key: 'collection', count: 2 },
      { key: '', count: 1 },
      { key: 'event', count: 1 },
    ]);
    expect(report.topTemplates[0]).toEqual({ key: 't1', name: 'Koleksi baru', count: 2 });
    expect(report.topTemplates.find((t) => t.key === 'gone')?.name).toBe('');
    expect(report.topHashtags[0]).toEqual({ key: 'bulanbuku', tag: 'BulanBuku', count: 3 });
    expect(report.overrides).toEqual({ posts: 1, byRule: [{ key: 'length', count: 1 }] });
  });

  it('takes the category chosen by hand over the template’s', () => {
    const map = new Map(templates.map((t) => [t.id, t]));
    expect(categoryOf({ templateId: 't1' }, map)).toBe('collection');
    expect(categoryOf({ templateId: 't1', category: 'service' }, map)).toBe('service');
    expect(categoryOf({}, map)).toBe('');
  });

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => buildReport([], { month: '2026-13', timeZone: JAKARTA, templates })).toThrow();
  });
});

describe('engagement rate', () => {
  it('leaves out posts without numbers instead of counting them as zero', () => {
    const engagement = engagementOf([
      { metrics: { reach: 1000, likes: 40, comments: 5, shares: 3, saves: 2 } },
      { metrics: { reach: 200, likes: 10 } }, // comments, shares, saves not entered
      {}, // nothing entered
      { metrics: { likes: 30 } }, // no reach: no rate
      { metrics: { reach: 500 } }, // reach but no interaction number
      { metrics: { reach: 0, likes: 3 } }, // reach 0 cannot give a rate
    ]);
    expect(engagement.counted).toBe(2);
    expect(engagement.withoutNumbers).toBe(4);
    expect(engagement.interactions).toBe(60);
    expect(engagement.reach).toBe(1200);
    expect(engagement.rate).toBeCloseTo(0.05);
  });

  it('has no rate when no post has numbers', () => {
    expect(engagementOf([{}, {}]).rate).toBeUndefined();
  });

  it('is in the report per platform and for the month', () => {
    const at = Date.UTC(2026, 10, 10);
    const report = buildReport(
      [post(at, { metrics: { reach: 100, likes: 10 } }), post(at, { platform: 'x' })],
      { month: '2026-11', timeZone: JAKARTA, templates },
    );
    expect(report.engagement.rate).toBeCloseTo(0.1);
    expect(report.perPlatform.find((p) => p.key === 'x')?.engagement.rate).toBeUndefined();
    expect(reportTable(report, 'platforms').rows.find((r) => r[0] === 'x')?.[5]).toBe('');
  });
});

describe('CSV', () => {
  it('writes each table with a header, CRLF and neutralised formulas', () => {
    const report = buildReport([post(Date.UTC(2026, 10, 10), { templateId: 'x1' })], {
      month: '2026-11',
      timeZone: JAKARTA,
      templates: [{ id: 'x1', name: '=HYPERLINK("a")', category: 'event, hall' }],
    });
    const csv = tableCsv(reportTable(report, 'templates'));
    expect(csv).toBe('\uFEFFtemplate_id,template,posts\r\nx1,"\'=HYPERLINK(""a"")",1\r\n');
    expect(tableCsv(reportTable(report, 'categories'))).toContain('"event, hall",1');
  });
});

describe("the demo's post log", () => {
  it('gives last month a report with every platform, numbers, categories and one Post anyway', () => {
    const now = Date.parse('2026-12-02T03:00:00Z');
    const log = demoPostLog(now);
    expect(demoPostLog(now)).toEqual(log);
    const seeds = seedTemplates(now).map((t) => ({ id: t.id, name: t.name, category: t.category }));
    const report = buildReport(log, { month: '2026-11', timeZone: JAKARTA, templates: seeds });
    expect(report.perPlatform.map((row) => row.key).sort()).toEqual([
      'facebook',
      'instagram',
      'tiktok',
      'x',
    ]);
    expect(report.total).toBeGreaterThanOrEqual(20);
    expect(report.engagement.counted).toBeGreaterThan(report.total / 2);
    expect(report.overrides.posts).toBe(1);
    // Every post came from a seed template: no "(deleted template)", no "(no category)".
    expect(report.topTemplates.every((row) => row.name !== '')).toBe(true);
    expect(report.categories.map((row) => row.key)).not.toContain('');
    expect(log.every((entry) => entry.at <= now)).toBe(true);
    // This month so far (two days) has a post or two, not a month's worth.
    const december = buildReport(log, { month: '2026-12', timeZone: JAKARTA, templates: seeds });
    expect(december.total).toBeLessThan(5);
  });

  it("names last month as the library's calendar has it, across a year's end", () => {
    expect(demoLastMonth(Date.parse('2026-12-02T03:00:00Z'))).toBe('2026-11');
    // 1 January 2027 at 01:00 WIB is still 31 December in UTC: last month is December.
    expect(demoLastMonth(Date.parse('2026-12-31T18:00:00Z'))).toBe('2026-12');
    expect(demoLastMonth(Date.parse('2027-01-15T00:00:00Z'))).toBe('2026-12');
  });
});
