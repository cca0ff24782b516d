import { describe, expect, it } from 'vitest';
import catalogs from 'virtual:sapa-content-messages';
import { translate } from '.';
import { pickMessages } from './content-catalog';
import { CONTENT_MESSAGE_KEYS } from './content-keys';
import { translateContent } from './content';
import { LOCALES } from './locale';

describe("the content script's catalogue", () => {
  it.each(LOCALES)(
    'holds every key the content script uses, in %s, as the whole catalogue has it',
    (locale) => {
      for (const key of CONTENT_MESSAGE_KEYS) {
        expect(catalogs[locale][key], `${locale}: ${key}`).toBeTruthy();
        expect(translateContent(locale, key)).toBe(translate(locale, key));
      }
    },
  );

  it('holds nothing else', () => {
    for (const locale of LOCALES)
      expect(Object.keys(catalogs[locale]).sort()).toEqual([...CONTENT_MESSAGE_KEYS].sort());
  });

  it('speaks Indonesian in Indonesian', () => {
    expect(translateContent('id', 'error.unavailable')).toBe(
      'Layanan latar Sapa tidak menjawab. Teks Anda masih ada di kolom tulis; coba lagi sebentar lagi.',
    );
    expect(translateContent('en', 'dashboard.dismiss')).toBe('Dismiss message');
  });
});

describe('pickMessages', () => {
  it('takes a key with its plural forms, and no key that only starts like it', () => {
    const catalog = {
      'drafts.count_one': '{count} draft',
      'drafts.count_other': '{count} drafts',
      'drafts.countless': 'x',
      'drafts.title': 'Drafts',
      'other.key': 'y',
    };
    expect(pickMessages(catalog, ['drafts.count', 'drafts.title'])).toEqual({
      'drafts.count_one': '{count} draft',
      'drafts.count_other': '{count} drafts',
      'drafts.title': 'Drafts',
    });
  });
});
