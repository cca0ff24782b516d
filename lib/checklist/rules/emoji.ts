import { fail, pass, type AutoRule, enPlural } from '../rule';
import type { Fix, Span, TextEdit } from '../types';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

// One emoji: a flag, a keycap, or a pictograph with its modifiers and ZWJ continuations. A
// pictograph from U+1F000 on counts with or without U+FE0F (🗓 and 🗓️ look the same in a
// caption); older symbols (☎, ✈) only with it. The lookahead skips plain ASCII quickly (only #,
// * and digits can start a keycap).
const EMOJI_SRC = String.raw`[\u{1F1E6}-\u{1F1FF}]{2}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|(?=[\u{1F000}-\u{1FAFF}])\p{Extended_Pictographic}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}]|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*`;
const EMOJI = new RegExp(
  String.raw`(?=[^\x00-\x22\x24-\x29\x2b-\x2f\x3a-\u00a8])(?:${EMOJI_SRC})`,
  'gu',
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Decorative "font" letters: mathematical alphanumerics, full-width, circled and squared
// letters, small capitals. Two or more in a row (spaces allowed between) count.
const FANCY_CHAR = String.raw`[\u{1D400}-\u{1D7FF}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\u{1F130}-\u{1F189}\u1D00-\u1D2B\u0299\u0262\u029C\u026A\u029F\u0274\u0280\u028F]`;
const FANCY = new RegExp(String.raw`${FANCY_CHAR}(?:[ \t]?${FANCY_CHAR})+`, 'gu');
const FANCY_ONE = new RegExp(FANCY_CHAR, 'u');

const BULLET_LINES = 3;
const SANDWICHES = 3;
const RUN_LENGTH = 4;

interface Emoji {
  start: number;
  end: number;
  text: string;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** The code point next to `index` after skipping spaces and tabs, looking left or right. */
function neighbour(text: string, index: number, step: -1 | 1): string {
  let i = step < 0 ? index - 1 : index;
  while (i >= 0 && i < text.length && isBlank(text.charCodeAt(i))) i += step;
  if (i < 0 || i >= text.length) return '';
  const cp = text.codePointAt(step < 0 && i > 0 && /[\udc00-\udfff]/.test(text[i]!) ? i - 1 : i)!;
  return String.fromCodePoint(cp);
}

/** Words: runs of letters and digits (non-ASCII letters included, emoji and punctuation not). */
function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c < 0x2000) ||
      (c >= 0x3040 && c < 0xd800);
    if (wordChar && !inWord) words++;
    inWord = wordChar;
  }
  return words;
}

