/**
 * The manual items: the person ticks them, and the extension remembers the tick with the draft.
 * They are data only (a question, no logic), so they live together in this one file.
 */
import type { ManualRule } from '../rule';
import { MANUAL_DEFAULT_SEVERITY, type ManualRuleId } from '../rule-defaults';

function manual(
  id: ManualRuleId,
  item: number,
  title: ManualRule['title'],
  prompt: ManualRule['prompt'],
): ManualRule {
  return { id, item, kind: 'manual', defaultSeverity: MANUAL_DEFAULT_SEVERITY, title, prompt };
}

export const MANUAL_RULES: readonly ManualRule[] = [
  manual(
    'source-check',
    9,
    { id: 'Sumber dicantumkan', en: 'Source cited' },
    {
      id: 'Kutipan, angka dan berita sudah mencantumkan sumbernya',
      en: 'Quotes, figures and news name their source',
    },
  ),
  manual(
    'sensitive-check',
    10,
    { id: 'Bebas SARA, ujaran kebencian dan provokasi', en: 'No SARA, hate speech or provocation' },
    {
      id: 'Isi tidak mengandung SARA, ujaran kebencian, provokasi atau kata kasar (UU ITE pasal 28 ayat 2–3)',
      en: 'The post has no SARA, hate speech, provocation or profanity (UU ITE art. 28(2)–(3))',
    },
  ),
  manual(
    'fact-check',
    11,
    { id: 'Bukan hoaks', en: 'Not a hoax' },
    {
      id: 'Fakta, tanggal, tempat dan tautan sudah diperiksa',
      en: 'Facts, dates, venue and links have been checked',
    },
  ),
  manual(
    'political-neutrality',
    12,
    { id: 'Netral secara politik', en: 'Politically neutral' },
    {
      id: 'Tidak ada konten partisan atau kampanye (SE Menpan RB 137/2018)',
      en: 'No partisan or campaign content (SE Menpan RB 137/2018)',
    },
  ),
  manual(
    'privacy-check',
    13,
    { id: 'Privasi pemustaka', en: 'Patron privacy' },
    {
      id: 'Tidak ada data pribadi pemustaka di teks maupun gambar: nomor telepon, surel, NIK (UU PDP 27/2022)',
      en: 'No personal data of patrons in the text or images: phone numbers, e-mails, NIK (UU PDP 27/2022)',
    },
  ),
  manual(
    'consent',
    14,
    { id: 'Izin orang yang dapat dikenali', en: 'Consent for identifiable people' },
    {
      id: 'Ada izin dari orang yang tampak dan dapat dikenali, terutama orang tua/wali untuk anak',
      en: 'Identifiable people have agreed to appear, and parents or guardians for children',
    },
  ),
  manual(
    'rights-credit',
    15,
    { id: 'Hak dan kredit media', en: 'Rights and credit for media' },
    {
      id: 'Foto, sampul buku dan musik boleh dipakai dan kreditnya dicantumkan',
      en: 'Photos, book covers and music may be used and are credited',
    },
  ),
  manual(
    'alt-text',
    16,
    { id: 'Teks alternatif gambar', en: 'Image alt text' },
    {
      id: 'Setiap gambar punya teks alternatif; teks di dalam gambar juga ada di keterangan',
      en: 'Every image has alt text; text inside images is repeated in the caption',
    },
  ),
  manual(
    'video-captions',
    17,
    { id: 'Teks pada video', en: 'Video captions' },
    {
      id: 'Ucapan dalam video ditampilkan sebagai teks; video TikTok cukup pendek untuk formatnya',
      en: 'The video is captioned; a TikTok video is short enough for the format',
    },
  ),
  manual(
    'second-review',
    18,
    { id: 'Ditinjau rekan tim', en: 'Reviewed by a teammate' },
    {
      id: 'Sudah ditinjau anggota tim kedua bila kebijakan perpustakaan memintanya',
      en: "A second team member has reviewed it where the library's policy asks for it",
    },
  ),
];
