/** The two languages Sapa speaks. */
export type Locale = 'id' | 'en';
export const LOCALES: readonly Locale[] = ['id', 'en'];

/**
 * Picks the UI language: the user's explicit choice wins; otherwise the browser's language
 * ("id", "id-ID", and the older "in" code mean Indonesian); anything else gets English.
 */
export function resolveLocale(
  browserLanguage: string | undefined,
  choice?: Locale | 'auto',
): Locale {
  if (choice === 'id' || choice === 'en') return choice;
  const primary = (browserLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'id' || primary === 'in' ? 'id' : 'en';
}

/** The browser's UI language, from the extension API when present (pages, content scripts). */
export function browserLanguage(): string | undefined {
  const api = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome;
  return api?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language;
}

/** The language tag `Intl` formats a Sapa language with (Indonesia's, and British English). */
export function intlLocaleTag(locale: string): string {
  return locale === 'id' ? 'id-ID' : 'en-GB';
}

export function detectLocale(choice?: Locale | 'auto'): Locale {
  return resolveLocale(browserLanguage(), choice);
}
