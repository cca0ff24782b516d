/**
 * The team library the sync benchmarks pull: 5,000 valid documents (templates and hashtag sets),
 * as a plain client would write them to the team database.
 */
import { searchWordsOf } from '@/lib/text';
import { toDoc, type SyncRecord } from '@/lib/team-sync/engine/docs';

export const DOCS = 5_000;
export const TEMPLATES = 3_500;
/** Runs, each in a fresh profile in Chromium (`BENCH_RUNS` sets it, e.g. 1 for a quick look). */
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Goals (issue #14, item 10): first sync < 5 s; an incremental sync's p95 < 150 ms. */
export const GOALS = { first: 5_000, incremental: 150 };
/** Incremental syncs per run, each after one remote change (p95 over all runs' samples). */
export const INCREMENTAL_SAMPLES = 10;

/** The p-th percentile (nearest rank) of some timings. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const WORDS = ['buku', 'baca', 'perpustakaan', 'literasi', 'pustaka', 'digital', 'anak', 'acara'];
const word = (i: number, k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export function teamDocs(now: number): object[] {
  const docs: object[] = [];
  for (let i = 0; i < TEMPLATES; i++) {
    const name = `${cap(word(i, 0))} ${word(i, 1)} ${i}`;
    const record: SyncRecord = {
      id: `tpl_bench_${i}`,
      name,
      category: word(i, 2),
      body: `Halo sahabat ${word(i, 3)}! ${'Ayo datang ke perpustakaan. '.repeat(6)}{{tanggal}} #${cap(word(i, 4))}`,
      variants: { x: `Singkat: ${name}` },
      variables: [{ name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date' }],
      locale: i % 3 ? 'id' : 'en',
      searchWords: searchWordsOf(name),
      updatedAt: now - i,
      updatedBy: 'kepala-perpus',
      deleted: false,
    };
    docs.push(toDoc('templates', record));
  }
  for (let i = 0; i < DOCS - TEMPLATES; i++) {
    const record: SyncRecord = {
      id: `set_bench_${i}`,
      name: `Set ${cap(word(i, 5))} ${i}`,
      tags: Array.from({ length: 8 }, (_, k) => `${cap(word(i, k))}${cap(word(i + 1, k))}${k}`),
      updatedAt: now - i,
      updatedBy: 'kepala-perpus',
      deleted: false,
    };
    docs.push(toDoc('hashtagSets', record));
  }
  return docs;
}
