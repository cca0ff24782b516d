import { firstWord } from '../context';
import { fail, pass, type AutoRule } from '../rule';
import { once } from '@/lib/once';
import { AUTO_RULE_DEFAULTS } from '../rule-defaults';

// Matched on lower-cased text; the leading word boundary is checked by firstWord.
const E = String.raw`(?![\p{L}\p{N}_])`;
// Built on first use (../once.ts).
const patterns = once(() => ({
  PEOPLE: new RegExp(
    String.raw`(?:anak(?:-anak)?|si\s+kecil|adik-adik|balita|siswa(?:-siswi)?|pelajar|murid|peserta|pemustaka|pengunjung|remaja|children|child|kids|toddlers|students|pupils|participants|patrons|visitors|teens)${E}`,
    'gu',
  ),
  PICTURES: new RegExp(
    String.raw`(?:foto|potret|dokumentasi|video|rekaman|keseruan|momen|galeri|cuplikan|photos?|pictures?|pictured|snapshots?|footage|highlights|gallery)${E}`,
    'gu',
  ),
  // The caption already says consent was given or asked for.
  CONSENT: new RegExp(String.raw`(?:izin|seizin|persetujuan|consent|permission)${E}`, 'gu'),
}));

/**
 * Item 14 (a nudge): a caption that speaks of children or patrons and of photos or video
 * reminds the person to have their consent, a parent's or guardian's for children. Info by
 * default: the text cannot tell whether a face can be recognised.
 */
export const consentPhotoRule: AutoRule = {
  id: 'consent-photo',
  item: 14,
  kind: 'auto',
  defaultSeverity: AUTO_RULE_DEFAULTS['consent-photo'],
  title: {
    id: 'Izin untuk foto anak dan pemustaka',
    en: 'Consent for photos of children and patrons',
  },
  check(ctx) {
    const { PEOPLE, PICTURES, CONSENT } = patterns();
    const people = firstWord(PEOPLE, ctx.lower);
    const pictures = people ? firstWord(PICTURES, ctx.lower) : null;
    if (!people || !pictures || firstWord(CONSENT, ctx.lower)) {
      return pass({
        id: 'Tidak ada foto anak atau pemustaka yang perlu izin',
        en: 'No photo of children or patrons that needs consent',
      });
    }
    return fail(
      {
        id: 'Unggahan ini menyebut anak atau pemustaka dalam foto atau video: pastikan ada izin mereka, dan izin orang tua/wali untuk anak (UU PDP 27/2022)',
        en: 'This post speaks of children or patrons in a photo or video: make sure they agreed, and a parent or guardian for children (UU PDP 27/2022)',
      },
      [
        { start: people.start, end: people.end },
        { start: pictures.start, end: pictures.end },
      ].sort((a, b) => a.start - b.start),
    );
  },
};
