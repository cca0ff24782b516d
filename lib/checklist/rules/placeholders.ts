import { fail, list, pass, type AutoRule, enPlural } from '../rule';
import { once } from '@/lib/once';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

// {{date}}, [LINK], [TANGGAL], [NAMA ACARA], [isi tanggal], <<nama>>, TBD, TBA, XXX, XX.XX WIB.
// Built on first use (../once.ts).
const placeholderPattern = once(
  () =>
    new RegExp(
      [
        String.raw`\{\{[^{}\n]{0,80}\}\}`,
        String.raw`\[\p{Lu}[\p{Lu}\p{N} _./&:-]*\]`,
        String.raw`\[(?:isi|masukkan|tulis|ganti|tambahkan|fill in|insert|add|enter)\b[^\]\n]{0,80}\]`,
        String.raw`<<[^<>\n]{1,40}>>`,
        String.raw`(?<![\p{L}\p{N}])(?:TBD|TBA|XXX+|xxx+|XX[.:]XX|lorem ipsum)(?![\p{L}\p{N}])`,
      ].join('|'),
      'giu',
    ),
);
// The "i" flag makes \p{Lu} match any letter; check the bracketed all-caps form separately.
const BRACKET_CAPS = /^\[\p{Lu}[\p{Lu}\p{N} _./&:-]*\]$/u;
const BRACKET_WORD = /^\[(?:isi|masukkan|tulis|ganti|tambahkan|fill in|insert|add|enter)\b/iu;

/** Item 7: no template placeholder left unfilled. */
export const placeholdersRule: AutoRule = {
  id: 'placeholders',
  item: 7,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['placeholders'],
  title: { id: 'Tidak ada isian templat yang tertinggal', en: 'No unfilled template placeholders' },
  check(ctx) {
    const hits: { start: number; end: number; text: string }[] = [];
    const PLACEHOLDER = placeholderPattern();
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(ctx.text); m; m = PLACEHOLDER.exec(ctx.text)) {
      const s = m[0];
      if (s.startsWith('[') && !BRACKET_CAPS.test(s) && !BRACKET_WORD.test(s)) continue;
      hits.push({ start: m.index, end: m.index + s.length, text: s });
    }
    if (hits.length === 0) {
      return pass({
        id: 'Semua isian templat sudah diisi',
        en: 'All template placeholders are filled in',
      });
    }
    const names = [...new Set(hits.map((h) => h.text))].slice(0, 5);
    return fail(
      {
        id: `${hits.length} isian templat belum diisi: ${list(names, 'id')}`,
        en: `${hits.length} template ${enPlural(hits.length, 'placeholder', 'placeholders')} not filled in: ${list(names, 'en')}`,
      },
      hits.map(({ start, end }) => ({ start, end })),
    );
  },
};
