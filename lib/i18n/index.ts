import en from '@/assets/locales/en.json';
import id from '@/assets/locales/id.json';
import { type Locale, resolveLocale } from './locale';

export type { Locale } from './locale';
export { resolveLocale, LOCALES } from './locale';

export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, string>;

// `id` is typed against `en`, so a key missing from the Indonesian file fails type-checking.
const catalogs: Record<Locale, Catalog> = { en, id: id satisfies Catalog };

/** Fills `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(catalogs[locale][key] ?? catalogs.en[key], params);
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
