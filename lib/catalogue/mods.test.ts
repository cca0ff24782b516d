import { describe, expect, it } from 'vitest';
import { recordedSlims as recorded } from '@/tests/support/slims-recorded';
import { parseMods } from './mods';

describe("a record's MODS", () => {
  it('reads the call number (shelfLocator) and the input date (recordCreationDate)', () => {
    expect(parseMods(recorded('mods-101.xml'), 'text/xml')).toEqual({
      ok: true,
      value: { biblioId: '101', callNumber: '297.2 ABD k', inputDate: '2026-11-03T09:14:02' },
    });
  });

  it("says the XML detail is switched off on SLiMS's plain-text answer", () => {
    expect(parseMods('XML Detail is disabled', 'text/html')).toEqual({
      ok: false,
      problem: { code: 'switched-off', output: 'mods' },
    });
  });

  it('calls a cut-off MODS malformed and other XML not SLiMS', () => {
    const whole = recorded('mods-101.xml');
    const cut = parseMods(whole.slice(0, whole.length - 40));
    expect(cut.ok === false && cut.problem.code).toBe('malformed');
    expect(parseMods('<?xml version="1.0"?><feed/>')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'mods' },
    });
  });
});
