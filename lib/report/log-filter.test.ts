import { describe, expect, it } from 'vitest';
import type { PostLogRecord } from '@/lib/db';
import { filterLog, monthsInLog, NO_FILTER } from './log-filter';

const entries: PostLogRecord[] = [
  {
    id: 'a',
    at: Date.UTC(2026, 10, 20),
    platform: 'x',
    text: 'Pameran buku anak',
    templateId: 't1',
    account: '@perpuskota_sapa',
  },
  {
    id: 'b',
    at: Date.UTC(2026, 9, 31, 18),
    platform: 'instagram',
    text: 'Jam layanan',
    override: { ruleIds: ['length'] },
  },
];

describe('filterLog', () => {
  it('filters by platform, template, overrides, month in the zone and words', () => {
    expect(filterLog(entries, { ...NO_FILTER, platform: 'x' }, 'UTC').map((e) => e.id)).toEqual([
      'a',
    ]);
    expect(filterLog(entries, { ...NO_FILTER, templateId: 't1' }, 'UTC').map((e) => e.id)).toEqual([
      'a',
    ]);
    expect(
      filterLog(entries, { ...NO_FILTER, overriddenOnly: true }, 'UTC').map((e) => e.id),
    ).toEqual(['b']);
    expect(filterLog(entries, { ...NO_FILTER, month: '2026-11' }, 'UTC')).toHaveLength(1);
    expect(filterLog(entries, { ...NO_FILTER, month: '2026-11' }, 'Asia/Jakarta')).toHaveLength(2);
    expect(
      filterLog(entries, { ...NO_FILTER, query: 'BUKU pameran' }, 'UTC').map((e) => e.id),
    ).toEqual(['a']);
  });

  it('finds a post by the account it went out from', () => {
    expect(
      filterLog(entries, { ...NO_FILTER, query: 'perpuskota' }, 'UTC').map((e) => e.id),
    ).toEqual(['a']);
    expect(filterLog(entries, { ...NO_FILTER, query: '@perpusnas' }, 'UTC')).toEqual([]);
  });

  it('lists the months that have entries, newest first', () => {
    expect(monthsInLog(entries, 'UTC')).toEqual(['2026-11', '2026-10']);
  });
});
