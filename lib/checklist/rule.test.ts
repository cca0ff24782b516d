import { describe, expect, it } from 'vitest';
import { enPlural, fail, list, num, pass } from './rule';

const message = { id: 'Pesan', en: 'Message' };

describe('outcomes', () => {
  it('a pass carries its message only', () => {
    expect(pass(message)).toStrictEqual({ status: 'pass', message });
  });

  it('a failure without places marks nothing and offers no fix', () => {
    expect(fail(message)).toStrictEqual({ status: 'fail', message, spans: [] });
    expect(fail(message, [{ start: 0, end: 1 }], [])).toStrictEqual({
      status: 'fail',
      message,
      spans: [{ start: 0, end: 1 }],
    });
  });

  it('a failure keeps the fixes it is given', () => {
    const fixes = [{ label: { id: 'Hapus', en: 'Remove' }, edits: [] }];
    expect(fail(message, [], fixes)).toStrictEqual({ status: 'fail', message, spans: [], fixes });
  });
});

describe('wording', () => {
  it('writes numbers the Indonesian and the English way', () => {
    expect(num(2200)).toEqual({ id: '2.200', en: '2,200' });
    expect(num(63206)).toEqual({ id: '63.206', en: '63,206' });
  });

  it('puts an English noun in the form its count needs', () => {
    expect(enPlural(1, 'hashtag', 'hashtags')).toBe('hashtag');
    expect(enPlural(3, 'hashtag', 'hashtags')).toBe('hashtags');
    expect(enPlural(0, 'hashtag', 'hashtags')).toBe('hashtags');
  });

  it('joins a list in each language', () => {
    expect(list(['a', 'b', 'c'], 'id')).toBe('a, b, dan c');
    expect(list(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(list(['a'], 'en')).toBe('a');
  });
});
