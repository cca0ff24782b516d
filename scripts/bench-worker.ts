/**
 * The service worker's cold start (issue #15, item 2): Chromium stops an idle extension worker
 * after 30 s, so the first request after a pause (a panel opening, a draft saved) wakes it. This
 * stops the built extension's worker through CDP (`ServiceWorker.stopWorker`, as in the fault
 * suite), waits until Chromium reports it stopped, then times a request from an extension page
 * until its answer arrives: `settings.get` (what the panel asks first; it opens the database) and
 * then `templates.list` (a read of the library, the worker already awake); and, from another
 * stop, an unknown request the router refuses before any database work (the start alone).
 * Prints p50 and p95 of each, and whether the team sync replica (PouchDB) was opened, which it
 * should not be while team sync is off.
 *
 *   npm run bench:worker        (builds first; not in CI; run it alone)
 *   BENCH_EXTENSION_DIR=/path/to/chrome-mv3 npx tsx scripts/bench-worker.ts   (another build, to compare)
 *
 * Goal: cold start to the first answer p95 < 100 ms.
 */
import type { CDPSession, Page } from 'playwright-core';
import { launch, type Harness } from '../tests/e2e/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Follows the extension's worker versions, to stop them and to know when they have stopped. */
async function workerControl(harness: Harness, page: Page) {
  const cdp: CDPSession = await harness.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions)
      if (version.scriptURL.startsWith(`chrome-extension://${harness.extensionId}/`))
        status.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const stopped = () => [...status.values()].every((s) => s === 'stopped');
  return {
    async stop() {
      await Promise.all(
        [...status.keys()].map((versionId) => cdp.send('ServiceWorker.stopWorker', { versionId })),
      );
      const started = Date.now();
      while (!stopped()) {
        if (Date.now() - started > 5000) throw new Error('the service worker did not stop');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Let the browser finish tearing the worker down before the next message wakes it.
      await new Promise((resolve) => setTimeout(resolve, 200));
    },
  };
}

/** Sends one Sapa request from the page and returns the milliseconds until its answer. */
function timeRequest(page: Page, type: string, expectOk = true): Promise<number> {
  return page.evaluate(
    async ([kind, mustSucceed]) => {
      const started = performance.now();
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } };
      };
      const answer = await chrome.runtime.sendMessage({ sapa: 1, type: kind, payload: {} });
      if (mustSucceed && !answer?.ok) throw new Error(`${kind} failed: ${JSON.stringify(answer)}`);
      return performance.now() - started;
    },
    [type, expectOk] as const,
  );
}

/** The worker parts (lib/worker-parts) the running worker has run since it started. */
async function partsRunInThisStart(harness: Harness): Promise<string> {
  const running = harness.context.serviceWorkers().at(-1);
  if (!running) return 'unknown (no running worker)';
  const names = await running
    .evaluate(() =>
      Object.keys((globalThis as { __sapaWorkerParts?: object }).__sapaWorkerParts ?? {}),
    )
    .catch(() => undefined);
  if (!names) return 'unknown (the worker could not be asked)';
  return names.length ? names.join(', ') : 'none';
}

async function main() {
  const extensionDir = process.env.BENCH_EXTENSION_DIR;
  const harness = await launch(extensionDir ? { extensionDir } : {});
  try {
    // The privacy page: an extension page that sends no requests of its own.
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/privacy.html`);
    const worker = await workerControl(harness, page);
    await timeRequest(page, 'settings.get');
    const cold: number[] = [];
    const warm: number[] = [];
    const coldNoDatabase: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await worker.stop();
      cold.push(await timeRequest(page, 'settings.get'));
      warm.push(await timeRequest(page, 'templates.list'));
      // The router refuses an unknown request before any database work: the start alone.
      await worker.stop();
      coldNoDatabase.push(await timeRequest(page, 'bench.unknown', false));
    }
    const replicaOpened = await harness.background
      .evaluate(async () =>
        (await indexedDB.databases()).some((db) => /pouch/i.test(db.name ?? '')),
      )
      .catch(() => 'unknown (the worker could not be asked)');
    // Which of the worker's parts (lib/worker-parts) a start with these two requests ran.
    await worker.stop();
    await timeRequest(page, 'settings.get');
    await timeRequest(page, 'templates.list');
    const partsRun = await partsRunInThisStart(harness);
    const line = (name: string, values: number[]) =>
      `${name}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
    console.log(`Service worker cold start, ${RUNS} runs (Chromium, the built extension)`);
    console.log(line('  stopped → first answer (settings.get)', cold));
    console.log(line('  next request, awake (templates.list)', warm));
    console.log(line('  stopped → a refused request (no database work)', coldNoDatabase));
    console.log(`  worker parts run after a start (settings.get, templates.list): ${partsRun}`);
    console.log(`  team sync replica (PouchDB) opened with sync off: ${String(replicaOpened)}`);
  } finally {
    await harness.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
