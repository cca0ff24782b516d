import { fail, pass, type AutoRule } from '../rule';
import type { Fix, Span } from '../types';

// One emoji: a flag, a keycap, or a pictograph with its modifiers and ZWJ continuations.
const EMOJI_SRC = String.raw`[\u{1F1E6}-\u{1F1FF}]{2}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}]|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic})\uFE0F?)*`;
const EMOJI = new RegExp(EMOJI_SRC, 'gu');
const LINE_START_EMOJI = new RegExp(String.raw`^[ \t]*(?:${EMOJI_SRC})`, 'gmu');
const WORD = /[\p{L}\p{N}]+/gu;
const SANDWICH = new RegExp(
  String.raw`(?<=[\p{L}\p{N}][ \t]*)(?:${EMOJI_SRC})(?=[ \t]*[\p{L}\p{N}])`,
  'gu',
);
const RUN = new RegExp(String.raw`(?:(?:${EMOJI_SRC})[ \t]*){4,}`, 'gu');

// Decorative "font" letters: mathematical alphanumerics, full-width, circled and squared
// letters, small capitals. Two or more in a row (spaces allowed between) count.
const FANCY_CHAR = String.raw`[\u{1D400}-\u{1D7FF}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\u{1F130}-\u{1F189}\u1D00-\u1D2B\u0299\u0262\u029C\u026A\u029F\u0274\u0280\u028F]`;
const FANCY = new RegExp(String.raw`${FANCY_CHAR}(?:[ \t]?${FANCY_CHAR})+`, 'gu');
const FANCY_ONE = new RegExp(FANCY_CHAR, 'u');

const BULLET_LINES = 3;
const SANDWICHES = 3;

/** Item 6: emoji used sparingly — not as bullets, not between words, no decorative fonts. */
export const emojiRule: AutoRule = {
  id: 'emoji',
  item: 6,
  kind: 'auto',
  defaultSeverity: 'warn',
  title: {
    id: 'Emoji secukupnya, tanpa huruf hias',
    en: 'Emoji used sparingly, no decorative letters',
  },
  check(ctx) {
    const text = ctx.text;
    const problemsId: string[] = [];
    const problemsEn: string[] = [];
    const spans: Span[] = [];
    const fixes: Fix[] = [];

    const bullets = [...text.matchAll(LINE_START_EMOJI)];
    if (bullets.length >= BULLET_LINES) {
      problemsId.push(`${bullets.length} baris diawali emoji sebagai penanda daftar`);
      problemsEn.push(`${bullets.length} lines start with an emoji used as a bullet`);
      const edits = bullets.map((m) => {
        const lead = /^[ \t]*/.exec(m[0])![0].length;
        const start = m.index + lead;
        spans.push({ start, end: m.index + m[0].length });
        return { start, end: m.index + m[0].length, replacement: '•' };
      });
      fixes.push({
        label: { id: 'Ganti emoji penanda daftar dengan •', en: 'Replace emoji bullets with •' },
        edits,
      });
    }

    const sandwiches = [...text.matchAll(SANDWICH)];
    if (sandwiches.length >= SANDWICHES) {
      problemsId.push(`${sandwiches.length} emoji di sela-sela kata`);
      problemsEn.push(`${sandwiches.length} emoji between words`);
      for (const m of sandwiches) spans.push({ start: m.index, end: m.index + m[0].length });
    }

    const runs = [...text.matchAll(RUN)];
    if (runs.length > 0) {
      problemsId.push(`${runs.length} deret 4 emoji atau lebih`);
      problemsEn.push(`${runs.length} run${runs.length === 1 ? '' : 's'} of 4 or more emoji`);
      const edits = runs.map((m) => {
        const trimmed = m[0].trimEnd();
        const first = new RegExp(EMOJI_SRC, 'u').exec(trimmed)![0];
        spans.push({ start: m.index, end: m.index + trimmed.length });
        return { start: m.index, end: m.index + trimmed.length, replacement: first };
      });
      fixes.push({
        label: { id: 'Sisakan satu emoji dari tiap deret', en: 'Keep one emoji from each run' },
        edits,
      });
    }

    const emojiCount = (text.match(EMOJI) ?? []).length;
    const wordCount = (text.match(WORD) ?? []).length;
    if (emojiCount >= 4 && emojiCount * 5 > wordCount && sandwiches.length < SANDWICHES) {
      problemsId.push(`${emojiCount} emoji untuk ${wordCount} kata`);
      problemsEn.push(`${emojiCount} emoji for ${wordCount} words`);
    }

    const fancy = [...text.matchAll(FANCY)];
    if (fancy.length > 0) {
      problemsId.push('huruf hias Unicode yang dibacakan satu per satu oleh pembaca layar');
      problemsEn.push('decorative Unicode letters that screen readers spell out one by one');
      const edits = [];
      for (const m of fancy) {
        spans.push({ start: m.index, end: m.index + m[0].length });
        const plain = m[0].normalize('NFKC');
        if (!FANCY_ONE.test(plain))
          edits.push({ start: m.index, end: m.index + m[0].length, replacement: plain });
      }
      if (edits.length > 0) {
        fixes.push({ label: { id: 'Ganti dengan huruf biasa', en: 'Use plain letters' }, edits });
      }
    }

    if (problemsId.length === 0) {
      return pass({
        id: `${emojiCount} emoji, dipakai secukupnya`,
        en: `${emojiCount} emoji, used sparingly`,
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
