/**
 * Building the content script's catalogue from the whole one (at build time, by the Vite plugin
 * in `./content-catalog-plugin.ts`). Pure: no file access here.
 */
import type { Locale } from './locale';

type Catalog = Readonly<Record<string, string>>;

/** The entries of `catalog` that `keys` need: each key itself and its plural forms (`key_one`…). */
export function pickMessages(catalog: Catalog, keys: readonly string[]): Record<string, string> {
  const wanted = new Set(keys);
  const picked: Record<string, string> = {};
  for (const [entry, text] of Object.entries(catalog)) {
    const base = entry.replace(/_(zero|one|two|few|many|other)$/, '');
    if (wanted.has(entry) || wanted.has(base)) picked[entry] = text;
  }
  return picked;
}

/** Both languages' entries for `keys`, as the content script gets them. */
export function contentCatalogs(
  catalogs: Readonly<Record<Locale, Catalog>>,
  keys: readonly string[],
): Record<Locale, Record<string, string>> {
  return { en: pickMessages(catalogs.en, keys), id: pickMessages(catalogs.id, keys) };
}
