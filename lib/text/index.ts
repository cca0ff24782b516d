/** Pure text helpers shared by the schema, repositories, packs and seeds. No DOM. */

/** The hash signs a hashtag may start with: `#` and the full-width `＃` of CJK keyboards. */
const LEADING_HASH = /^[#＃]+/;

/**
 * The id rule for hashtags, the one normaliser every part of Sapa uses: strip leading `#`/`＃`,
 * trim, NFC, lower-case (locale-independent), so `#BulanBuku`, `＃bulanbuku` and `BULANBUKU` meet
 * on one record `bulanbuku`.
 */
export function normaliseTag(tag: string): string {
  const body = tag.trim().replace(LEADING_HASH, '');
  // NFC only where it can change something: the checklist calls this on every keystroke.
  return (ASCII.test(body) ? body : body.normalize('NFC')).toLowerCase();
}

const ASCII = /^\p{ASCII}*$/u;

/** Letters, marks, digits and underscore: what the four platforms accept inside a hashtag. */
const TAG_RE = /^[\p{L}\p{M}\p{N}_]{1,100}$/u;

export function isValidTag(tag: string): boolean {
  return TAG_RE.test(tag.replace(LEADING_HASH, '').normalize('NFC'));
}

/** Display form: without '#', NFC, CamelCase kept. */
export function displayTag(tag: string): string {
  return tag.trim().replace(LEADING_HASH, '').normalize('NFC');
}

/** Lower-case, NFC and without diacritics, for search keys ("Pustaka" and "pustakà" meet). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
}

/** Search words of a name: each word folded, plus the whole folded name for phrase prefixes. */
export function searchWordsOf(name: string): string[] {
  const folded = foldForSearch(name).trim().replace(/\s+/g, ' ');
  if (!folded) return [];
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set([folded, ...words])];
}

/** Collision-resistant id without DOM: crypto.randomUUID exists in browsers, workers and Node. */
export function newId(prefix = ''): string {
  return prefix + globalThis.crypto.randomUUID();
}

/** Control characters refused in imported text: C0 except tab/newline/CR, DEL, C1. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHAR_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Lone UTF-16 surrogates (broken text that some tools produce). */
export const LONE_SURROGATE_RE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
