import { describe, expect, it } from 'vitest';
import { formatList, ordinalCategory, pluralCategory, pluralForm } from './plural';
import { translate } from '.';

describe('pluralForm', () => {
  it('picks English one and other, and Indonesian’s single form', () => {
    const forms = { one: 'template', other: 'templates' };
    expect(`1 ${pluralForm('en', 1, forms)}`).toBe('1 template');
    expect(`2 ${pluralForm('en', 2, forms)}`).toBe('2 templates');
    expect(`0 ${pluralForm('en', 0, forms)}`).toBe('0 templates');
    expect(pluralForm('id', 1, { one: 'satu bentuk', other: 'templat' })).toBe('templat');
  });
});

describe('ordinalCategory', () => {
  it('gives English ordinals their own categories, kept apart from the counting ones', () => {
    expect([1, 2, 3, 4, 11, 22].map((n) => ordinalCategory('en', n))).toEqual([
      'one',
      'two',
      'few',
      'other',
      'other',
      'two',
    ]);
    // Asked after the ordinals: the counting rules of the same language are not replaced.
    expect(pluralCategory('en', 2)).toBe('other');
    expect(ordinalCategory('id', 1)).toBe('other');
  });
});

describe('formatList', () => {
  it('joins the way each language does', () => {
    expect(formatList('id', ['A', 'B', 'C'])).toBe('A, B, dan C');
    expect(formatList('en', ['A', 'B', 'C'])).toBe('A, B, and C');
    expect(formatList('id', ['A', 'B'])).toBe('A dan B');
    expect(formatList('en', ['A'])).toBe('A');
    expect(formatList('en', [])).toBe('');
  });
});

describe('translate with a count', () => {
  it('says "1 template" and "2 templates", and "templat" for both in Indonesian', () => {
    expect(translate('en', 'count.templates', { count: 1 })).toBe('1 template');
    expect(translate('en', 'count.templates', { count: 2 })).toBe('2 templates');
    expect(translate('id', 'count.templates', { count: 1 })).toBe('1 templat');
    expect(translate('id', 'count.templates', { count: 2 })).toBe('2 templat');
  });

  it('agrees the verb with the count', () => {
    expect(translate('en', 'dashboard.hashtags.bannedNote', { count: 1 })).toMatch(/^1 tag is /);
    expect(translate('en', 'dashboard.hashtags.bannedNote', { count: 3 })).toMatch(/^3 tags are /);
  });

  it('falls back to the other form when no count is given', () => {
    expect(translate('en', 'count.templates')).toBe('{count} templates');
  });
});
