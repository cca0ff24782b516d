import { graphemeOffset } from '../graphemes';
import { fail, num, pass, type AutoRule } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** Fewer words than this before the cut and the preview says nothing. */
const MIN_WORDS = 4;

/** Words of running text: hashtags, mentions and links do not count. */
function wordsIn(text: string): number {
  const plain = text.replace(/[#＃@＠]\S*|https?:\/\/\S*|\S+\.\S+\/\S*/gu, ' ');
  return plain.match(WORD)?.length ?? 0;
}

/**
 * Item 6 (packaging): where the feed cuts a caption at "more" (Instagram, about 125
 * characters), the part before the cut carries the message. Info: it is advice.
 */
export const previewRule: AutoRule = {
  id: 'preview',
  item: 6,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['preview'],
  title: {
    id: 'Pesan utama sebelum "selengkapnya"',
    en: 'The message comes before "more"',
  },
  platforms: ['instagram'],
  check(ctx) {
    const cut = ctx.limits.previewLength?.value;
    if (cut === undefined || ctx.graphemes <= cut) {
      return pass({
        id: 'Seluruh keterangan tampil tanpa dipotong',
        en: 'The whole caption shows without a cut',
      });
    }
    const end = graphemeOffset(ctx.text, cut);
    const c = num(cut);
    if (wordsIn(ctx.text.slice(0, end)) >= MIN_WORDS) {
      return pass({
        id: `${ctx.limits.name} memotong keterangan setelah sekitar ${c.id} karakter; bagian awal sudah berisi pesan`,
        en: `${ctx.limits.name} cuts the caption after about ${c.en} characters; the opening carries a message`,
      });
    }
    return fail(
      {
        id: `${ctx.limits.name} hanya menampilkan sekitar ${c.id} karakter pertama sebelum "selengkapnya": mulailah dengan pesan utama, bukan tagar, akun atau emoji`,
        en: `${ctx.limits.name} shows only the first ${c.en} or so characters before "more": open with the message, not hashtags, handles or emoji`,
      },
      [{ start: 0, end }],
    );
  },
};
