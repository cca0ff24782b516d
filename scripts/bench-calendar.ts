/**
 * Content calendar benchmark: `npm run bench:calendar` (not in CI; run it alone).
 *
 * 1. The month view with 500 planned posts, in the built extension's dashboard in Chromium:
 *    the time from pressing Previous or Next until the new month's grid shows its planned posts
 *    (the request to the background, the month grid's render and the next frame), measured in the
 *    page, 20 times each way. Goal (issue #16, item 8): p95 < 100 ms.
 * 2. Team sync of 1,000 plans: a freshly installed member's first sync pulls 1,000 planned
 *    posts from a CouchDB-protocol server (express-pouchdb over memory PouchDB, this Node
 *    process, fake-indexeddb), median of 3 runs. No goal is set in the issue; it is printed
 *    beside the team library's own first-sync goal (5,000 documents < 5 s).
 */
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { PlannedPostRecord } from '@/lib/db/calendar-types';
import { SapaDb } from '@/lib/db/schema';
import { PLATFORM_IDS } from '@/lib/db/types';
import { applySeeds } from '@/lib/library/seed';
import { createCouchSync } from '@/lib/team-sync/engine';
import { toDoc, type SyncRecord } from '@/lib/team-sync/engine/docs';
import { launch, writeRows } from '../tests/e2e/harness';
import { memoryName, startCouchServer, type TestPouch } from '../tests/support/couch-server';
import { percentile } from './bench-sync-data';

const MONTH_PLANS = 500;
const SWITCHES = 20;
const SYNC_PLANS = 1_000;
const RUNS = 3;
const WIB_MS = 7 * 3_600_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` plans spread over the days of one month (`YYYY-MM`), every platform and status. */
function plansIn(month: string, count: number, now: number): PlannedPostRecord[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const statuses = ['idea', 'draft', 'in-review', 'approved', 'posted', 'skipped'] as const;
  return Array.from({ length: count }, (_, i) => ({
    id: `plan_bench_${month}_${i}`,
    updatedAt: now - i,
    updatedBy: 'kepala-perpus',
    deleted: false,
    title: `Rencana unggahan ${i + 1}`,
    platforms: [PLATFORM_IDS[i % PLATFORM_IDS.length]!],
    date: `${month}-${pad((i % days) + 1)}`,
    time: `${pad(8 + (i % 9))}:${i % 2 ? '30' : '00'}`,
    caption: 'Koleksi baru minggu ini. Ayo datang ke perpustakaan! #GemarMembaca',
    status: statuses[i % statuses.length]!,
    notes: '',
    comments: [],
  }));
}

async function monthView(): Promise<number[]> {
  const now = Date.now();
  const local = new Date(now + WIB_MS);
  const thisMonth = local.toISOString().slice(0, 7);
  const prev = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1))
    .toISOString()
    .slice(0, 7);
  const harness = await launch();
  try {
    await writeRows(harness.background, 'plannedPosts', [
      ...plansIn(thisMonth, MONTH_PLANS, now),
      ...plansIn(prev, MONTH_PLANS, now),
    ]);
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    await page.locator('[role="gridcell"] .sapa-cal-event').first().waitFor();
    // tsx names the functions it compiles with a helper the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    const times: number[] = [];
    for (let i = 0; i < SWITCHES * 2; i++) {
      const target = i % 2 === 0 ? prev : thisMonth;
      const button = i % 2 === 0 ? 'Previous' : 'Next';
      times.push(
        await page.evaluate(
          async ({ button, target }) => {
            const start = performance.now();
            const press = [...document.querySelectorAll('button')].find(
              (b) => b.getAttribute('title') === button || b.textContent === button,
            );
            press!.click();
            // Done when a day of the target month shows a planned post, then one more frame.
            await new Promise<void>((done) => {
              const check = () => {
                const shown = document.querySelector(
                  `[role="gridcell"][data-date^="${target}"] .sapa-cal-event`,
                );
                if (shown) requestAnimationFrame(() => done());
                else requestAnimationFrame(check);
              };
              check();
            });
            return performance.now() - start;
          },
          { button, target },
        ),
      );
    }
    return times;
  } finally {
    await harness.close();
  }
}

async function syncOfPlans(): Promise<number[]> {
  const server = await startCouchServer();
  const now = Date.now();
  const month = new Date(now + WIB_MS).toISOString().slice(0, 7);
  const times: number[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const url = `${server.url}/bench-calendar-${run}`;
      await fetch(url, { method: 'PUT' });
      const writer: TestPouch = new server.PouchDB(url, { skip_setup: true });
      await writer.bulkDocs(
        plansIn(month, SYNC_PLANS, now).map((p) =>
          toDoc('plannedPosts', p as unknown as SyncRecord),
        ),
      );
      const db = new SapaDb(memoryName('bench-calendar-member'));
      await applySeeds(db, now);
      const local: TestPouch = new server.PouchDB(memoryName('bench-calendar-replica'));
      const remote: TestPouch = new server.PouchDB(url, { skip_setup: true });
      const sync = createCouchSync({ db, local, remote, memberId: 'bench-member' });
      const start = performance.now();
      const report = await sync.runOnce();
      times.push(performance.now() - start);
      const stored = await db.plannedPosts.count();
      if (stored < SYNC_PLANS || report.skipped.length)
        throw new Error(`The sync kept ${stored} of ${SYNC_PLANS} plans`);
      console.log(`  run ${run}: first sync of ${SYNC_PLANS} plans ${fmt(times.at(-1)!)}`);
      await Promise.all([local.close(), remote.close(), writer.close()]);
      db.close();
      await db.delete();
    }
  } finally {
    await server.stop();
  }
  return times;
}

console.log('Sapa content calendar benchmark\n');
const view = await monthView();
console.log(
  `Month view, ${MONTH_PLANS} planned posts, Previous/Next ×${SWITCHES} each (Chromium, built extension):`,
);
console.log(
  `  median ${fmt(median(view))}, p95 ${fmt(percentile(view, 95))}   goal p95 < 100 ms   ${percentile(view, 95) < 100 ? 'OK' : 'SLOW'}`,
);
console.log('\nTeam sync of the calendar (Node, fake-indexeddb, memory PouchDB):');
const sync = await syncOfPlans();
console.log(`  first sync of ${SYNC_PLANS} plans, median of ${RUNS}: ${fmt(median(sync))}`);
