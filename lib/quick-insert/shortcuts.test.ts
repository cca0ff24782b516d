import { describe, expect, it } from 'vitest';
import { findShortcut, normaliseShortcut, shortcutProblem } from './shortcuts';

const SHORTCUTS = new Set([';baru', ';tagar-acara']);

describe('finding a typed shortcut', () => {
  it('finds the shortcut that is the last word before the caret', () => {
    expect(findShortcut(';baru', SHORTCUTS)).toEqual({ shortcut: ';baru', start: 0, end: 5 });
    expect(findShortcut('Halo ;baru', SHORTCUTS)).toEqual({ shortcut: ';baru', start: 5, end: 10 });
    expect(findShortcut('Baris satu\n;tagar-acara', SHORTCUTS)?.start).toBe(11);
    expect(findShortcut('Halo ;Baru', SHORTCUTS)?.shortcut).toBe(';baru');
  });

  it('never fires inside a word, a link or an e-mail address', () => {
    expect(findShortcut('kata;baru', SHORTCUTS)).toBeNull();
    expect(findShortcut('https://a.b/;baru', SHORTCUTS)).toBeNull();
    expect(findShortcut('lihat https://a.b/;baru', SHORTCUTS)).toBeNull();
    expect(findShortcut('www.x/;baru', SHORTCUTS)).toBeNull();
    expect(findShortcut('ana;baru@perpus.id', SHORTCUTS)).toBeNull();
    expect(findShortcut(';barukan', SHORTCUTS)).toBeNull();
  });

  it('finds nothing when the caret follows a space or nothing', () => {
    expect(findShortcut('', SHORTCUTS)).toBeNull();
    expect(findShortcut(';baru ', SHORTCUTS)).toBeNull();
  });
});

describe('saving a shortcut', () => {
  it('accepts none, or one word that does not look like writing', () => {
    expect(shortcutProblem('', [])).toBeNull();
    expect(shortcutProblem('  ', [])).toBeNull();
    expect(shortcutProblem(';baru', [';tagar-acara'])).toBeNull();
    expect(shortcutProblem('/jam-buka', [])).toBeNull();
  });

  it('refuses spaces, one character, too long, and ordinary words, tags and mentions', () => {
    expect(shortcutProblem(';ba ru', [])).toBe('spaces');
    expect(shortcutProblem(';', [])).toBe('tooShort');
    expect(shortcutProblem(`;${'a'.repeat(40)}`, [])).toBe('tooLong');
    expect(shortcutProblem('baru', [])).toBe('looksLikeText');
    expect(shortcutProblem('#baru', [])).toBe('looksLikeText');
    expect(shortcutProblem('@baru', [])).toBe('looksLikeText');
  });

  it('refuses one another item already has, whatever its case', () => {
    expect(shortcutProblem(';Baru', [';baru'])).toBe('taken');
    expect(normaliseShortcut(' ;BARU ')).toBe(';baru');
  });
});
