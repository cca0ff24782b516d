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

  it('names what is wrong with an edit that cannot apply', () => {
    const bad = (start: number, end: number) => () =>
      applyEdits('abc', [{ start, end, replacement: '' }]);
    expect(bad(2, 5)).toThrow('Edit out of range: 2–5 in a text of 3');
    expect(bad(-1, 1)).toThrow('Edit out of range: -1–1 in a text of 3');
    expect(bad(0.5, 1)).toThrow('Edit out of range: 0.5–1 in a text of 3');
    expect(bad(0, 1.5)).toThrow('Edit out of range: 0–1.5 in a text of 3');
    expect(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, replacement: '' },
        { start: 2, end: 4, replacement: '' },
      ]),
    ).toThrow('Overlapping edits at 2');
  });

  it('orders edits by where they start, then where they end, then as given', () => {
    // A replacement ending where an insertion stands comes first, whatever the order given.
    expect(
      applyEdits('abc', [
        { start: 3, end: 3, replacement: '!' },
        { start: 0, end: 3, replacement: 'X' },
      ]),
    ).toBe('X!');
    // At one offset, an insertion goes before the deletion that starts there.
    const insert = { start: 1, end: 1, replacement: '-' };
    const remove = { start: 1, end: 2, replacement: '' };
    expect(applyEdits('abc', [insert, remove])).toBe('a-c');
    expect(applyEdits('abc', [remove, insert])).toBe('a-c');
    // Two insertions at one offset keep the order given.
    const x = { start: 1, end: 1, replacement: 'x' };
    const y = { start: 1, end: 1, replacement: 'y' };
    expect(applyEdits('abc', [x, y])).toBe('axybc');
    expect(applyEdits('abc', [y, x])).toBe('ayxbc');
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

  it('takes the space before a token first, so none is left at the end of a line', () => {
    expect(removalEdit('a #b c', 2, 4)).toEqual({ start: 1, end: 4, replacement: '' });
    for (const t of ['a #b', 'a\t#b', 'a\u00a0#b']) {
      expect(applyEdits(t, [removalEdit(t, 2, 4)])).toBe('a');
    }
    expect(applyEdits('a #b\nc', [removalEdit('a #b\nc', 2, 4)])).toBe('a\nc');
  });

  it('never takes a line break, and takes nothing when no space is beside', () => {
    const t = 'x\n#b\nc';
    expect(removalEdit(t, 2, 4)).toEqual({ start: 2, end: 4, replacement: '' });
    expect(applyEdits(t, [removalEdit(t, 2, 4)])).toBe('x\n\nc');
    expect(removalEdit('#b', 0, 2)).toEqual({ start: 0, end: 2, replacement: '' });
  });

  it('merged removals of adjacent tags leave clean text', () => {
    const t = 'Halo #a #b #c';
    const edits = mergeEdits([removalEdit(t, 5, 7), removalEdit(t, 8, 10)]);
    expect(applyEdits(t, edits)).toBe('Halo #c');
  });
});

describe('mergeEdits', () => {
  it('joins removals that share a space, such as two tags opening the text', () => {
    const t = '#a #b Halo';
    const edits = mergeEdits([removalEdit(t, 3, 5), removalEdit(t, 0, 2)]);
    expect(edits).toEqual([{ start: 0, end: 5, replacement: '' }]);
    expect(applyEdits(t, edits)).toBe(' Halo');
  });

  it('keeps a removal that covers another, and removals that only touch', () => {
    const inner = { start: 2, end: 4, replacement: '' };
    const outer = { start: 0, end: 5, replacement: '' };
    expect(mergeEdits([inner, outer])).toEqual([outer]);
    const left = { start: 0, end: 3, replacement: '' };
    const right = { start: 3, end: 5, replacement: '' };
    expect(mergeEdits([right, left])).toEqual([left, right]);
  });

  it('keeps only the first of overlapping edits when one replaces text', () => {
    const replace = { start: 0, end: 3, replacement: 'X' };
    const remove = { start: 2, end: 5, replacement: '' };
    expect(mergeEdits([remove, replace])).toEqual([replace]);
    const first = { start: 0, end: 3, replacement: '' };
    const second = { start: 2, end: 5, replacement: 'Y' };
    expect(mergeEdits([second, first])).toEqual([first]);
  });

  it('orders edits with one start by their end', () => {
    const short = { start: 1, end: 1, replacement: '' };
    const long = { start: 1, end: 3, replacement: '' };
    expect(mergeEdits([long, short])).toEqual([short, long]);
  });
});
