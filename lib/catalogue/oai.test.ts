import { describe, expect, it } from 'vitest';
import { recordedSlims as recorded } from '@/tests/support/slims-recorded';
import { parseOaiPage } from './oai';

describe('OAI-PMH ListRecords page', () => {
  it('reads call numbers and input dates, and the token for the next page', () => {
    const page = parseOaiPage(recorded('oai-page-1.xml'), 'text/xml');
    if (!page.ok) throw new Error(page.problem.code);
    expect(page.value.records).toHaveLength(5);
    expect(page.value.records[0]).toEqual({
      biblioId: '101',
      // The one dc:identifier that is not a link; kept as text ("297.2" is not a number).
      callNumber: '297.2 ABD k',
      // The datestamp is input_date with a literal "Z": local time, zone dropped.
      inputDate: '2026-11-03T09:14:02',
    });
    expect(page.value.resumptionToken).toBe('5__+AND+input_date+%3E%3D+%272026-11-01%27__oai_dc');
    expect(page.value.completeListSize).toBe(12);
  });

  it('knows the last page by its empty resumptionToken', () => {
    const page = parseOaiPage(recorded('oai-last-page.xml'));
    if (!page.ok) throw new Error(page.problem.code);
    expect(page.value.resumptionToken).toBeNull();
    expect(page.value.records.map((record) => record.biblioId)).toEqual(['111', '112']);
    expect(page.value.records[1]!.callNumber).toBe('578.095 98 PRA e');
  });

  it('reads noRecordsMatch as an empty list, not an error', () => {
    const page = parseOaiPage(recorded('oai-no-records.xml'));
    expect(page).toEqual({
      ok: true,
      value: { records: [], resumptionToken: null, completeListSize: 0, skipped: 0 },
    });
  });

  it("says OAI-PMH is switched off on SLiMS's disabled answer", () => {
    expect(parseOaiPage(recorded('oai-disabled.xml'))).toEqual({
      ok: false,
      problem: { code: 'switched-off', output: 'oai' },
    });
  });

  it('calls a cut-off answer malformed and another site not SLiMS', () => {
    const whole = recorded('oai-page-1.xml');
    const cut = parseOaiPage(whole.slice(0, Math.floor(whole.length * 0.6)));
    expect(cut.ok === false && cut.problem.code).toBe('malformed');
    expect(parseOaiPage('<!DOCTYPE html><html><body>Halaman</body></html>')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'oai' },
    });
    expect(parseOaiPage('<rss version="2.0"><channel/></rss>')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'oai' },
    });
  });

  it('reports other OAI errors with their code, and marks deleted (hidden) records', () => {
    const bad = parseOaiPage(
      '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><error code="badResumptionToken">expired</error></OAI-PMH>',
    );
    expect(bad.ok === false && bad.problem).toMatchObject({
      code: 'malformed',
      detail: 'badResumptionToken: expired',
    });
    const deleted = parseOaiPage(
      '<OAI-PMH><ListRecords><record><header status="deleted"><identifier>oai:x:slims-5</identifier><datestamp>2026-01-02T03:04:05Z</datestamp></header></record><record><header><identifier>junk</identifier></header></record></ListRecords></OAI-PMH>',
    );
    if (!deleted.ok) throw new Error(deleted.problem.code);
    expect(deleted.value.records).toEqual([
      { biblioId: '5', callNumber: null, inputDate: '2026-01-02T03:04:05', deleted: true },
    ]);
    expect(deleted.value.skipped).toBe(1);
  });
});
