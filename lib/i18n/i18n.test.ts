import { describe, expect, it } from 'vitest';
import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
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

describe('catalogues', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const catalogue of [en, id]) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keep the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(names(id[key]), key).toEqual(names(en[key]));
    }
  });

  it('fill placeholders and say Indonesian things in Indonesian', () => {
    expect(translate('id', 'insert.done', { platform: 'X' })).toBe('Disisipkan ke kolom tulis X.');
    expect(translate('en', 'insert.done', { platform: 'X' })).toBe('Inserted into the X composer.');
  });
});
