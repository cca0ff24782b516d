/**
 * Benchmark of the library search (lib/search): builds the index over 2,000 generated templates
 * (the seeded templates, varied with Indonesian and English event words) and 10,000 hashtags in
 * 500 sets, then runs a few hundred realistic queries (whole words, prefixes as they are typed,
 * typos, two words, CamelCase hashtag words) with favourites and recent in play.
 *
 *   npm run bench:search        (not in CI; run it alone, the machine's load shows in the times)
 *
 * Goal: query p95 < 5 ms.
 */
import { performance } from 'node:perf_hooks';
import { createLibraryIndex, hashtagSetDoc, templateDoc, type KindPicks } from '@/lib/search';
import { seedHashtagSets, seedTemplates } from '@/lib/library/seed';
import type { HashtagSetRecord, TemplateRecord } from '@/lib/db/types';

const TEMPLATES = 2_000;
const SETS = 500;
const TAGS_PER_SET = 20;

const EVENTS = [
  'lomba mewarnai',
  'lomba bercerita',
  'bedah buku',
  'kelas menulis',
  'story time',
  'book club',
  'webinar literasi digital',
  'pameran arsip',
  'donor darah',
  'wisuda literasi',
  'writing workshop',
  'coding club',
  'klub baca remaja',
  'festival dongeng',
];
const PLACES = ['Zoom', 'Google Meet', 'aula lantai 2', 'ruang anak', 'taman baca', 'main hall'];
const TAG_WORDS = [
  'Gemar',
  'Membaca',
  'Literasi',
  'Perpustakaan',
  'Buku',
  'Baca',
  'Pustaka',
  'Kota',
  'Anak',
  'Remaja',
  'Digital',
  'Library',
  'Reading',
  'Lomba',
  'Festival',
  'Dongeng',
  'Arsip',
  'Sejarah',
  'Sains',
  'Komunitas',
];

/** A small deterministic generator, so every run indexes the same library. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const rnd = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

function templates(): TemplateRecord[] {
  const seeds = seedTemplates(0);
  return Array.from({ length: TEMPLATES }, (_, i) => {
    const seed = seeds[i % seeds.length]!;
    const event = pick(EVENTS);
    return {
      ...seed,
      id: `tpl_${i}`,
      name: `${seed.name} — ${event} ${i}`,
      body: `${seed.body}\n\nAgenda: ${event} melalui ${pick(PLACES)}. Daftar: {{tautan}} #${pick(TAG_WORDS)}${pick(TAG_WORDS)}`,
      category: pick(['event', 'collection', 'service', 'campaign', 'notice']),
    };
  });
}

function sets(): HashtagSetRecord[] {
  const seed = seedHashtagSets(0)[0]!;
  return Array.from({ length: SETS }, (_, i) => ({
    ...seed,
    id: `set_${i}`,
    name: `${pick(EVENTS)} ${i}`,
    tags: Array.from(
      { length: TAGS_PER_SET },
      (_, j) => `${pick(TAG_WORDS)}${pick(TAG_WORDS)}${j % 3 === 0 ? i : ''}`,
    ),
  }));
}

/** What librarians type: words whole and half-typed, typos, two words, hashtag words. */
function queries(): string[] {
  const words = [
    'lomba',
    'Zoom',
    'daftar',
    'koleksi',
    'webinar',
    'pendaftaran',
    'survei',
    'registration',
    'story time',
    'hari buku',
    'gemar membac',
    'GemarMembaca',
    'literasi digital',
    'perpustakan',
    'kunjung',
    'wisuda',
    'book club',
    'closure',
    'jam layanan',
    'pathfinder',
  ];
  const out: string[] = [];
  for (const word of words) {
    for (let end = 2; end <= word.length; end++) out.push(word.slice(0, end));
    out.push(word.replace(/a/, 'e'));
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

const templateRows = templates();
const setRows = sets();
const heapBefore = heapMb();
const started = performance.now();
const index = createLibraryIndex();
index.sync('template', templateRows.map(templateDoc));
index.sync('hashtagSet', setRows.map(hashtagSetDoc));
const buildMs = performance.now() - started;
const heapAfter = heapMb();

const picks: KindPicks = {
  favourites: ['tpl_3', 'tpl_40', 'tpl_700'],
  recent: ['tpl_12', 'tpl_5', 'tpl_1999'],
};
const all = queries();
// One round first, unmeasured: the panel searches on every pause in typing, so a person's
// searches run on a warmed-up engine, not the first compile of each code path.
for (const query of all) index.search(query, { kind: 'template', picks, limit: 50 });
const times: number[] = [];
let found = 0;
for (let round = 0; round < 3; round++) {
  for (const query of all) {
    const t0 = performance.now();
    const a = index.search(query, { kind: 'template', picks, limit: 50 });
    const t1 = performance.now();
    const b = index.search(query, { kind: 'hashtagSet', limit: 50 });
    times.push(t1 - t0, performance.now() - t1);
    if (round === 0 && a.length + b.length > 0) found++;
  }
}

times.sort((x, y) => x - y);

const tags = setRows.reduce((n, s) => n + s.tags.length, 0);
console.log(`Library search: ${TEMPLATES} templates, ${tags} hashtags in ${SETS} sets`);
console.log(`  index build: ${buildMs.toFixed(0)} ms`);
if ((globalThis as { gc?: unknown }).gc)
  console.log(`  heap for the index: ~${(heapAfter - heapBefore).toFixed(1)} MB`);
console.log(
  `  ${all.length} queries × 3 rounds after one unmeasured round (a template search and a set search each): found something for ${found}`,
);
console.log(
  `  query p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms (goal p95 < 5 ms)`,
);
