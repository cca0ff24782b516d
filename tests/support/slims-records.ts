/**
 * A small Indonesian library catalogue for the local SLiMS (tests/support/slims-server.ts): the
 * columns SLiMS 9's outputs read from its `biblio` table and joins (docs/slims.md). Titles,
 * authors and publishers are real-looking, not copied from a real catalogue.
 */

export interface SlimsRecord {
  biblioId: number;
  title: string;
  authors: string[];
  isbn: string | null;
  publisher: string | null;
  publishPlace: string | null;
  publishYear: string | null;
  /** The file under images/docs/, or null (no cover). */
  image: string | null;
  callNumber: string | null;
  classification: string | null;
  /** MySQL DATETIME, the library's local time. */
  inputDate: string;
  lastUpdate: string;
  languageId: string;
  languageName: string;
  gmd: string;
  collation: string | null;
  subjects: string[];
  notes: string | null;
}

type Seed = Pick<SlimsRecord, 'title' | 'authors' | 'callNumber' | 'inputDate'> &
  Partial<SlimsRecord>;

function record(biblioId: number, seed: Seed): SlimsRecord {
  return {
    biblioId,
    isbn: null,
    publisher: null,
    publishPlace: null,
    publishYear: null,
    image: null,
    classification: seed.callNumber?.split(' ')[0] ?? null,
    lastUpdate: seed.inputDate,
    languageId: 'id',
    languageName: 'Indonesia',
    gmd: 'Text',
    collation: null,
    subjects: [],
    notes: null,
    ...seed,
  };
}

