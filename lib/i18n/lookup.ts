/**
 * Reading a catalogue, whichever it is: the whole one (`./index.ts`, pages and the panel) or the
 * content script's few strings (`./content.ts`). No catalogue is imported here, so each caller
 * bundles only its own.
 */
import type { Locale } from './locale';
import { pluralCategory } from './plural';

export type Catalogs = Readonly<Record<Locale, Readonly<Record<string, string>>>>;
export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The catalogue text for `key`: for a counted message, the form `params.count` needs. */
function lookup(catalogs: Catalogs, locale: Locale, key: string, params?: Params) {
  const catalog = catalogs[locale];
  const other = catalog[`${key}_other`];
  if (other === undefined) return catalog[key];
  const count = params?.['count'];
  if (typeof count !== 'number') return other;
  return catalog[`${key}_${pluralCategory(locale, count)}`] ?? other;
}

/** The text in `locale`, else in English, else the key itself (never an empty string). */
export function translateFrom(
  catalogs: Catalogs,
  locale: Locale,
  key: string,
  params?: Params,
): string {
  return format(
    lookup(catalogs, locale, key, params) ?? lookup(catalogs, 'en', key, params) ?? key,
    params,
  );
}
