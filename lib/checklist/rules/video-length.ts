import { num, pass, fail, type AutoRule } from '../rule';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

/**
 * Item 17 (automatic part): a TikTok video short enough for the format. The length comes from
 * the page (the uploader's <video> preview, read by the content script) as `videoSeconds`; the
 * rule itself only compares numbers.
 */
export const videoLengthRule: AutoRule = {
  id: 'video-length',
  item: 17,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['video-length'],
  title: { id: 'Video cukup pendek untuk formatnya', en: 'Video short enough for the format' },
  platforms: ['tiktok'],
  check(ctx) {
    const seconds = ctx.input.videoSeconds;
    const max = ctx.limits.shortVideoSeconds?.value;
    if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0 || max === undefined) {
      return pass({
        id: 'Panjang video belum diketahui (pilih video dulu)',
        en: 'Video length not known yet (choose a video first)',
      });
    }
    const s = num(Math.round(seconds));
    const m = num(max);
    if (seconds <= max) {
      return pass({
        id: `Video ${s.id} detik, cocok untuk format video pendek`,
        en: `${s.en}-second video, suits the short-video format`,
      });
    }
    return fail({
      id: `Video ${s.id} detik: format ${ctx.limits.name} adalah video pendek, sekitar satu menit (paling lama ${m.id} detik disarankan). Pertimbangkan memotongnya atau membaginya menjadi beberapa bagian`,
      en: `${s.en}-second video: ${ctx.limits.name} is a short-video format, about a minute (at most ${m.en} seconds recommended). Consider trimming it or splitting it into parts`,
    });
  },
};
