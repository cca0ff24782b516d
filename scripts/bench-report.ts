/**
 * Benchmark of the monthly report (lib/report): 20,000 generated post-log entries over two years
 * (captions with hashtags, templates, categories, numbers on a third, Post anyway on a tenth),
 * then the report of one month built 50 times over the whole log, as the dashboard does it, and
 * the log page's data step (filter + months) over the same log.
 *
 *   npm run bench:report        (not in CI; run it alone, the machine's load shows in the times)
 *
 * Goal: report build p95 < 200 ms.
 */
import { performance } from 'node:perf_hooks';
import { PLATFORM_IDS, type PostLogRecord } from '@/lib/db/types';
import { buildReport, filterLog, monthsInLog, NO_FILTER } from '@/lib/report';

const ENTRIES = 20_000;
const RUNS = 50;
const ZONE = 'Asia/Jakarta';
const START = Date.UTC(2025, 0, 1);
const SPAN = 730 * 86_400_000;
const TAGS = ['BulanBuku', 'GemarMembaca', 'Literasi', 'Perpustakaan', 'KoleksiBaru', 'Dongeng'];
const CATEGORIES = ['collection', 'event', 'service', 'literacy', 'greeting'];
const templates = Array.from({ length: 40 }, (_, i) => ({
  id: `t${i}`,
  name: `Templat ${i}`,
  category: CATEGORIES[i % CATEGORIES.length]!,
}));

/** A small deterministic generator, so every run reports over the same log. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function makeLog(): PostLogRecord[] {
  const random = generator(17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const log: PostLogRecord[] = [];
  for (let i = 0; i < ENTRIES; i += 1) {
    const tags = [pick(TAGS), pick(TAGS), pick(TAGS)].map((t) => `#${t}`).join(' ');
    log.push({
      id: `post_${i}`,
      at: START + Math.floor(random() * SPAN),
      platform: pick(PLATFORM_IDS),
      text: `Koleksi baru minggu ini 📚 Datang ke perpustakaan, pukul 10.00.\n${tags}`,
      ...(random() < 0.7 ? { templateId: pick(templates).id } : {}),
      ...(random() < 0.2 ? { category: pick(CATEGORIES) } : {}),
      ...(random() < 0.1 ? { override: { ruleIds: ['placeholders'] } } : {}),
      ...(random() < 0.33
        ? { metrics: { reach: 100 + Math.floor(random() * 900), likes: Math.floor(random() * 50) } }
        : {}),
      checks: [],
    });
  }
  return log.sort((a, b) => b.at - a.at);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function measure(run: () => void): { median: number; p95: number } {
  for (let i = 0; i < 5; i += 1) run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const log = makeLog();
const report = measure(() => {
  buildReport(log, { month: '2026-03', timeZone: ZONE, templates });
});
const page = measure(() => {
  monthsInLog(log, ZONE);
  filterLog(log, { ...NO_FILTER, query: 'koleksi' }, ZONE);
});
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`post log: ${ENTRIES} entries, ${RUNS} runs each, time zone ${ZONE}`);
console.log(
  `report build (one month over the whole log): median ${fmt(report.median)}, p95 ${fmt(report.p95)} (goal < 200 ms)`,
);
console.log(
  `log page data (months + search filter):      median ${fmt(page.median)}, p95 ${fmt(page.p95)}`,
);
