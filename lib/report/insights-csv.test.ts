import { describe, expect, it } from 'vitest';
import type { PostLogRecord } from '@/lib/db';
import {
  addressKey,
  guessMapping,
  hasMetricColumn,
  insightsPatches,
  insightsRows,
  matchInsights,
  parseCount,
  parseTime,
  platformOfRows,
  readInsightsCsv,
  withColumnRole,
  type MatchOptions,
} from './insights-csv';

const JAKARTA = 'Asia/Jakarta';

/** Reads, maps by header names, reads the rows and matches them: the page's preview. */
function preview(text: string, log: PostLogRecord[], options: Partial<MatchOptions> = {}) {
  const read = readInsightsCsv(text);
  if (!read.ok) throw new Error(read.problem);
  const mapping = guessMapping(read.table.header);
  const { rows, skippedDescriptions } = insightsRows(
    read.table,
    mapping,
    options.timeZone ?? JAKARTA,
  );
  const matched = matchInsights(rows, log, {
    platform: 'instagram',
    timeZone: JAKARTA,
    ...options,
  });
  return { table: read.table, mapping, rows, matched, skippedDescriptions };
}

function entry(id: string, patch: Partial<PostLogRecord>): PostLogRecord {
  return { id, at: 0, platform: 'instagram', text: '', ...patch };
}

// 25 March 2025, 22:00 in Jakarta (UTC+7) = 15:00 UTC.
const IG_AT = Date.UTC(2025, 2, 25, 15, 0);

/** Instagram's content export as public code shows it (docs/report.md, evidence). */
const INSTAGRAM = [
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves',
  '1796,1784,perpusda,"Perpustakaan Daerah","Pameran buku, Sabtu ini #BulanBuku",0,"03/25/2025 22:00",https://www.instagram.com/p/DHpmj9euOPy/,"IG carousel",,Lifetime,"1,520",980,85,4,2,7,31',
].join('\r\n');

