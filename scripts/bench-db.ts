/**
 * Database benchmark: `npx tsx scripts/bench-db.ts`.
 * Runs in Node over fake-indexeddb (an in-memory IndexedDB), not a browser: absolute numbers
 * differ from Chrome's IndexedDB, but regressions show.
 */
import 'fake-indexeddb/auto';
import { createRepositories } from '@/lib/db/repositories';
import { SapaDb } from '@/lib/db/schema';
import { searchWordsOf } from '@/lib/text';
import { PLATFORM_IDS } from '@/lib/platforms';
import type { DraftRecord, HashtagRecord, TemplateRecord } from '@/lib/db/types';
import {
  applyImport,
  PACK_FORMAT,
  PACK_VERSION,
  packToJson,
  previewImport,
} from '@/lib/exchange/pack';

const WORDS = [
  'buku',
  'baca',
  'perpustakaan',
  'literasi',
  'pustaka',
  'kota',
  'digital',
  'anak',
  'remaja',
  'kampus',
  'hari',
  'bulan',
  'nasional',
  'koleksi',
  'layanan',
  'acara',
  'webinar',
  'survei',
  'cerita',
  'ilmu',
];
const PLATFORMS = PLATFORM_IDS;
const pick = (i: number, k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]!;
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function main() {
  console.log(
    'Sapa database benchmark — Node over fake-indexeddb (in-memory), not a browser IndexedDB.\n',
  );
  const db = new SapaDb(`bench-${Date.now()}`);
  const repos = createRepositories(db, { memberId: 'bench' });
  const now = Date.now();

  const hashtags: HashtagRecord[] = Array.from({ length: 10_000 }, (_, i) => {
    const tag = `${cap(pick(i, 0))}${cap(pick(i, 1))}${i}`;
    return {
      id: tag.toLowerCase(),
      tag,
      updatedAt: now,
      updatedBy: 'bench',
      deleted: i % 50 === 0,
    };
  });
  const templates: TemplateRecord[] = Array.from({ length: 1_000 }, (_, i) => {
    const name = `${cap(pick(i, 0))} ${pick(i, 1)} ${pick(i, 2)} ${i}`;
    return {
      id: `tpl${i}`,
      updatedAt: now,
      updatedBy: 'bench',
      deleted: false,
      name,
      category: 'umum',
      body: `Halo {{library}} ${'teks '.repeat(60)}`,
      variants: { x: 'pendek' },
      variables: [],
      locale: i % 2 ? 'id' : 'en',
      searchWords: searchWordsOf(name),
    };
  });
  const drafts: DraftRecord[] = Array.from({ length: 5_000 }, (_, i) => ({
    id: `d${i}`,
    platform: PLATFORMS[i % 4]!,
    composerKey: `c${i % 40}`,
    text: 'draf '.repeat(40),
    status: i % 3 ? 'draft' : 'posted',
    checklistTicks: {},
    createdAt: now - i * 1000,
    updatedAt: now - i * 1000,
  }));
  let t = performance.now();
  await db.hashtags.bulkAdd(hashtags);
  await db.templates.bulkAdd(templates);
  await db.drafts.bulkAdd(drafts);
  console.log(
    `Loaded 10,000 hashtags, 1,000 templates, 5,000 drafts in ${ms(performance.now() - t)}`,
  );

  const queries = [
    'b',
    'bu',
    'buk',
    'perp',
    'perpustakaan',
    'lit',
    'ka',
    'digi',
    'zz',
    '#Hari',
    'remajab',
    'acara',
  ];
  const hs: number[] = [];
  const ts: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of queries) {
      t = performance.now();
      await repos.hashtags.searchByPrefix(q, 20);
      hs.push(performance.now() - t);
      t = performance.now();
      await repos.templates.searchByPrefix(q, 20);
      ts.push(performance.now() - t);
    }
  }
  const h = stats(hs);
  const tt = stats(ts);
  console.log(
    `Hashtag prefix search (limit 20, ${hs.length} runs): p50 ${ms(h.p50)}, p95 ${ms(h.p95)}, max ${ms(h.max)}  [goal p95 < 10 ms: ${h.p95 < 10 ? 'met' : 'MISSED'}]`,
  );
  console.log(
    `Template prefix search (limit 20, ${ts.length} runs): p50 ${ms(tt.p50)}, p95 ${ms(tt.p95)}, max ${ms(tt.max)}  [goal p95 < 10 ms: ${tt.p95 < 10 ? 'met' : 'MISSED'}]`,
  );

  const rs: number[] = [];
  for (let round = 0; round < 25; round++) {
    for (const p of PLATFORMS) {
      t = performance.now();
      await repos.drafts.recent(p, 20);
      rs.push(performance.now() - t);
    }
  }
  const r = stats(rs);
  console.log(
    `Recent drafts per platform (limit 20, ${rs.length} runs): p50 ${ms(r.p50)}, p95 ${ms(r.p95)}`,
  );

  // Import a 10k-hashtag pack into a fresh database (all added) and again (all skipped).
  const pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exportedAt: new Date().toISOString(),
    hashtags: Array.from({ length: 10_000 }, (_, i) => {
      const tag = `Impor${cap(pick(i, 2))}${i}`;
      return { id: tag.toLowerCase(), tag, updatedAt: now, updatedBy: 'other', deleted: false };
    }),
  } as const;
  const text = packToJson(pack as never);
  const target = new SapaDb(`bench-import-${Date.now()}`);
  t = performance.now();
  const preview = await previewImport(target, text);
  const tPreview = performance.now() - t;
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
  t = performance.now();
  const done = await applyImport(target, preview);
  const tApply = performance.now() - t;
  const total = tPreview + tApply;
  console.log(
    `Import 10,000-hashtag pack (${(text.length / 1024).toFixed(0)} KB): preview ${ms(tPreview)} + apply ${ms(tApply)} = ${ms(total)}; added ${done.added}  [goal < 2 s: ${total < 2000 ? 'met' : 'MISSED'}]`,
  );
  t = performance.now();
  const again = await previewImport(target, text);
  console.log(
    `Re-import preview of the same pack: ${ms(performance.now() - t)}; skipped ${again.ok ? again.skipped : '?'}`,
  );
  db.close();
  target.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
