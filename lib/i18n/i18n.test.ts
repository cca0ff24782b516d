import { describe, expect, it } from 'vitest';
import { resolveLocale, translate } from '.';

describe('resolveLocale', () => {
  it('follows the browser: Indonesian for id, id-ID and the old "in" code, English otherwise', () => {
    expect(resolveLocale('id')).toBe('id');
    expect(resolveLocale('id-ID')).toBe('id');
    expect(resolveLocale('in')).toBe('id');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('ms-MY')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('lets the person’s own choice win over the browser', () => {
    expect(resolveLocale('en-US', 'id')).toBe('id');
    expect(resolveLocale('id-ID', 'en')).toBe('en');
    expect(resolveLocale('id-ID', 'auto')).toBe('id');
  });
});

// The catalogues' keys and placeholders are checked in glossary.test.ts.
describe('translate', () => {
  it('fill placeholders and say Indonesian things in Indonesian', () => {
    expect(translate('id', 'insert.done', { platform: 'X' })).toBe('Disisipkan ke kolom tulis X.');
    expect(translate('en', 'insert.done', { platform: 'X' })).toBe('Inserted into the X composer.');
  });
});
