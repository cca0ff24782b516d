import { findWords } from '../context';
import { fail, list, pass, type AutoRule } from '../rule';

/** Item 10 (automatic part): no word from the team's sensitive-word lists (ID + EN). */
export const sensitiveWordsRule: AutoRule = {
  id: 'sensitive-words',
  item: 10,
  kind: 'auto',
  defaultSeverity: 'warn',
  title: { id: 'Tanpa kata sensitif', en: 'No sensitive words' },
  check(ctx) {
    const re = ctx.compiled.sensitive;
    const hits = re
      ? findWords(re, ctx.lower).map((h) => ({ ...h, text: ctx.text.slice(h.start, h.end) }))
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
        id: `Kata sensitif: ${list(words, 'dan')}. Periksa kembali: hindari SARA, ujaran kebencian, provokasi dan kata kasar (UU ITE pasal 28)`,
        en: `Sensitive word${words.length === 1 ? '' : 's'}: ${list(words, 'and')}. Check again: avoid SARA, hate speech, provocation and profanity (UU ITE art. 28)`,
      },
      hits.map(({ start, end }) => ({ start, end })),
    );
  },
};
