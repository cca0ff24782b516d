import { normaliseTag } from '@/lib/text';
import type { HashtagRecord, HashtagSetRecord } from '@/lib/db/types';

/** First-run hashtag sets (ids `seed:set:<name>`), CamelCase so screen readers read the words. */
const SETS: { key: string; name: string; tags: string[] }[] = [
  {
    key: 'perpustakaan',
    name: 'Perpustakaan',
    tags: [
      'Perpustakaan',
      'PerpustakaanDigital',
      'PerpustakaanUmum',
      'SahabatPerpustakaan',
      'Pustakawan',
    ],
  },
  {
    key: 'literasi',
    name: 'Literasi',
    tags: ['GemarMembaca', 'LiterasiIndonesia', 'AyoMembaca', 'BudayaBaca', 'GerakanLiterasi'],
  },
  {
    key: 'acara',
    name: 'Acara perpustakaan',
    tags: ['AcaraPerpustakaan', 'WebinarGratis', 'BedahBuku', 'KelasLiterasi'],
  },
  {
    key: 'komunitas',
    name: 'Komunitas perpustakaan Indonesia',
    tags: ['Perpusnas', 'PerpustakaanIndonesia', 'PustakawanIndonesia', 'SahabatPerpustakaan'],
  },
  {
    key: 'bulan-buku',
    name: 'Hari Buku Nasional',
    tags: ['HariBukuNasional', 'BulanBuku', 'GemarMembaca'],
  },
  {
    // Gerakan Nasional Literasi Digital (Kominfo, "Indonesia Makin Cakap Digital").
    key: 'literasi-digital',
    name: 'Literasi digital',
    tags: ['LiterasiDigital', 'MakinCakapDigital', 'LiterasiInformasi', 'CakapDigital'],
  },
  {
    // Perpusnas's programme Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS).
    key: 'inklusi-sosial',
    name: 'Transformasi perpustakaan (TPBIS)',
    tags: ['TPBIS', 'TransformasiPerpustakaan', 'PerpustakaanInklusif', 'InklusiSosial'],
  },
  {
    // September: Hari Kunjung Perpustakaan (14 September) and Bulan Gemar Membaca.
    key: 'kunjung',
    name: 'Hari Kunjung Perpustakaan',
    tags: ['HariKunjungPerpustakaan', 'AyoKePerpustakaan', 'BulanGemarMembaca'],
  },
  {
    key: 'library',
    name: 'Library (English)',
    tags: ['Library', 'Libraries', 'Librarian', 'LibraryLife', 'DigitalLibrary'],
  },
  {
    key: 'reading',
    name: 'Reading (English)',
    tags: ['Reading', 'BookLovers', 'Literacy', 'ReadingForPleasure', 'NewBooks'],
  },
  {
    key: 'events-en',
    name: 'Library events (English)',
    tags: ['LibraryEvents', 'AuthorTalk', 'StoryTime', 'FreeWebinar'],
  },
];

export function seedHashtagSets(now: number): HashtagSetRecord[] {
  return SETS.map((s) => ({
    id: `seed:set:${s.key}`,
    updatedAt: now,
    updatedBy: 'seed',
    deleted: false,
    name: s.name,
    tags: [...s.tags],
  }));
}

/** Every tag of the seed sets plus a few common ones, one record per normalised id. */
export function seedHashtags(now: number): HashtagRecord[] {
  const extra = [
    'PerpustakaanKampus',
    'PerpustakaanSekolah',
    'BookMonth',
    'KatalogDaring',
    'LayananPerpustakaan',
  ];
  const byId = new Map<string, HashtagRecord>();
  for (const tag of [...SETS.flatMap((s) => s.tags), ...extra]) {
    const id = normaliseTag(tag);
    if (!byId.has(id)) byId.set(id, { id, tag, updatedAt: now, updatedBy: 'seed', deleted: false });
  }
  return [...byId.values()];
}
