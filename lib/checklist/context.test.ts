import { describe, expect, it } from 'vitest';
import {
  compileSensitive,
  compileSettings,
  findWords,
  firstWord,
  lowerSameLength,
} from './context';
import { defaultSettings, type ChecklistSettings } from './settings';

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

describe('compileSensitive: how a list is written', () => {
  const found = (words: { id: string[]; en: string[] }, text: string) =>
    findWords(compileSensitive(words)!, lowerSameLength(text)).map((h) =>
      text.slice(h.start, h.end),
    );

  it('reads a listed phrase whatever its spacing or case', () => {
    expect(found({ id: ['  berita   palsu '], en: [] }, 'Ini berita palsu.')).toEqual([
      'berita palsu',
    ]);
    expect(found({ id: [], en: ['Fake News'] }, 'Not fake news, FAKE NEWS!')).toEqual([
      'fake news',
      'FAKE NEWS',
    ]);
  });

  it('skips blank entries instead of matching everywhere', () => {
    expect(found({ id: [], en: ['', '  ', 'hate'] }, '(no hate here)')).toEqual(['hate']);
  });

  it('reads an English-only list', () => {
    expect(found({ id: [], en: ['scam', 'hoax'] }, 'a scam, scams, hoax')).toEqual([
      'scam',
      'scams',
      'hoax',
    ]);
  });
});

describe('findWords and firstWord: the start of a word', () => {
  const re = compileSensitive({ id: [], en: ['kill'] })!;

  it('finds a word at the start of the text and after a space, never inside a word', () => {
    expect(findWords(re, 'kill skill kill')).toEqual([
      { start: 0, end: 4 },
      { start: 11, end: 15 },
    ]);
    expect(findWords(re, 'skills')).toEqual([]);
  });

  it('gives the first match that starts a word', () => {
    expect(firstWord(re, 'kill')).toEqual({ start: 0, end: 4, text: 'kill' });
    expect(firstWord(re, 'skill, kills')).toEqual({ start: 7, end: 12, text: 'kills' });
    expect(firstWord(re, 'skill')).toBeNull();
  });

  it('finds matches that touch and moves on after one that is empty', () => {
    expect(findWords(/-/gu, '--')).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
    expect(findWords(/-*/gu, ' a')).toEqual([
      { start: 0, end: 0 },
      { start: 1, end: 1 },
    ]);
  });
});

describe('compileSettings', () => {
  const settings = (over: Partial<ChecklistSettings>): ChecklistSettings => ({
    ...defaultSettings(),
    ...over,
  });

  it('compiles a settings object once', () => {
    const s = settings({});
    expect(compileSettings(s)).toBe(compileSettings(s));
  });

  it("keeps the team's own way of writing each known hashtag", () => {
    const { known } = compileSettings(
      settings({ knownHashtags: ['#PerpusKeliling', ' ##BulanBuku ', '#', '＃SLiMS', ''] }),
    );
    expect([...known]).toEqual([
      ['perpuskeliling', 'PerpusKeliling'],
      ['bulanbuku', 'BulanBuku'],
      ['slims', 'SLiMS'],
    ]);
    expect(compileSettings(settings({ knownHashtags: undefined })).known.size).toBe(0);
  });

  it('keeps banned hashtags without their sign, and no blank one', () => {
    const { banned } = compileSettings(settings({ bannedHashtags: ['#Judi', '#', 'slot'] }));
    expect([...banned]).toEqual(['judi', 'slot']);
  });
});
