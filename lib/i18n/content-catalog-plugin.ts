/**
 * A Vite plugin (build and tests, not shipped) serving `virtual:sapa-content-messages`: the
 * content script's few strings, taken from `assets/locales/*.json` when the bundle is built, so
 * the content script carries a few hundred bytes of text instead of both whole catalogues.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { contentCatalogs } from './content-catalog';
import { CONTENT_MESSAGE_KEYS } from './content-keys';

export const CONTENT_MESSAGES_MODULE = 'virtual:sapa-content-messages';
const RESOLVED = `\0${CONTENT_MESSAGES_MODULE}`;

const localeFile = (locale: string) =>
  fileURLToPath(new URL(`../../assets/locales/${locale}.json`, import.meta.url));

/** The module's source: both languages' entries for `CONTENT_MESSAGE_KEYS`. */
export function contentMessagesSource(): string {
  const read = (locale: string) =>
    JSON.parse(readFileSync(localeFile(locale), 'utf8')) as Record<string, string>;
  const catalogs = contentCatalogs({ en: read('en'), id: read('id') }, CONTENT_MESSAGE_KEYS);
  return `export default ${JSON.stringify(catalogs)};\n`;
}

export function contentMessagesPlugin(): Plugin {
  return {
    name: 'sapa-content-messages',
    resolveId: (id) => (id === CONTENT_MESSAGES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(localeFile('en'));
      this.addWatchFile(localeFile('id'));
      return contentMessagesSource();
    },
  };
}
