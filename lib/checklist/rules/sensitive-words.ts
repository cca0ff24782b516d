import { findWords } from '../context';
import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import { SENSITIVE_EXCEPTIONS } from '../words';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '*': '*', _: '_' };
const UPPER_START = /^\p{Lu}/u;
/** Capitalised, not all capitals (shouting is not a title). */
const TITLE_CASE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}/u;

/** Whether `start` lies inside a quoted or emphasised stretch of its line (a title, a quote). */
function insideQuotes(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  for (const [open, close] of Object.entries(QUOTE_PAIRS)) {
    const before = text.slice(lineStart, start);
    const o = before.lastIndexOf(open);
    if (o < 0) continue;
    // An opening mark before with no closing one between it and the word…
    const between = before.slice(o + 1);
    if (open === close ? between.includes(open) : between.includes(close)) continue;
    // …and a closing one after, on the same line.
    if (text.slice(end, lineEnd).includes(close)) return true;
  }
  return false;
}

/** The word before or after `start`/`end` on the same line, skipping spaces. */
function neighbourWord(text: string, start: number, end: number, side: -1 | 1): string {
  if (side < 0)
    return /([\p{L}\p{N}]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  return /^[ \t]+([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/**
 * A capitalised word next to another capitalised word is part of a title or a name ("The
 * Idiot", "Ganyang Malaysia"): a book the library lends, not an insult. A quoted or italic
 * stretch is a title or a quotation too.
 */
function isTitle(text: string, start: number, end: number): boolean {
  if (insideQuotes(text, start, end)) return true;
  if (!TITLE_CASE.test(text.slice(start, end))) return false;
  const before = neighbourWord(text, start, end, -1);
  const after = neighbourWord(text, start, end, 1);
  return UPPER_START.test(before) || UPPER_START.test(after);
}

/** Item 10 (automatic part): no word from the team's sensitive-word lists (ID + EN). */
export const sensitiveWordsRule: AutoRule = {
  id: 'sensitive-words',
  item: 10,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['sensitive-words'],
  title: { id: 'Tanpa kata sensitif', en: 'No sensitive words' },
  check(ctx) {
    const re = ctx.compiled.sensitive;
    const hits = re
      ? findWords(re, ctx.lower)
          .map((h) => ({ ...h, text: ctx.text.slice(h.start, h.end) }))
          .filter(
            (h) =>
              !SENSITIVE_EXCEPTIONS.has(h.text.toLowerCase()) && !isTitle(ctx.text, h.start, h.end),
          )
      : [];
    if (hits.length === 0) {
      return pass({
        id: 'Tidak ada kata dari daftar kata sensitif',
        en: 'No word from the sensitive-word list',
      });
    }
    const words = [...new Set(hits.map((h) => `"${h.text.toLowerCase()}"`))].slice(0, 5);
    return fail(
      {
        id: `Kata sensitif: ${list(words, 'id')}. Periksa kembali: hindari SARA, ujaran kebencian, provokasi dan kata kasar (UU ITE pasal 28)`,
        en: `Sensitive ${enPlural(words.length, 'word', 'words')}: ${list(words, 'en')}. Check again: avoid SARA, hate speech, provocation and profanity (UU ITE art. 28)`,
      },
      hits.map(({ start, end }) => ({ start, end })),
    );
  },
};