export const SAMPLE_RECORDS: SlimsRecord[] = [
  record(101, {
    title: 'Kisah-kisah dalam Al-Quran : tafsir tematik',
    authors: ['Abdullah, Muhammad', 'Rahmawati, Siti'],
    isbn: '978-602-8519-93-2',
    publisher: 'Pustaka Al-Kautsar',
    publishPlace: 'Jakarta',
    publishYear: '2021',
    image: 'kisah-al-quran.png',
    callNumber: '297.2 ABD k',
    inputDate: '2026-11-03 09:14:02',
    collation: 'xii, 348 hlm. ; 24 cm',
    subjects: ['Al-Quran -- Tafsir'],
  }),
  record(102, {
    title: 'Laskar pelangi',
    authors: ['Hirata, Andrea'],
    isbn: '979-3062-79-7',
    publisher: 'Bentang Pustaka',
    publishPlace: 'Yogyakarta',
    publishYear: '2008',
    image: 'laskar-pelangi.png',
    callNumber: '899.221 3 HIR l',
    inputDate: '2026-11-05 10:02:45',
    collation: 'xiv, 529 hlm. ; 20 cm',
    subjects: ['Novel Indonesia'],
  }),
  record(103, {
    title: 'Pengantar ilmu perpustakaan',
    authors: ['Sulistyo-Basuki'],
    isbn: '979-511-453-6',
    publisher: 'Gramedia Pustaka Utama',
    publishPlace: 'Jakarta',
    publishYear: '1991',
    image: null,
    callNumber: '020 SUL p',
    inputDate: '2026-11-08 13:40:11',
    subjects: ['Ilmu perpustakaan'],
  }),
  record(104, {
    title: 'Bumi manusia',
    authors: ['Toer, Pramoedya Ananta'],
    isbn: '979-97312-3-2',
    publisher: 'Lentera Dipantara',
    publishPlace: 'Jakarta',
    publishYear: '2005',
    image: 'bumi manusia.png',
    callNumber: '899.221 3 TOE b',
    inputDate: '2026-11-10 08:05:30',
    subjects: ['Novel sejarah'],
  }),
  record(105, {
    title: 'Metodologi penelitian kualitatif',
    authors: ['Moleong, Lexy J.'],
    isbn: '979-514-051-5',
    publisher: 'Remaja Rosdakarya',
    publishPlace: 'Bandung',
    publishYear: '2017',
    image: 'metodologi.png',
    callNumber: '001.42 MOL m',
    inputDate: '2026-11-12 11:21:09',
    subjects: ['Penelitian kualitatif'],
  }),
  record(106, {
    title: 'Sejarah Indonesia modern 1200-2008',
    authors: ['Ricklefs, M.C.', 'Wahono, Tri', 'Bima, Joko'],
    isbn: '978-979-024-115-0',
    publisher: 'Serambi Ilmu Semesta',
    publishPlace: 'Jakarta',
    publishYear: '2008',
    image: 'sejarah-indonesia.png',
    callNumber: '959.8 RIC s',
    inputDate: '2026-11-15 14:55:00',
    subjects: ['Indonesia -- Sejarah'],
  }),
  record(107, {
    title: 'Pedoman umum ejaan bahasa Indonesia',
    authors: [],
    isbn: null,
    publisher: 'Badan Pengembangan dan Pembinaan Bahasa',
    publishPlace: 'Jakarta',
    publishYear: '2016',
    image: null,
    callNumber: '499.221 IND p',
    inputDate: '2026-11-17 09:30:00',
    subjects: ['Bahasa Indonesia -- Ejaan'],
  }),
  record(108, {
    title: 'Fikih sunnah jilid 1',
    authors: ['Sabiq, Sayyid'],
    isbn: '978-979-592-361-7',
    publisher: 'Cakrawala Publishing',
    publishPlace: 'Jakarta',
    publishYear: '2008',
    image: 'fikih-sunnah.png',
    callNumber: '297.4 SAB f',
    inputDate: '2026-11-19 15:12:48',
    subjects: ['Fikih'],
  }),
  record(109, {
    title: 'Cantik itu luka',
    authors: ['Kurniawan, Eka'],
    isbn: '978-602-03-1258-3',
    publisher: 'Gramedia Pustaka Utama',
    publishPlace: 'Jakarta',
    publishYear: '2015',
    image: 'cantik-itu-luka.png',
    callNumber: '899.221 3 KUR c',
    inputDate: '2026-11-21 10:45:17',
    subjects: ['Novel Indonesia'],
  }),
  record(110, {
    title: 'Dasar-dasar akuntansi : untuk perguruan tinggi',
    authors: ['Warsono, Sony'],
    isbn: '978-979-29-0931-9',
    publisher: 'Andi',
    publishPlace: 'Yogyakarta',
    publishYear: '2019',
    image: null,
    callNumber: '657 WAR d',
    inputDate: '2026-11-24 08:59:59',
    subjects: ['Akuntansi'],
  }),
  record(111, {
    title: 'Filosofi teras',
    authors: ['Manampiring, Henry'],
    isbn: '978-602-412-518-9',
    publisher: 'Penerbit Buku Kompas',
    publishPlace: 'Jakarta',
    publishYear: '2019',
    image: 'filosofi-teras.png',
    callNumber: '188 MAN f',
    inputDate: '2026-11-26 13:03:22',
    subjects: ['Stoikisme'],
  }),
  record(112, {
    title: 'Ensiklopedia flora dan fauna Nusantara',
    authors: ['Prasetyo, Budi', 'Hadiwijoyo, Ratna'],
    isbn: '978-623-00-2411-7',
    publisher: 'Erlangga',
    publishPlace: 'Jakarta',
    publishYear: '2023',
    image: 'flora-fauna.png',
    callNumber: '578.095 98 PRA e',
    inputDate: '2026-11-28 09:14:02',
    subjects: ['Flora -- Indonesia', 'Fauna -- Indonesia'],
  }),
];

/**
 * `count` records in SLiMS's shape (for paging and the benchmark): ids from 1001, one a day back
 * the newest last (one an hour), cycling through the sample titles.
 */
export function manyRecords(count: number): SlimsRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const sample = SAMPLE_RECORDS[index % SAMPLE_RECORDS.length]!;
    const day = new Date(Date.UTC(2026, 10, 30) - (count - 1 - index) * 3_600_000);
    const stamp = day.toISOString().slice(0, 19).replace('T', ' ');
    return {
      ...sample,
      biblioId: 1001 + index,
      title: `${sample.title} (${index + 1})`,
      inputDate: stamp,
      lastUpdate: stamp,
    };
  });
}
