/**
 * `Intl` formatters in Sapa's languages, made once per language and options: making one costs
 * far more than formatting with it, and lists (the post log, drafts, reviews) and counts made on
 * every keystroke would otherwise make one per row or per key.
 */
import { intlLocaleTag } from './locale';

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A number as the language writes it ("1.234" in Indonesian, "1,234" in English), with
 * `options` (a percentage, say; kept per language and options).
 */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocaleTag(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A date or time as the language writes it with `options` (kept per language and options). */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocaleTag(locale), options);
    dateFormats.set(key, format);
  }
  return format;
}
