/**
 * Team sync in the real extension: `npm run bench:sync` (after the Node benchmark).
 *
 * The built extension runs in Debian's Chromium; its service worker syncs through PouchDB's
 * IndexedDB adapter with a local CouchDB-protocol server holding the same 5,000 documents as the
 * Node benchmark. Timed from the dashboard's request to the answer: "Connect" (which runs the
 * first sync), "Sync now" after one remote change (INCREMENTAL_SAMPLES times per run), and "Sync
 * now" after one edit made here (LOCAL_SAMPLES times: the push of one document). A fresh
 * browser profile for each of the 3 runs; medians (and the incremental p95) beside the goals.
 * `BENCH_LATENCY_MS=60` holds every request that long before the server answers it: a team
 * server across the internet rather than on this computer, where each round trip counts.
 * `BENCH_COLD=1` stops the service worker before each incremental sync, as Chromium does after
 * 30 s idle, so each one starts a worker (the periodic sync's usual case).
 */
import type { Page, Worker } from 'playwright-core';
import { launch, serviceWorkerStopper } from '../tests/e2e/harness';
import type { SyncRecord } from '@/lib/team-sync/engine/docs';
import { docIdFor } from '@/lib/team-sync/engine';
import { memoryName, startCouchServer } from '../tests/support/couch-server';
import {
  DOCS,
  GOALS,
  INCREMENTAL_SAMPLES,
  percentile,
  RUNS,
  TEMPLATES,
  teamDocs,
} from './bench-sync-data';

/**
 * One record (by `id`) or the table's count, read in the service worker: the checks need no more,
 * and reading a whole table there cloned 5,000 templates out of the worker after every sample.
 */
function readInWorker(worker: Worker | Page, table: string, id?: string): Promise<unknown> {
  // Worker and Page both evaluate in the extension's origin; their overloads do not unite.
  return (worker as Worker).evaluate(
    ([name, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('sapa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(name).objectStore(name);
          const request = key === undefined ? store.count() : store.get(key);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    [table, id] as const,
  );
}

/** Edits made here per run, each synced alone (the push of one document; no goal, a figure). */
const LOCAL_SAMPLES = 5;

/**
 * Edits a hashtag set in the extension's database as the dashboard would (a new name, dated now),
 * from an extension page; the sync finds it as a local edit.
 */
function editSetInPage(page: Page, id: string, name: string): Promise<void> {
  return page.evaluate(
    ([key, newName]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sapa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('hashtagSets', 'readwrite');
          const store = tx.objectStore('hashtagSets');
          const read = store.get(key);
          read.onsuccess = () => {
            store.put({ ...read.result, name: newName, updatedAt: Date.now() });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [id, name] as const,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

interface Answer {
  ok: boolean;
  data?: { connected?: boolean; state?: string; lastReport?: { pulled: number } };
}

async function main() {
  console.log(
    '\nSapa team sync in Chromium — the built extension, PouchDB over IndexedDB in the service\n' +
      'worker, a local CouchDB-protocol server. Median of 3 runs, each in a fresh profile.\n',
  );
  const server = await startCouchServer({ cors: true });
  const latency = Number(process.env.BENCH_LATENCY_MS ?? 0);
  if (latency > 0) {
    console.log(`Every request to the server waits ${latency} ms first.\n`);
    server.onRequest(() => new Promise((resolve) => setTimeout(resolve, latency)));
  }
  const source = new server.PouchDB(memoryName('bench-source'));
  await source.bulkDocs(teamDocs(Date.now()));
  const first: number[] = [];
  const incremental: number[] = [];
  const local: number[] = [];

  for (let run = 1; run <= RUNS; run++) {
    const database = `bench-browser-${run}`;
    const url = `${server.url}/${database}`;
    await fetch(url, { method: 'PUT' });
    const remote = new server.PouchDB(url, { skip_setup: true });
    await source.replicate.to(remote, { batch_size: 500 });

    const harness = await launch();
    // Team sync requests are for the dashboard only: send them from the options page.
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
    const send = (type: string, payload: object) =>
      page.evaluate(
        ([t, p]) =>
          (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).chrome.runtime.sendMessage({ sapa: 1, type: t, payload: p }),
        [type, payload] as const,
      ) as Promise<{ ok: boolean; data?: Answer['data'] }>;

    let t = performance.now();
    const connected = await send('sync.configure', { url: server.url, database });
    first.push(performance.now() - t);
    const templates = (await readInWorker(harness.background, 'templates')) as number;
    if (!connected.data?.connected || templates < TEMPLATES)
      throw new Error(
        `First sync incomplete: ${JSON.stringify(connected)}, ${templates} templates`,
      );

    const cold = process.env.BENCH_COLD === '1' ? await serviceWorkerStopper(harness) : null;
    // With the worker stopped between samples, the records are read from an extension page.
    const reader = cold?.page ?? harness.background;
    const id = docIdFor('templates', 'tpl_bench_42');
    for (let sample = 1; sample <= INCREMENTAL_SAMPLES; sample++) {
      if (cold) {
        await cold.stop();
        await cold.page.waitForTimeout(500);
      }
      const doc = await remote.get(id);
      const record = doc.record as SyncRecord;
      const body = `Diperbarui ${run}.${sample}`;
      await remote.put({ ...doc, record: { ...record, body, updatedAt: record.updatedAt + 1000 } });
      t = performance.now();
      const again = await send('sync.now', {});
      incremental.push(performance.now() - t);
      const updated = (await readInWorker(reader, 'templates', 'tpl_bench_42')) as
        { body?: string } | undefined;
      if (again.data?.state !== 'idle' || updated?.body !== body)
        throw new Error('Incremental sync missed the change');
    }

    const setId = docIdFor('hashtagSets', 'set_bench_7');
    for (let sample = 1; sample <= LOCAL_SAMPLES; sample++) {
      const name = `Set lokal ${run}.${sample}`;
      await editSetInPage(cold?.page ?? page, 'set_bench_7', name);
      t = performance.now();
      const sent = await send('sync.now', {});
      local.push(performance.now() - t);
      const onServer = (await remote.get(setId)).record as { name?: string };
      if (sent.data?.state !== 'idle' || onServer.name !== name)
        throw new Error('The local edit did not reach the server');
    }

    const samples = incremental.slice(-INCREMENTAL_SAMPLES);
    console.log(
      `  run ${run}: first sync ${fmt(first.at(-1)!)} (${DOCS} documents), incremental median ${fmt(median(samples))} (${samples.map((ms) => ms.toFixed(0)).join(', ')} ms), one edit sent ${local
        .slice(-LOCAL_SAMPLES)
        .map((ms) => ms.toFixed(0))
        .join(', ')} ms`,
    );
    await remote.close();
    await harness.close();
  }
  await source.close();
  await server.stop();

  console.log('');
  const how = process.env.BENCH_COLD === '1' ? ', worker started' : '';
  const rows: [string, number, number][] = [
    ['First sync in Chromium, 5,000 documents', median(first), GOALS.first],
    [
      `Incremental sync in Chromium, one change${how}, median`,
      median(incremental),
      GOALS.incremental,
    ],
    [
      `Incremental sync in Chromium, one change${how}, p95`,
      percentile(incremental, 95),
      GOALS.incremental,
    ],
  ];
  console.log(
    `${'Sync of one edit made here, median (no goal)'.padEnd(52)} ${fmt(median(local)).padStart(9)}`,
  );
  for (const [label, value, goal] of rows)
    console.log(
      `${label.padEnd(52)} ${fmt(value).padStart(9)}   goal < ${fmt(goal)}   ${value < goal ? 'OK' : 'SLOW'}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
