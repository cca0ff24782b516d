// @vitest-environment node
/**
 * The catalogue read over real HTTP (Node's fetch) from the local SLiMS in every mode it has.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  manyRecords,
  SAMPLE_RECORDS,
  startSlimsServer,
  type SlimsServer,
} from '@/tests/support/slims-server';
import { coverUrl, searchUrl } from './address';
import { fetchText } from './http';
import { harvestOai, readMods, readNewArrivals } from './harvest';
import { applyDetails } from './merge';
import { catalogueNoticeMessage, catalogueProblemMessage } from './messages';

let server: SlimsServer;
const records = manyRecords(25);

beforeAll(async () => {
  server = await startSlimsServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset({ records, perPage: 10, oaiPageSize: 10 });
});

const newestFirst = records.map((r) => String(r.biblioId)).reverse();

describe('reading the new arrivals from a SLiMS catalogue', () => {
  it('reads every search page to the end of the catalogue, newest first', async () => {
    const read = await readNewArrivals(fetch, server.url, { maxPages: 10 });
    expect(read.notices).toEqual([]);
    expect(read.pages).toBe(3);
    expect(read.total).toBe(25);
    expect(read.titles.map((t) => t.biblioId)).toEqual(newestFirst);
    expect(read.titles[0]!.detailUrl).toBe(`${server.url}index.php?p=show_detail&id=1025`);
    expect(server.requests.filter((r) => r.includes('JSONLD=true'))).toHaveLength(3);
  });

  it('drops titles a complete read no longer finds (removed or hidden in the OPAC)', async () => {
    const gone = (await readNewArrivals(fetch, server.url, { maxPages: 1 })).titles[0]!;
    server.configure({ records: records.filter((r) => String(r.biblioId) !== gone.biblioId) });
    const read = await readNewArrivals(fetch, server.url, { maxPages: 10, lastGood: [gone] });
    expect(read.titles).toHaveLength(24);
    expect(read.titles.map((t) => t.biblioId)).not.toContain(gone.biblioId);
  });

  it('stops at maxPages and keeps older titles of the last good list below', async () => {
    const older = (await readNewArrivals(fetch, server.url, { maxPages: 10 })).titles;
    const read = await readNewArrivals(fetch, server.url, { maxPages: 1, lastGood: older });
    expect(read.pages).toBe(1);
    expect(read.titles.map((t) => t.biblioId)).toEqual(newestFirst);
  });

  it('follows OAI-PMH resumption tokens to the last page and fills call numbers', async () => {
    const harvest = await harvestOai(fetch, server.url);
    expect(harvest.problem).toBeNull();
    expect(harvest.pages).toBe(3);
    expect(harvest.details).toHaveLength(25);
    const resumed = server.requests.filter((r) => r.includes('resumptionToken='));
    expect(resumed).toHaveLength(2);
    const read = await readNewArrivals(fetch, server.url, { maxPages: 1 });
    const titles = applyDetails(read.titles, harvest.details);
    const newest = titles[0]!;
    expect(newest.biblioId).toBe('1025');
    expect(newest.callNumber).toBe(records[24]!.callNumber);
    expect(newest.inputDate).toBe(records[24]!.inputDate.replace(' ', 'T'));
  });

  it('asks OAI-PMH only for records entered since a day', async () => {
    const harvest = await harvestOai(fetch, server.url, { from: '2026-11-29' });
    expect(harvest.problem).toBeNull();
    const since = records.filter((r) => r.inputDate >= '2026-11-29');
    expect(harvest.details.map((d) => d.biblioId)).toEqual(since.map((r) => String(r.biblioId)));
  });

  it("reads one record's call number from its MODS", async () => {
    server.configure({ records: SAMPLE_RECORDS });
    expect(await readMods(fetch, server.url, '101')).toEqual({
      ok: true,
      value: { biblioId: '101', callNumber: '297.2 ABD k', inputDate: '2026-11-03T09:14:02' },
    });
  });

  it('serves the covers its titles point to', async () => {
    const read = await readNewArrivals(fetch, server.url, { maxPages: 1 });
    const withCover = read.titles.find((t) => t.coverFile === 'bumi manusia.png')!;
    const response = await fetch(coverUrl(server.url, withCover.coverFile!, 120));
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(new DataView(bytes.buffer).getUint32(16)).toBe(120); // IHDR width
  });
});

describe('what each failing catalogue gives', () => {
  it('an empty catalogue: an empty list that says so, and no OAI records', async () => {
    server.configure({ records: [] });
    const read = await readNewArrivals(fetch, server.url, { lastGood: [] });
    expect(read).toMatchObject({ titles: [], total: 0, notices: [{ code: 'empty' }] });
    expect(catalogueNoticeMessage(read.notices[0]!, 'x').en).toBe(
      'The catalogue answered, but it has no titles yet.',
    );
    const harvest = await harvestOai(fetch, server.url);
    expect(harvest).toMatchObject({ details: [], problem: null });
  });

  it('switched-off outputs: each is named, and the last good list is kept', async () => {
    const lastGood = (await readNewArrivals(fetch, server.url, { maxPages: 1 })).titles;
    server.configure({ outputs: { jsonld: false, oai: false, xmlDetail: false } });
    const read = await readNewArrivals(fetch, server.url, { lastGood });
    expect(read.titles).toEqual(lastGood);
    expect(read.notices).toEqual([
      { code: 'kept-last-good', problem: { code: 'switched-off', output: 'jsonld' } },
    ]);
    expect((await harvestOai(fetch, server.url)).problem).toEqual({
      code: 'switched-off',
      output: 'oai',
    });
    const mods = await readMods(fetch, server.url, '1001');
    expect(mods).toEqual({ ok: false, problem: { code: 'switched-off', output: 'mods' } });
    const message = catalogueNoticeMessage(read.notices[0]!, '127.0.0.1');
    expect(message.en).toContain('JSON-LD output switched off');
    expect(message.id).toContain('Keluaran JSON-LD pada SLiMS ini dimatikan');
  });

  it('a slow catalogue: a timeout naming the host, never an exception', async () => {
    server.configure({ delayMs: 1500 });
    const fetched = await fetchText(fetch, `${server.url}index.php`, 'jsonld', { timeoutMs: 200 });
    expect(fetched).toEqual({
      ok: false,
      problem: { code: 'timeout', host: new URL(server.url).host, seconds: 1 },
    });
    const read = await readNewArrivals(fetch, server.url, { timeoutMs: 200 });
    expect(read.notices[0]).toMatchObject({ code: 'kept-last-good', problem: { code: 'timeout' } });
  });

  it('a cut-off second page: the first page is shown, with the last good list below it', async () => {
    const lastGood = (await readNewArrivals(fetch, server.url, { maxPages: 10 })).titles;
    server.configure({
      records: [
        ...records,
        ...manyRecords(27)
          .slice(25)
          .map((r) => ({ ...r, biblioId: r.biblioId + 100, inputDate: '2026-12-01 08:00:00' })),
      ],
      broken: { output: 'jsonld', kind: 'truncated', page: 2 },
    });
    const read = await readNewArrivals(fetch, server.url, { maxPages: 10, lastGood });
    expect(read.pages).toBe(1);
    expect(read.notices).toEqual([
      {
        code: 'kept-last-good',
        problem: { code: 'malformed', output: 'jsonld', detail: 'invalid JSON' },
      },
    ]);
    // Two new titles on top, then everything the last good list had.
    expect(read.titles).toHaveLength(27);
    expect(read.titles.slice(2).map((t) => t.biblioId)).toEqual(newestFirst);
  });

  it('a page with an unreadable record: the rest is read, the notice counts the missing one', async () => {
    server.configure({ broken: { output: 'jsonld', kind: 'bad-record', page: 1 } });
    const read = await readNewArrivals(fetch, server.url, { maxPages: 10 });
    expect(read.titles.map((t) => t.biblioId)).toEqual(newestFirst);
    expect(read.notices).toEqual([{ code: 'partial', skipped: 1 }]);
  });

  it('a complete read with an unreadable record still keeps the last good titles', async () => {
    const gone = { ...(await readNewArrivals(fetch, server.url, { maxPages: 1 })).titles[0]! };
    gone.biblioId = '999';
    server.configure({ broken: { output: 'jsonld', kind: 'bad-record', page: 1 } });
    const read = await readNewArrivals(fetch, server.url, { maxPages: 10, lastGood: [gone] });
    expect(read.titles.map((t) => t.biblioId)).toEqual([...newestFirst, '999']);
  });

  it('a cut-off OAI page: the pages before it are kept, the problem says malformed', async () => {
    server.configure({ broken: { output: 'oai', kind: 'truncated', page: 2 } });
    const harvest = await harvestOai(fetch, server.url);
    expect(harvest.pages).toBe(1);
    expect(harvest.details).toHaveLength(10);
    expect(harvest.problem).toMatchObject({ code: 'malformed', output: 'oai' });
  });

  it('a site that is not SLiMS: said so for every output', async () => {
    server.configure({ notSlims: true });
    const read = await readNewArrivals(fetch, server.url);
    const problem = read.notices[0]!.code === 'kept-last-good' ? read.notices[0]!.problem : null;
    expect(problem).toEqual({ code: 'not-slims', output: 'jsonld' });
    expect(catalogueProblemMessage(problem!, 'lib.example.ac.id').en).toContain(
      'lib.example.ac.id answered, but not as a SLiMS catalogue',
    );
    expect((await harvestOai(fetch, server.url)).problem).toEqual({
      code: 'not-slims',
      output: 'oai',
    });
    expect(await readMods(fetch, server.url, '1')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'mods' },
    });
  });

  it('an answer far larger than a catalogue page: refused, not read into memory', async () => {
    const fetched = await fetchText(fetch, searchUrl(server.url, 1), 'jsonld', { maxBytes: 100 });
    expect(fetched).toEqual({
      ok: false,
      problem: { code: 'malformed', output: 'jsonld', detail: 'too large' },
    });
  });

  it('an address where nothing listens: unreachable', async () => {
    const closed = await startSlimsServer();
    const url = closed.url;
    await closed.close();
    const read = await readNewArrivals(fetch, url);
    expect(read.notices[0]).toMatchObject({ problem: { code: 'unreachable' } });
  });
});
