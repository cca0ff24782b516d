import { describe, expect, it } from 'vitest';
import { applyEdits, mergeEdits, removalEdit } from './edits';

describe('applyEdits', () => {
  it('applies edits in any order using offsets into the original text', () => {
    const text = 'Yuk #baca di #perpus';
    expect(
      applyEdits(text, [
        { start: 13, end: 20, replacement: '#Perpus' },
        { start: 4, end: 9, replacement: '#Baca' },
      ]),
    ).toBe('Yuk #Baca di #Perpus');
  });

  it('handles insertions and deletions', () => {
    expect(
      applyEdits('abc', [
        { start: 3, end: 3, replacement: '!' },
        { start: 0, end: 1, replacement: '' },
      ]),
    ).toBe('bc!');
    expect(applyEdits('abc', [])).toBe('abc');
  });

  it('rejects overlapping and out-of-range edits', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, replacement: '' },
        { start: 2, end: 4, replacement: '' },
      ]),
    ).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ start: 2, end: 5, replacement: '' }])).toThrow(RangeError);
    expect(() => applyEdits('abc', [{ start: 2, end: 1, replacement: '' }])).toThrow(RangeError);
  });
});

describe('removalEdit', () => {
  it('removes a token with one neighbouring space', () => {
    const t = 'a #b c';
    expect(applyEdits(t, [removalEdit(t, 2, 4)])).toBe('a c');
    const u = '#b c';
    expect(applyEdits(u, [removalEdit(u, 0, 2)])).toBe('c');
    const v = 'x\n#b';
    expect(applyEdits(v, [removalEdit(v, 2, 4)])).toBe('x\n');
  });

  it('merged removals of adjacent tags leave clean text', () => {
    const t = 'Halo #a #b #c';
    const edits = mergeEdits([removalEdit(t, 5, 7), removalEdit(t, 8, 10)]);
    expect(applyEdits(t, edits)).toBe('Halo #c');
  });
});