describe('reading an insights export', () => {
  it("reads Instagram's export: headers, quoted commas, thousands, the permalink", () => {
    const log = [entry('a', { at: IG_AT + 60_000, url: 'https://instagram.com/p/DHpmj9euOPy' })];
    const { mapping, rows, matched } = preview(INSTAGRAM, log);
    expect(mapping).toEqual([
      null,
      null,
      null,
      null,
      'caption',
      null,
      'time',
      'url',
      null,
      null,
      null, // Meta's "Date" holds "Lifetime": "Publish time" is the time
      'impressions',
      'reach',
      'likes',
      'shares',
      'follows',
      'comments',
      'saves',
    ]);
    expect(rows[0]).toMatchObject({
      line: 2,
      caption: 'Pameran buku, Sabtu ini #BulanBuku',
      time: { at: IG_AT, dayOnly: false },
      metrics: {
        impressions: 1520,
        reach: 980,
        likes: 85,
        shares: 4,
        follows: 2,
        comments: 7,
        saves: 31,
      },
    });
    expect(matched[0]!.outcome).toEqual({ status: 'matched', entryId: 'a' });
  });

  it("reads the Facebook Page export's headers (Reactions are likes)", () => {
    const csv = [
      'Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Permalink,Post type,Views,Reach,Reactions,Comments,Shares,Total clicks',
      'p1,pg,Perpusda,"Ayo berkunjung",,0,11/20/2026 12:00,https://www.facebook.com/perpusda/posts/123,Photo,2.400,1.800,120,9,14,33',
    ].join('\n');
    const at = Date.UTC(2026, 10, 20, 5, 0);
    const { rows, matched } = preview(
      csv,
      [entry('f', { platform: 'facebook', at, text: 'Ayo berkunjung ke perpustakaan' })],
      {
        platform: 'facebook',
      },
    );
    // "1.800" and "2.400": Indonesian thousands.
    expect(rows[0]!.metrics).toEqual({
      impressions: 2400,
      reach: 1800,
      likes: 120,
      comments: 9,
      shares: 14,
    });
    expect(rows[0]!.caption).toBe('Ayo berkunjung');
    expect(matched[0]!.outcome).toEqual({ status: 'matched', entryId: 'f' });
  });

  it("skips the older Facebook export's line of column descriptions", () => {
    const csv = [
      'Post ID,Permalink,Post Message,Type,Posted,Lifetime Post Total Reach,Lifetime Post Total Impressions',
      ',,,,,Lifetime: The total number of people your Page post was served to. (Unique Users),Lifetime: The number of impressions of your Page post. (Total Count)',
      'p2,https://www.facebook.com/x/posts/980,"Hello, readers",Photo,10/1/2015 21:00,8,11',
    ].join('\n');
    const { rows, skippedDescriptions } = preview(csv, [], { platform: 'facebook' });
    expect(skippedDescriptions).toBe(true);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      line: 3,
      caption: 'Hello, readers',
      metrics: { reach: 8, impressions: 11 },
    });
  });

  it("reads X's tweet activity export: 424.0 is 424, its time is UTC, favorites are likes", () => {
    const csv = [
      '"Tweet id","Tweet permalink","Tweet text","time","impressions","engagements","engagement rate","retweets","replies","favorites","user profile clicks","promoted impressions"',
      '"649293177409679360","https://twitter.com/perpusda/status/649293177409679360","Diagnosed text","2015-09-30 18:42 +0000","424.0","3.0","0.007075471698113208","1.0","2.0","3.0","4.0","-"',
    ].join('\n');
    const log = [
      entry('x', {
        platform: 'x',
        at: Date.UTC(2015, 8, 30, 18, 43),
        url: 'https://x.com/Perpusda/status/649293177409679360?s=20',
      }),
    ];
    const { rows, matched } = preview(csv, log, { platform: 'x' });
    expect(rows[0]).toMatchObject({
      time: { at: Date.UTC(2015, 8, 30, 18, 42), dayOnly: false },
      metrics: { impressions: 424, shares: 1, comments: 2, likes: 3 },
    });
    expect(platformOfRows(rows)).toBe('x');
    expect(matched[0]!.outcome).toEqual({ status: 'matched', entryId: 'x' });
  });

  it('reads semicolons (Excel in Indonesian) and a BOM, and tabs pasted from a spreadsheet', () => {
    const semicolons =
      '\uFEFFPublish time;Description;Reach;Likes\r\n03/25/2025 22:00;"Satu; dua";1.234;5\r\n';
    const tabs = 'Publish time\tDescription\tReach\tLikes\n03/25/2025 22:00\tSatu, dua\t1.234\t5\n';
    for (const text of [semicolons, tabs]) {
      const { table, rows } = preview(text, []);
      expect(table.header).toEqual(['Publish time', 'Description', 'Reach', 'Likes']);
      expect(rows[0]!.metrics).toEqual({ reach: 1234, likes: 5 });
      expect(rows[0]!.time?.at).toBe(IG_AT);
    }
    expect(readInsightsCsv(semicolons).ok && readInsightsCsv(semicolons)).toMatchObject({
      table: { separator: ';' },
    });
    expect(readInsightsCsv(tabs)).toMatchObject({ table: { separator: '\t' } });
  });

  it('recognises headers without case or accents, in Sapa’s Indonesian field names too', () => {
    expect(
      guessMapping(['  JANGKAUAN ', 'Súka', 'KOMENTAR', 'Tautan', 'Waktu', 'Jangkauan']),
    ).toEqual([
      'reach',
      'likes',
      'comments',
      'url',
      'time',
      null, // reach is taken by the first column
    ]);
  });

  it('says what is wrong with text that is no export', () => {
    expect(readInsightsCsv('')).toEqual({ ok: false, problem: 'empty' });
    expect(readInsightsCsv('just a sentence about our library')).toEqual({
      ok: false,
      problem: 'not-csv',
    });
    expect(readInsightsCsv('a,b\n"open,1')).toEqual({ ok: false, problem: 'unclosed-quote' });
    const read = readInsightsCsv('Nama,Alamat\nPerpusda,Jl. Merdeka');
    expect(read.ok && hasMetricColumn(guessMapping(read.table.header))).toBe(false);
  });

  it('keeps an empty cell as not entered and reports a cell that is no whole number', () => {
    const csv =
      'Permalink,Reach,Likes,Saves\nhttps://instagram.com/p/A,,12,\nhttps://instagram.com/p/B,1.5,3,0\n';
    const log = [
      entry('a', { url: 'https://www.instagram.com/reel/A/' }),
      entry('b', { url: 'https://www.instagram.com/p/B/' }),
    ];
    const { rows, matched } = preview(csv, log);
    expect(rows[0]!.metrics).toEqual({ reach: null, likes: 12, saves: null });
    expect(matched[0]!.outcome).toEqual({ status: 'matched', entryId: 'a' });
    expect(matched[1]!.outcome).toEqual({ status: 'bad-number', metric: 'reach', text: '1.5' });
    // A row cut short (a spreadsheet drops trailing empty cells): the missing cells are empty.
    const short = preview('Permalink,Reach,Likes,Saves\nhttps://instagram.com/p/A,5\n', log);
    expect(short.rows[0]!.metrics).toEqual({ reach: 5, likes: null, saves: null });
  });
});

