import { describe, expect, it } from 'vitest';
import { measureX, xWeightedLength } from './x-length';

/**
 * Expected figures worked out by hand from twitter-text's documented v3 rules: text is NFC
 * normalised; each code point in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
 * weighs 1, every other code point 2; every URL weighs 23 whatever its length; every emoji
 * sequence (skin tones, ZWJ families, flags, keycaps) weighs 2.
 */
const cases: [string, string, number][] = [
  ['empty', '', 0],
  ['plain Indonesian', 'Perpustakaan Kota', 17],
  ['280 Latin letters', 'a'.repeat(280), 280],
  ['Latin-1 and Latin Extended', 'Café Ørsted ŀ', 13],
  ['CJK counts 2', '日本語', 6],
  ['Hangul counts 2', '한국어', 6],
  ['140 CJK reach the limit exactly', '日'.repeat(140), 280],
  ['URL counts 23', 'https://perpusnas.go.id/katalog/buku-baru-bulan-ini-dan-bulan-depan', 23],
  ['short URL also 23', 'Daftar: https://bit.ly/x', 31],
  ['two URLs', 'https://a.com https://b.com', 47],
  ['single emoji', '😀', 2],
  ['emoji with skin tone', '👍🏽', 2],
  ['ZWJ family', '👨‍👩‍👧‍👦', 2],
  ['flag', '🇮🇩', 2],
  ['heart with variation selector', '❤️', 2],
  ['keycap', '1️⃣', 2],
  ['NFD é becomes one code point', 'e\u0301', 1],
  ['NFD Hangul jamo compose to one syllable', '\u1112\u1161\u11ab', 2],
  ['curly quotes weigh 1, ellipsis weighs 2', '“Baca”…', 8],
  ['em dash 1, bullet 2, euro 2', '—•€', 5],
  ['zero-width joiner between letters weighs 1', 'a\u200db', 3],
  ['mathematical bold letters weigh 2', '𝐁𝐮𝐤𝐮', 8],
  ['mentions and hashtags are plain text', '@perpusnas #BulanBuku', 21],
  ['mixed', 'Halo 👋 日本 https://x.com/abc', 36],
];

describe('X weighted length (twitter-text v3 rules)', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });

  it('reports where the text stops fitting', () => {
    const text = 'a'.repeat(279) + '日日';
    const m = measureX(text, 280);
    expect(m.weightedLength).toBe(283);
    expect(m.validEnd).toBe(279);
  });

  it('maps the limit back to the original text when NFC changes it', () => {
    const text = 'e\u0301'.repeat(281);
    const m = measureX(text, 280);
    expect(m.weightedLength).toBe(281);
    expect(m.validEnd).toBe(560);
  });

  it('a text within the limit is valid to its end', () => {
    expect(measureX('Halo', 280)).toEqual({ weightedLength: 4, validEnd: 4 });
    expect(measureX('a'.repeat(280), 280)).toEqual({ weightedLength: 280, validEnd: 280 });
  });

  it('counts an empty post as fitting, though X does not publish it', () => {
    expect(measureX('', 280)).toEqual({ weightedLength: 0, validEnd: 0 });
  });

  it("counts against the account's own limit (X Premium: 25,000)", () => {
    expect(measureX('a'.repeat(25_010), 25_000)).toEqual({
      weightedLength: 25_010,
      validEnd: 25_000,
    });
    expect(measureX('a'.repeat(300), 25_000)).toEqual({ weightedLength: 300, validEnd: 300 });
  });
});
