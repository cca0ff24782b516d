import { describe, expect, it } from 'vitest';
import { escapeNonAscii } from './ascii-output';

/** Runs a script's text as the browser would (tests only: the extension itself forbids eval). */
const isAscii = (text: string) => [...text].every((character) => character.charCodeAt(0) < 0x80);

function run(code: string): unknown {
  return new Function(`return (${code});`)();
}

describe('escapeNonAscii', () => {
  it('leaves a script with only ASCII characters unchanged', () => {
    const code = 'const a = /^[#]+/; return "plain";';
    expect(escapeNonAscii(code)).toBe(code);
  });

  it('writes the full-width hashtag sign of a pattern as an escape the pattern still matches', () => {
    const code = String.raw`/^[#＃]+/.test("＃perpustakaan")`;
    const escaped = escapeNonAscii(code);
    expect(escaped).toBe(String.raw`/^[#\uff03]+/.test("\uff03perpustakaan")`);
    expect(isAscii(escaped)).toBe(true);
    expect(run(escaped)).toBe(true);
  });

  it('keeps characters beyond the Basic Multilingual Plane the same, in strings and u patterns', () => {
    const code = '[ "📚 Buku".length, /^[📚]$/u.test("📚"), "—" ]';
    const escaped = escapeNonAscii(code);
    expect(isAscii(escaped)).toBe(true);
    expect(run(escaped)).toEqual(run(code));
    expect(run(escaped)).toEqual([7, true, '—']);
  });
});
