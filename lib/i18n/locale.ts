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