/** Item 6: emoji used sparingly — not as bullets, not between words, no decorative fonts. */
export const emojiRule: AutoRule = {
  id: 'emoji',
  item: 6,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['emoji'],
  title: {
    id: 'Emoji secukupnya, tanpa huruf hias',
    en: 'Emoji used sparingly, no decorative letters',
  },
  // About 110 lines: bullets, density and decorative letters share one scan of the caption,
  // which runs on every keystroke; the three findings are built from that one pass.
  check(ctx) {
    const text = ctx.text;
    const emoji: Emoji[] = [];
    EMOJI.lastIndex = 0;
    for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) {
      emoji.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }

    const bullets: Emoji[] = [];
    const sandwiches: Emoji[] = [];
    const runs: Emoji[][] = [];
    let run: Emoji[] = [];
    for (const e of emoji) {
      let i = e.start - 1;
      while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
      if (i < 0 || text[i] === '\n') bullets.push(e);
      const before = neighbour(text, e.start, -1);
      const after = neighbour(text, e.end, 1);
      if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) sandwiches.push(e);
      const last = run[run.length - 1];
      if (last && /^[ \t]*$/.test(text.slice(last.end, e.start))) {
        run.push(e);
      } else {
        if (run.length >= RUN_LENGTH) runs.push(run);
        run = [e];
      }
    }
    if (run.length >= RUN_LENGTH) runs.push(run);

    const problemsId: string[] = [];
    const problemsEn: string[] = [];
    const spans: Span[] = [];
    const fixes: Fix[] = [];

    // Bullets are the same emoji starting three or more lines (📌 📌 📌): a list dressed up.
    // Different emoji labelling lines (🗓 date, ⏰ time, 📍 place), the usual Indonesian event
    // layout, are read as meaningful labels and left alone.
    const key = (e: Emoji) => e.text.replace(/\uFE0F/g, '');
    const bulletCounts = new Map<string, number>();
    for (const b of bullets) bulletCounts.set(key(b), (bulletCounts.get(key(b)) ?? 0) + 1);
    const repeated = bullets.filter((b) => bulletCounts.get(key(b))! >= BULLET_LINES);
    bullets.length = 0;
    bullets.push(...repeated);
    if (bullets.length >= BULLET_LINES) {
      problemsId.push(`${bullets.length} baris diawali emoji sebagai penanda daftar`);
      problemsEn.push(`${bullets.length} lines start with an emoji used as a bullet`);
      for (const b of bullets) spans.push({ start: b.start, end: b.end });
      fixes.push({
        label: { id: 'Ganti emoji penanda daftar dengan •', en: 'Replace emoji bullets with •' },
        edits: bullets.map((b) => ({ start: b.start, end: b.end, replacement: '•' })),
      });
    }

    if (sandwiches.length >= SANDWICHES) {
      problemsId.push(`${sandwiches.length} emoji di sela-sela kata`);
      problemsEn.push(`${sandwiches.length} emoji between words`);
      for (const s of sandwiches) spans.push({ start: s.start, end: s.end });
    }

    if (runs.length > 0) {
      problemsId.push(`${runs.length} deret ${RUN_LENGTH} emoji atau lebih`);
      problemsEn.push(
        `${runs.length} ${enPlural(runs.length, 'run', 'runs')} of ${RUN_LENGTH} or more emoji`,
      );
      const edits: TextEdit[] = [];
      for (const r of runs) {
        const first = r[0]!;
        const end = r[r.length - 1]!.end;
        spans.push({ start: first.start, end });
        edits.push({ start: first.start, end, replacement: first.text });
      }
      fixes.push({
        label: { id: 'Sisakan satu emoji dari tiap deret', en: 'Keep one emoji from each run' },
        edits,
      });
    }

    if (emoji.length >= 4 && sandwiches.length < SANDWICHES) {
      const words = countWords(text);
      if (emoji.length * 5 > words) {
        problemsId.push(`${emoji.length} emoji untuk ${words} kata`);
        problemsEn.push(`${emoji.length} emoji for ${words} words`);
      }
    }

    FANCY.lastIndex = 0;
    const fancy = FANCY_ONE.test(text) ? [...text.matchAll(FANCY)] : [];
    if (fancy.length > 0) {
      problemsId.push('huruf hias Unicode yang dibacakan satu per satu oleh pembaca layar');
      problemsEn.push('decorative Unicode letters that screen readers spell out one by one');
      const edits: TextEdit[] = [];
      for (const m of fancy) {
        spans.push({ start: m.index, end: m.index + m[0].length });
        const plain = m[0].normalize('NFKC');
        if (!FANCY_ONE.test(plain)) {
          edits.push({ start: m.index, end: m.index + m[0].length, replacement: plain });
        }
      }
      if (edits.length > 0) {
        fixes.push({ label: { id: 'Ganti dengan huruf biasa', en: 'Use plain letters' }, edits });
      }
    }

    if (problemsId.length === 0) {
      return pass({
        id: `${emoji.length} emoji, dipakai secukupnya`,
        en: `${emoji.length} emoji, used sparingly`,
      });
    }
    spans.sort((a, b) => a.start - b.start);
    return fail(
      {
        id: `Emoji dan huruf hias dibacakan pembaca layar: ${problemsId.join('; ')}`,
        en: `Screen readers read emoji and decorative letters aloud: ${problemsEn.join('; ')}`,
      },
      spans,
      fixes,
    );
  },
};
