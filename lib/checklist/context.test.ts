import { describe, expect, it } from 'vitest';
import { compileSensitive, findWords, lowerSameLength } from './context';

describe('lowerSameLength', () => {
  it('keeps offsets, even for the dotted capital I', () => {
    const text = 'İSTANBUL dan BANDUNG';
    const lower = lowerSameLength(text);
    expect(lower).toBe('istanbul dan bandung');
    expect(lower.length).toBe(text.length);
  });
});

describe('compileSensitive and findWords', () => {
  const re = compileSensitive({ id: ['sebar hoaks', 'hasut'], en: ['hate'] })!;
  const find = (text: string) =>
    findWords(re, lowerSameLength(text)).map((h) => text.slice(h.start, h.end));

  it('matches whole words with Indonesian affixes and English endings', () => {
    expect(find('Jangan menghasut! Dihasut, penghasutan, hasutannya')).toEqual([
      'menghasut',
      'Dihasut',
      'penghasutan',
      'hasutannya',
    ]);
    expect(find('We HATE nothing; haters gonna hate')).toEqual(['HATE', 'haters', 'hate']);
    expect(find('Jangan sebar   hoaks')).toEqual(['sebar   hoaks']);
  });

  it('does not match inside other words', () => {
    expect(find('whatever chatelaine shatter')).toEqual([]);
  });

  it('gives no regex for empty lists', () => {
    expect(compileSensitive({ id: [' '], en: [] })).toBeNull();
  });
});
