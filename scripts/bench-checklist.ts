/**
 * Benchmark of the pre-post checklist: runs every rule on a ~2,200-character Indonesian caption
 * with 30 hashtags, 3 links, mentions and emoji, on each platform, and compares the time with
 * twitter-text's own parseTweet on the same text in the same run.
 *
 *   npx tsx scripts/bench-checklist.ts
 *
 * Goals: p95 < 1 ms per runChecklist; runChecklist / parseTweet < 3×.
 */
import { performance } from 'node:perf_hooks';
import {
  PLATFORM_IDS,
  countGraphemes,
  defaultSettings,
  runChecklist,
  type ChecklistInput,
  type PlatformId,
} from '@/lib/checklist';
import { twitterText } from '@/lib/checklist/twitter';

const parseTweet = (text: string) => twitterText.parseTweet(text);

const paragraphs = [
  'Halo Sahabat Pustaka! 👋📚 Bulan ini Perpustakaan Kota Bandung kedatangan 250 judul koleksi baru: novel remaja, buku anak bergambar, komik edukasi, dan buku nonfiksi tentang sejarah, sains, serta kewirausahaan.',
  'Ikuti juga webinar "Literasi Digital untuk Keluarga" bersama @perpusnas_ri dan @dinasarsipbdg pada Sabtu, 12 Juli 2025 pukul 09.00 WIB. Pendaftaran gratis di https://bit.ly/WebinarPerpusKota dan informasi lengkap di https://perpustakaan.bandung.go.id/agenda/webinar-literasi 🎉',
  'Menurut survei Perpustakaan Nasional, 72,4 persen keluarga ingin lebih sering membaca bersama anak. Sumber: Perpusnas 2024. Katalog daring kami bisa diakses di perpus.bandung.go.id/opac kapan saja ✨',
  'Layanan kami: peminjaman buku, ruang baca anak, pojok baca remaja, kelas menulis, dan layanan antar-jemput buku untuk lansia. Jangan lupa membawa kartu anggota, ya! Terima kasih kepada @komunitasbaca atas dukungannya 🙏',
];
const hashtags = [
  'PerpustakaanKota',
  'PerpusKotaBandung',
  'BulanBuku',
  'HariBukuNasional',
  'LiterasiDigital',
  'AyoMembaca',
  'GemarMembaca',
  'KoleksiBaru',
  'BukuAnak',
  'BukuRemaja',
  'PojokBaca',
  'LiterasiKeluarga',
  'SahabatPustaka',
  'Pustakawan',
  'BacaBuku',
  'PerpustakaanUmum',
  'BandungMembaca',
  'Webinar',
  'WebinarGratis',
  'LayananPerpustakaan',
  'KelasMenulis',
  'BedahBuku',
  'CintaBuku',
  'TamanBacaan',
  'Literasi',
  'PerpustakaanDigital',
  'BukuBaru',
  'MembacaItuSeru',
  'IndonesiaMembaca',
  'GenerasiLiterat',
];
let text = paragraphs.join('\n\n');
let p = 0;
while (text.length < 1_650) text += `\n\n${paragraphs[p++ % paragraphs.length]}`;
text += '\n\n' + hashtags.map((h) => `#${h}`).join(' ');

const settings = defaultSettings();
settings.knownHashtags = hashtags;
settings.bannedHashtags = ['followforfollow', 'likeforlike'];
const brand = {
  libraryName: 'Perpustakaan Kota Bandung',
  requiredHashtags: ['PerpusKotaBandung'],
  requiredMentions: ['perpuskotabdg'],
  publicContacts: ['info@perpus.bandung.go.id', '022 4231234'],
};

function percentile(sorted: readonly number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const WARMUP = 300;
const RUNS = 3_000;

function measure(fn: () => unknown): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) * 1000);
  }
  return times.sort((a, b) => a - b);
}

const fmt = (n: number) => n.toFixed(1).padStart(8);

console.log(
  `Caption: ${text.length} UTF-16 units, ${countGraphemes(text)} graphemes, ${hashtags.length} hashtags, ` +
    `X weighted length ${parseTweet(text).weightedLength}`,
);
console.log(`${WARMUP} warm-up runs, then ${RUNS} timed runs per line; times in microseconds.\n`);

const tweet = measure(() => parseTweet(text));
const tweetP50 = percentile(tweet, 0.5);
const tweetP95 = percentile(tweet, 0.95);
console.log(`twitter-text parseTweet     p50 ${fmt(tweetP50)}  p95 ${fmt(tweetP95)}`);

let worstP95 = 0;
let worstRatio = 0;
for (const platform of PLATFORM_IDS as readonly PlatformId[]) {
  const input: ChecklistInput = { text, platform, brand, ticks: { consent: true } };
  const results = runChecklist(input, settings);
  const times = measure(() => runChecklist(input, settings));
  const p50 = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);
  const ratio50 = p50 / tweetP50;
  const ratio95 = p95 / tweetP95;
  worstP95 = Math.max(worstP95, p95);
  worstRatio = Math.max(worstRatio, ratio50, ratio95);
  const failed = results.filter((r) => r.status === 'fail').map((r) => r.ruleId);
  console.log(
    `runChecklist ${platform.padEnd(10)}     p50 ${fmt(p50)}  p95 ${fmt(p95)}   ` +
      `ratio to parseTweet p50 ${ratio50.toFixed(2)}×  p95 ${ratio95.toFixed(2)}×   ` +
      `(${results.length} results; failing: ${failed.join(', ') || 'none'})`,
  );
}

console.log(
  `\nGoal p95 < 1000 µs: ${worstP95 < 1000 ? 'met' : 'MISSED'} (worst p95 ${worstP95.toFixed(1)} µs)`,
);
console.log(
  `Goal ratio < 3×: ${worstRatio < 3 ? 'met' : 'MISSED'} (worst ratio ${worstRatio.toFixed(2)}×)`,
);
