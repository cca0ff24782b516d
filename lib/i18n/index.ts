import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import type { Locale } from './locale';
import { translateFrom } from './lookup';

export type { Locale } from './locale';
export { resolveLocale, LOCALES, browserLanguage, detectLocale } from './locale';
export { format } from './lookup';
export { formatList, pluralCategory, pluralForm, type PluralForms } from './plural';

type CatalogKey = keyof typeof en;
type Catalog = Record<CatalogKey, string>;

/**
 * A message counted by `{count}` is stored as `key_one`, `key_other` (and any other category
 * Intl.PluralRules gives the language) and asked for by its base `key`.
 */
export type PluralKey = CatalogKey extends infer K
  ? K extends `${infer Base}_other`
    ? Base
    : never
  : never;
export type MessageKey = Exclude<CatalogKey, `${string}_${Intl.LDMLPluralRule}`> | PluralKey;

// `id` is typed against `en`, so a key missing from the Indonesian file fails type-checking.
const catalogs: Record<Locale, Catalog> = { en, id: id satisfies Catalog };

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return translateFrom(catalogs, locale, key, params);
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}
