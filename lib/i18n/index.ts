import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { type Locale, resolveLocale } from './locale';
import { pluralCategory } from './plural';

export type { Locale } from './locale';
export { resolveLocale, LOCALES } from './locale';
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

/** Fills `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The catalogue text for `key`: for a counted message, the form `params.count` needs. */
function lookup(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string | undefined {
  const catalog: Readonly<Record<string, string>> = catalogs[locale];
  const other = catalog[`${key}_other`];
  if (other === undefined) return catalog[key];
  const count = params?.['count'];
  if (typeof count !== 'number') return other;
  return catalog[`${key}_${pluralCategory(locale, count)}`] ?? other;
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(lookup(locale, key, params) ?? lookup('en', key, params) ?? key, params);
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => translate(locale, key, params);
}

/** The browser's UI language, from the extension API when present (pages, content scripts). */
export function browserLanguage(): string | undefined {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  return api?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
}

export function detectLocale(choice?: Locale | 'auto'): Locale {
  return resolveLocale(browserLanguage(), choice);
}