describe('matching rows to the post log', () => {
  const at = Date.UTC(2026, 10, 20, 3, 0); // 10:00 in Jakarta
  const row = (time: string, caption: string) =>
    `Publish time,Description,Likes\n${time},"${caption}",7\n`;

  it('matches by time within ten minutes and the caption’s start', () => {
    const log = [
      entry('near', { at: at + 4 * 60_000, text: 'Pameran buku langka di lantai dua, Sabtu' }),
      entry('other', { at: at + 3 * 60_000, text: 'Jam buka perpustakaan berubah' }),
      entry('late', { at: at + 30 * 60_000, text: 'Pameran buku langka di lantai dua, Sabtu' }),
      entry('fb', { at, platform: 'facebook', text: 'Pameran buku langka di lantai dua, Sabtu' }),
    ];
    const { matched } = preview(row('11/20/2026 10:00', 'Pameran buku langka di lantai dua…'), log);
    expect(matched[0]!.outcome).toEqual({ status: 'matched', entryId: 'near' });
  });

  it('reports a row that fits two posts, and two rows that fit one post, and applies neither', () => {
    const log = [
      entry('one', { at, text: 'Pameran buku' }),
      entry('two', { at: at + 60_000, text: 'Pameran buku' }),
    ];
    const { matched } = preview(row('11/20/2026 10:00', 'Pameran buku'), log);
    expect(matched[0]!.outcome).toEqual({ status: 'ambiguous', entryIds: ['one', 'two'] });
    expect(insightsPatches(matched, log)).toEqual([]);

    const twice = 'Permalink,Likes\nhttps://instagram.com/p/Z,1\nhttps://instagram.com/p/Z/,2\n';
    const dup = preview(twice, [entry('z', { url: 'https://instagram.com/p/Z' })]).matched;
    expect(dup.map((m) => m.outcome.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('reports a row with no post and a row whose time cannot be read', () => {
    const { matched } = preview('Publish time,Likes\n11/20/2026 10:00,1\nLifetime,2\n', [
      entry('far', { at: at + 3_600_000 }),
    ]);
    expect(matched.map((m) => m.outcome)).toEqual([
      { status: 'unmatched', reason: 'no-entry' },
      { status: 'unmatched', reason: 'no-time' },
    ]);
  });

  it('does not take a post with another address even at the same minute', () => {
    const log = [entry('a', { at, url: 'https://instagram.com/p/OTHER' })];
    const csv = 'Permalink,Publish time,Likes\nhttps://instagram.com/p/MINE,11/20/2026 10:00,1\n';
    expect(preview(csv, log).matched[0]!.outcome).toEqual({
      status: 'unmatched',
      reason: 'no-entry',
    });
  });

  it('reads Publish time in the zone given: the same file matches in Jakarta, not in Makassar', () => {
    const csv = row('11/20/2026 10:00', 'Pameran');
    const log = [entry('a', { at, text: 'Pameran' })];
    expect(preview(csv, log).matched[0]!.outcome.status).toBe('matched');
    const makassar = preview(csv, log, { timeZone: 'Asia/Makassar' });
    expect(makassar.rows[0]!.time?.at).toBe(at - 3_600_000);
    expect(makassar.matched[0]!.outcome).toEqual({ status: 'unmatched', reason: 'no-entry' });
  });

  it('reads day-first dates when a day passes 12, and a date alone as the whole day', () => {
    expect(parseTime('25/03/2025 22:00', JAKARTA, 'dmy')).toEqual({ at: IG_AT, dayOnly: false });
    const day = parseTime('2026-11-20', JAKARTA, 'mdy')!;
    expect(day).toEqual({ at: Date.UTC(2026, 10, 19, 17), dayOnly: true });
    const { rows, matched } = preview('Date,Likes\n25/11/2026,3\n20/11/2026,4\n', [
      entry('a', { at: at + 8 * 3_600_000 }),
    ]);
    expect(rows[1]!.time).toEqual({ at: Date.UTC(2026, 10, 19, 17), dayOnly: true });
    expect(matched[1]!.outcome).toEqual({ status: 'matched', entryId: 'a' });
  });
});

describe('numbers and addresses', () => {
  it('reads counts as exports write them', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('12 400')).toBe(12400);
    expect(parseCount('1.234.567')).toBe(1234567);
    expect(parseCount('424.0')).toBe(424);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-')).toBeNull();
    expect(parseCount('4,5')).toBeUndefined();
    expect(parseCount('12%')).toBeUndefined();
  });

  it('compares addresses as the same post', () => {
    expect(addressKey('https://twitter.com/a/status/1?s=20')).toBe(addressKey('x.com/B/status/1'));
    expect(addressKey('https://www.instagram.com/reel/AbC/')).toBe(
      addressKey('https://instagram.com/p/AbC'),
    );
    expect(addressKey('https://instagram.com/p/abc')).not.toBe(
      addressKey('https://instagram.com/p/ABC'),
    );
  });
});

describe('apply and undo', () => {
  it('writes the file’s fields only, and remembers the numbers before for undo', () => {
    const log = [
      entry('a', {
        url: 'https://instagram.com/p/A',
        metrics: { reach: 10, likes: 1, follows: 4 },
      }),
    ];
    const { matched } = preview(
      'Permalink,Reach,Likes,Saves\nhttps://instagram.com/p/A,900,,5\n',
      log,
    );
    expect(insightsPatches(matched, log)).toEqual([
      {
        entryId: 'a',
        metrics: { reach: 900, likes: null, saves: 5 },
        previous: { reach: 10, likes: 1, saves: null },
      },
    ]);
  });

  it('gives a role to one column only when the person changes the mapping', () => {
    expect(withColumnRole(['reach', null, 'likes'], 1, 'reach')).toEqual([null, 'reach', 'likes']);
    expect(withColumnRole(['reach', null, 'likes'], 2, null)).toEqual(['reach', null, null]);
  });
});
