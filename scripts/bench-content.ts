/**
 * Content-script cost on a busy feed. Prints the script's size (raw and gzip), then loads the X
 * fixture with a timeline appending 2,000 items a second for 10 s while Sapa's panel is open, and
 * compares the main-thread time spent in Sapa's code with the page's own scripting time, both from
 * V8's sampling profiler in the same run. A sample counts for Sapa when Sapa's script is anywhere
 * on its stack (so DOM calls made by Sapa count as Sapa's).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { EXTENSION_DIR, launch } from '../tests/e2e/harness';

const FEED_PER_SECOND = 2000;
const RUN_SECONDS = 10;

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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const script = await readFile(join(EXTENSION_DIR, 'content-scripts', 'composer.js'));
console.log(`content script: ${kb(script.length)} raw, ${kb(gzipSync(script).length)} gzip`);

const harness = await launch();
const page = await harness.context.newPage();
await page.goto(`https://x.com/home?feed=${FEED_PER_SECOND}`);
await page.getByRole('complementary', { name: 'Sapa' }).waitFor();

const cdp = await harness.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.waitForTimeout(RUN_SECONDS * 1000);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
const appended = await page.evaluate(() =>
  (window as unknown as { __stopFeed: () => number }).__stopFeed(),
);
await harness.close();

const parent = new Map<number, number>();
const byId = new Map<number, ProfileNode>();
for (const node of profile.nodes) {
  byId.set(node.id, node);
  for (const child of node.children ?? []) parent.set(child, node.id);
}
const ownerCache = new Map<number, 'sapa' | 'page' | 'other'>();
function owner(nodeId: number): 'sapa' | 'page' | 'other' {
  const cached = ownerCache.get(nodeId);
  if (cached) return cached;
  let result: 'sapa' | 'page' | 'other' = 'other';
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
}
const totals = { sapa: 0, page: 0, other: 0 };
profile.samples.forEach((nodeId, index) => {
  totals[owner(nodeId)] += (profile.timeDeltas[index + 1] ?? 0) / 1000;
});
if (process.env.BENCH_DETAIL) {
  const leaves = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    if (owner(nodeId) !== 'sapa') return;
    const frame = byId.get(nodeId)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
    leaves.set(key, (leaves.get(key) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000);
  });
  const top = [...leaves].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [name, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
const ratio = (100 * totals.sapa) / totals.page;
console.log(
  `feed: ${appended.toLocaleString('en')} items appended in ${RUN_SECONDS} s (${FEED_PER_SECOND}/s)`,
);
console.log(
  `main thread: Sapa ${totals.sapa.toFixed(1)} ms, page scripts ${totals.page.toFixed(1)} ms`,
);
console.log(
  `Sapa / page scripting: ${ratio.toFixed(2)} % (goal < 2 %) ${ratio < 2 ? 'met' : 'NOT met'}`,
);
