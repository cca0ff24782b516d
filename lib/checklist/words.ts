/**
 * Word lists used by the checklist. The sensitive-word lists are only defaults: each team edits
 * its own in the settings.
 */

/**
 * A modest default list of words that would be out of place in a public library's post:
 * profanity and insults, and SARA / hate-speech / provocation terms (UU ITE art. 28(2)–(3),
 * SE Menpan RB 137/2018). Matched as whole words, case-insensitive; Indonesian entries also
 * match with common affixes (penistaan, menista, dikafirkan…).
 */
export const DEFAULT_SENSITIVE_WORDS: { id: string[]; en: string[] } = {
  id: [
    'bajingan',
    'bangsat',
    'bego',
    'brengsek',
    'goblok',
    'jancuk',
    'kampret',
    'keparat',
    'tolol',
    'kafir',
    'nista',
    'ganyang',
    'laknat',
    'aseng',
    'antek asing',
    'pribumi asli',
    // Slurs of Indonesian political polarisation.
    'kadrun',
    'cebong',
    'buzzerrp',
    'buzzer rp',
  ],
  en: [
    'fuck',
    'shit',
    'bitch',
    'bastard',
    'asshole',
    'idiot',
    'moron',
    'retard',
    'infidel',
    'go back to your country',
  ],
};

/**
 * Ordinary words a sensitive entry with an affix would match: "kecebong" (tadpole) is "ke" +
 * "cebong". Never flagged.
 */
export const SENSITIVE_EXCEPTIONS: ReadonlySet<string> = new Set(['kecebong', 'kecebongnya']);

/**
 * Words that often make up library hashtags. A lower-case or upper-case hashtag that splits into
 * these words in exactly one way can be rewritten in CamelCase reliably.
 */
export const HASHTAG_WORDS: readonly string[] = [
  // Indonesian
  'ayo',
  'yuk',
  'mari',
  'gemar',
  'baca',
  'membaca',
  'bacaan',
  'buku',
  'pustaka',
  'perpustakaan',
  'perpus',
  'pustakawan',
  'literasi',
  'kota',
  'kabupaten',
  'daerah',
  'desa',
  'provinsi',
  'nasional',
  'umum',
  'sekolah',
  'kampus',
  'universitas',
  'bulan',
  'hari',
  'pekan',
  'minggu',
  'tahun',
  'anak',
  'remaja',
  'keluarga',
  'koleksi',
  'baru',
  'layanan',
  'digital',
  'online',
  'daring',
  'kelas',
  'bedah',
  'cerita',
  'dongeng',
  'festival',
  'lomba',
  'sahabat',
  'teman',
  'indonesia',
  'cerdas',
  'cinta',
  'rumah',
  'taman',
  'pojok',
  'sudut',
  'kita',
  'arsip',
  'sejarah',
  'budaya',
  'informasi',
  'ilmu',
  'pengetahuan',
  'kreatif',
  'inklusi',
  'sosial',
  'jendela',
  'dunia',
  'merdeka',
  'belajar',
  'pintar',
  'generasi',
  'muda',
  // English
  'library',
  'libraries',
  'book',
  'books',
  'read',
  'reading',
  'reader',
  'readers',
  'month',
  'week',
  'day',
  'national',
  'public',
  'school',
  'new',
  'kids',
  'teen',
  'teens',
  'story',
  'time',
  'club',
  'love',
  'my',
  'our',
  'world',
  'literacy',
];

/** Event words: with a date or time, the post announces an event. */
export const EVENT_WORDS = [
  'webinar',
  'seminar',
  'lomba',
  'workshop',
  'lokakarya',
  'bedah buku',
  'talkshow',
  'talk show',
  'gelar wicara',
  'pelatihan',
  'festival',
  'sosialisasi',
  'bimtek',
  'kompetisi',
  'sayembara',
  'zoom',
  'event',
  'competition',
  'contest',
  'book launch',
  'book club',
  'storytime',
  'story time',
];

/**
 * The post asks people to register: then it needs a way to do it (a link, or "link in bio").
 * An event people simply walk into needs none.
 */
export const REGISTRATION_WORDS = [
  'pendaftaran',
  'mendaftar',
  'daftarkan',
  'daftar sekarang',
  'daftar segera',
  'segera daftar',
  'daftar di',
  'daftar melalui',
  'daftar lewat',
  'daftar:',
  'link pendaftaran',
  'tautan pendaftaran',
  'formulir pendaftaran',
  'kuota terbatas',
  'tempat terbatas',
  'register',
  'registration',
  'rsvp',
  'sign up',
  'signup',
  'book your place',
  'limited seats',
  'places are limited',
  'seats are limited',
];

/** Online events: joining needs a link even without registration. */
export const ONLINE_EVENT_WORDS = [
  'webinar',
  'zoom',
  'google meet',
  'youtube live',
  'live streaming',
  'siaran langsung',
  'kelas daring',
  'kelas online',
  'online class',
  'livestream',
];

/** Words that hint at an event but are not enough alone ("daftar buku" is a book list). */
export const WEAK_EVENT_WORDS = [
  'daftar',
  'acara',
  'kegiatan',
  'kelas',
  'diskusi',
  'join us',
  'ikuti',
];

/** A look back at an event that took place (a recap needs no registration link). */
export const RECAP_WORDS = [
  'telah mengikuti',
  'telah hadir',
  'sudah hadir',
  'yang hadir',
  'telah berlangsung',
  'telah dilaksanakan',
  'telah diselenggarakan',
  'berlangsung meriah',
  'kemarin',
  'minggu lalu',
  'pekan lalu',
  'tadi pagi',
  'keseruan',
  'dokumentasi',
  'rangkuman',
  'pemenang',
  'recap',
  'who joined',
  'who came',
  'thanks for joining',
  'thank you for joining',
  'yesterday',
  'last week',
  'winners',
];

export const ID_MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'sep',
  'okt',
  'nov',
  'des',
];
export const EN_MONTHS = [
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
  'aug',
  'oct',
  'dec',
];
/** Day names (not "minggu", which is also "week"). */
export const DAYS = [
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'sabtu',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
