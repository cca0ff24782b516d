import { describe, expect, it } from 'vitest';
import { countGraphemes, graphemeOffset } from './graphemes';

const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (s: string) => [...seg.segment(s)].length;

describe('countGraphemes', () => {
  it.each([
    ['', 0],
    ['Perpustakaan Kota', 17],
    ['Halo 👋', 6],
    ['👨‍👩‍👧‍👦', 1],
    ['🇮🇩🇮🇩', 2],
    ['e\u0301', 1],
    ['a\r\nb', 3],
    ['👍🏽 mantap', 8],
    ['日本語', 3],
    ['한국어', 3],
    ['क्षत्रिय', 3],
    ['“Membaca” — jendela dunia…', 26],
  ])('%j has %i graphemes', (text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it('agrees with Intl.Segmenter on mixed random text', () => {
    const pieces = [
      'a',
      'B',
      ' ',
      '\n',
      '\r',
      '\r\n',
      '#',
      'é',
      'e\u0301',
      '\u0301',
      '\u200d',
      '\ufe0f',
      '👍',
      '🏽',
      '👨‍👩‍👧',
      '🇮',
      '🇩',
      '日',
      '가',
      '\u1100',
      '\u1161',
      'क',
      '्',
      'ष',
      '©',
      '®',
      '“',
      '…',
      '\u0600',
      '𝐁',
      'ï',
      '\t',
    ];
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 500; i++) {
      let s = '';
      const n = Math.floor(rand() * 30);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)];
      expect(countGraphemes(s), JSON.stringify(s)).toBe(reference(s));
      const k = Math.floor(rand() * (reference(s) + 2));
      const expectedOffset = [...seg.segment(s)]
        .slice(0, k)
        .reduce((acc, g) => acc + g.segment.length, 0);
      expect(graphemeOffset(s, k), JSON.stringify([s, k])).toBe(expectedOffset);
    }
  });
});

describe('graphemeOffset', () => {
  it('finds the offset after n graphemes across emoji', () => {
    expect(graphemeOffset('ab👨‍👩‍👧cd', 3)).toBe(2 + '👨‍👩‍👧'.length);
    expect(graphemeOffset('abc', 10)).toBe(3);
    expect(graphemeOffset('abc', 0)).toBe(0);
  });
});
