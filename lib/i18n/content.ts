/**
 * Translation for the content script: the same lookup as `./index.ts`, over the small catalogue
 * of `CONTENT_MESSAGE_KEYS` that the build takes from `assets/locales` (see `./content-keys.ts`).
 * The content script imports this, never `@/lib/i18n`, which brings both whole catalogues.
 */
import catalogs from 'virtual:sapa-content-messages';
import type { ContentMessageKey } from './content-keys';
import type { Locale } from './locale';
import { translateFrom, type Params } from './lookup';

export type { ContentMessageKey } from './content-keys';
export { detectLocale, type Locale } from './locale';

export function translateContent(locale: Locale, key: ContentMessageKey, params?: Params): string {
  return translateFrom(catalogs, locale, key, params);
}
