/**
 * Content-script cost on a busy feed. Prints every built script's size (raw and gzip, against
 * scripts/size-budget.json: the content script, the panel's UI, the background, the dashboard's
 * chunks), then loads the X
 * fixture with a timeline appending 2,000 items a second while Sapa's panel is open. The panel's
 * own start (its first 2 s: loading the library, first render) is reported apart as a one-off;
 * over the 10 s after it, the main-thread time spent in Sapa's code is compared with the page's
 * own scripting time, both from V8's sampling profiler in the same run; and over 10 s more while
 * the person clicks in the page twice a second (after input Sapa looks for a composer sooner).
 * A sample counts for Sapa when Sapa's script is anywhere on its stack (so DOM calls made by
 * Sapa count as Sapa's).
 */
import { readFile } from 'node:fs/promises';
import { EXTENSION_DIR, launch } from '../tests/e2e/harness';
import { measureScripts, parseBudget, sizeTable } from './bundle-sizes';

const FEED_PER_SECOND = 2000;
const RUN_SECONDS = 10;
const STARTUP_SECONDS = 2;

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const budget = parseBudget(JSON.parse(await readFile('scripts/size-budget.json', 'utf8')));
for (const line of sizeTable(await measureScripts(EXTENSION_DIR), budget)) console.log(line);

const harness = await launch();
const page = await harness.context.newPage();
await page.goto(`https://x.com/home?feed=${FEED_PER_SECOND}`);
await page.getByRole('complementary', { name: 'Sapa' }).waitFor();

const cdp = await harness.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

/** Clicks the page's heading (nothing happens) every 500 ms while `work` runs. */
async function clickWhile<T>(work: () => Promise<T>): Promise<T> {
  let clicking = true;
  const clicks = (async () => {
    while (clicking) {
      await page.getByRole('heading', { name: 'Home' }).click();
      await page.waitForTimeout(500);
    }
  })();
  try {
    return await work();
  } finally {
    clicking = false;
    await clicks;
  }
}

async function profile(ms: number): Promise<Profile> {
  await cdp.send('Profiler.start');
  await page.waitForTimeout(ms);
  return ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;
}

// The panel's own start (loading the library, first render of its tabs) is a one-off cost; it is
// reported apart, and the ratio is taken over the steady state that follows.
const startup = await profile(STARTUP_SECONDS * 1000);
const steady = await profile(RUN_SECONDS * 1000);
// The same feed while the person clicks in the page twice a second: after each click Sapa looks
// at every change of the page within a frame for a moment (lib/composer/composer-tracker.ts).
const clicking = await clickWhile(() => profile(RUN_SECONDS * 1000));
const appended = await page.evaluate(() =>
  (window as unknown as { __stopFeed: () => number }).__stopFeed(),
);
await harness.close();

type Owner = 'sapa' | 'page' | 'other';
function attribute(profile: Profile) {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ownerCache = new Map<number, Owner>();
  const owner = (nodeId: number): Owner => {
    const cached = ownerCache.get(nodeId);
    if (cached) return cached;
    let result: Owner = 'other';
    for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
      const url = byId.get(id)?.callFrame.url ?? '';
      if (url.startsWith('chrome-extension://')) {
        result = 'sapa';
        break;
      }
      if (url.startsWith('https://')) result = 'page';
    }
    ownerCache.set(nodeId, result);
    return result;
  };
  const totals = { sapa: 0, page: 0, other: 0 };
  const leaves = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const who = owner(nodeId);
    totals[who] += ms;
    if (who === 'sapa') {
      const frame = byId.get(nodeId)!.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
      leaves.set(key, (leaves.get(key) ?? 0) + ms);
    }
  });
  return { totals, leaves };
}

const start = attribute(startup);
const { totals, leaves } = attribute(steady);
if (process.env.BENCH_DETAIL) {
  const top = [...leaves].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
console.log(
  `panel start (first ${STARTUP_SECONDS} s after it appeared): Sapa ${start.totals.sapa.toFixed(1)} ms`,
);
console.log(`feed: ${appended.toLocaleString('en')} items appended (${FEED_PER_SECOND}/s)`);
console.log(
  `steady state over ${RUN_SECONDS} s: Sapa ${totals.sapa.toFixed(1)} ms, page scripts ${totals.page.toFixed(1)} ms`,
);
const ratio = (100 * totals.sapa) / totals.page;
console.log(
  `Sapa / page scripting in the steady state: ${ratio.toFixed(2)} % (goal < 2 %) ${ratio < 2 ? 'met' : 'NOT met'}`,
);
const { totals: busy, leaves: busyLeaves } = attribute(clicking);
if (process.env.BENCH_DETAIL) {
  const top = [...busyLeaves].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
console.log(
  `with a click every 500 ms over ${RUN_SECONDS} s: Sapa ${busy.sapa.toFixed(1)} ms, page scripts ${busy.page.toFixed(1)} ms, ` +
    `${((100 * busy.sapa) / busy.page).toFixed(2)} %`,
);
