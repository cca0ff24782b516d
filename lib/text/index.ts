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

/*
 * The one check of text that comes into Sapa from anywhere: a CSV file, a pack, a synced
 * document, a subscription, the dashboard's forms and the panel's requests all ask
 * `textProblem` (docs/reliability.md, "One validation for every way in"). Before it existed a
 * CSV set name could hold a NUL or a right-to-left override that packs and sync then refused,
 * so the set never reached the team while the pending count said 0.
 *
 * Two kinds of text:
 * - `name`: a one-line label (a set's or template's name, a category, an id, a member id). No
 *   control character at all (tab and line breaks included), no bidirectional embedding,
 *   override or isolate control (they make a name display as something else), no broken UTF-16.
 * - `text`: free text (a caption body, a variant). Tab and line breaks are allowed; other
 *   control characters and broken UTF-16 are not. Bidirectional controls are left alone:
 *   Arabic or Hebrew captions may need them.
 */

export type TextKind = 'name' | 'text';

/** A reason in both languages, as the import results and sync status show it. */
export interface TextProblem {
  id: string;
  en: string;
}

/** Bidirectional embedding, override and isolate controls: U+202A–U+202E, U+2066–U+2069. */
export const BIDI_CONTROL_RE = /[\u202A-\u202E\u2066-\u2069]/;

/** Every C0 and C1 control, tab and line breaks included (for one-line names). */
// eslint-disable-next-line no-control-regex
const ANY_CONTROL_RE = /[\u0000-\u001F\u007F-\u009F]/;

const PROBLEMS = {
  control: {
    id: 'berisi karakter kontrol yang tidak diizinkan',
    en: 'contains control characters that are not allowed',
  },
  lineBreak: {
    id: 'berisi tab, baris baru, atau karakter kontrol lain (tidak boleh dalam nama)',
    en: 'contains a tab, a line break or another control character (not allowed in a name)',
  },
  bidi: {
    id: 'berisi karakter pengubah arah teks (RTL/LTR override) yang tidak diizinkan',
    en: 'contains text-direction override characters (RTL/LTR) that are not allowed',
  },
  broken: {
    id: 'berisi teks yang rusak (UTF-16 tidak lengkap)',
    en: 'contains broken text (incomplete UTF-16)',
  },
} as const satisfies Record<string, TextProblem>;

/** What is wrong with `value` as text of this kind, or undefined when it may be stored. */
export function textProblem(value: string, kind: TextKind = 'text'): TextProblem | undefined {
  if (kind === 'name' && ANY_CONTROL_RE.test(value))
    return CONTROL_CHAR_RE.test(value) ? PROBLEMS.control : PROBLEMS.lineBreak;
  if (CONTROL_CHAR_RE.test(value)) return PROBLEMS.control;
  if (LONE_SURROGATE_RE.test(value)) return PROBLEMS.broken;
  if (kind === 'name' && BIDI_CONTROL_RE.test(value)) return PROBLEMS.bidi;
  return undefined;
}
