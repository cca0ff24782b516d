/**
 * Fault figures for drafts (issue #14, items 5 and 9): types drafts in the X and Facebook fixture
 * composers with the built extension while the extension's service worker is stopped again and
 * again in the middle of the saves (CDP `ServiceWorker.stopAllWorkers`, as Chromium stops an idle
 * worker), then a few drafts across an extension update (`chrome.runtime.reload()`). Each draft's
 * tab is closed a few seconds after its last keystroke, as a person moves on. At the end it reads
 * Sapa's database and prints drafts typed, drafts kept (the last text exactly) and lost, and
 * what the panel told the person. Not run in CI: `npm run bench:faults` (builds first).
 */
import {
  extensionPage,
  launch,
  readTable,
  reloadExtension,
  serviceWorkerStopper,
  type Harness,
} from '../tests/e2e/harness';
import { openComposer } from '../tests/e2e/platforms';
import { noticeTexts, watchNotices } from './fault-pages';

// FAULT_DRAFTS / FAULT_UPDATES shorten a run while working on one part.
const DRAFTS_PER_SITE = Number(process.env.FAULT_DRAFTS ?? 12);
const UPDATE_DRAFTS = Number(process.env.FAULT_UPDATES ?? 5);
const SITES = ['x', 'facebook'] as const;
/** After the last keystroke: stops go on this long, then the tab stays open this much longer. */
const STOPS_AFTER_TYPING_MS = 1500;
const DWELL_MS = 2500;

const WORDS = ['bedah', 'buku', 'lomba', 'resensi', 'dongeng', 'anak', 'pameran', 'arsip', 'kota'];
const pick = (i: number) => WORDS[i % WORDS.length];

interface Typed {
  site: string;
  text: string;
  told: Set<string>;
  toldAtClose: boolean;
}

const typed: Typed[] = [];
let stops = 0;

/** Stops the worker every 100–400 ms until `until()` says to stop. */
async function keepStopping(harness: Harness, until: () => boolean): Promise<void> {
  const { stop, page } = await serviceWorkerStopper(harness);
  while (!until()) {
    await stop().catch(() => undefined);
    stops += 1;
    await page.waitForTimeout(100 + Math.floor(Math.random() * 300));
  }
  await page.close();
}

async function typeDraft(harness: Harness, site: (typeof SITES)[number], n: number) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, site);
  const text = `Draf ${site} ${n}: ${pick(n)} ${pick(n + 3)} di perpustakaan, Sabtu ${n}.00`;
  const told = new Set<string>();
  const stopWatching = watchNotices(page, told);
  let typing = true;
  let stopAt = Number.POSITIVE_INFINITY;
  const stopper = keepStopping(harness, () => !typing && Date.now() > stopAt);
  await page.bringToFront();
  await composer.editor.click();
  await composer.editor.pressSequentially(text, { delay: 25 });
  typing = false;
  stopAt = Date.now() + STOPS_AFTER_TYPING_MS;
  await stopper;
  await page.waitForTimeout(DWELL_MS);
  const atClose = await noticeTexts(page);
  stopWatching();
  typed.push({ site, text, told, toldAtClose: atClose.length > 0 });
  await page.close();
}

async function typeAcrossUpdate(harness: Harness, n: number) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  const text = `Draf pembaruan ${n}: ${pick(n)} ${pick(n + 5)} minggu ini`;
  const half = Math.floor(text.length / 2);
  const told = new Set<string>();
  const stopWatching = watchNotices(page, told);
  await composer.editor.click();
  await composer.editor.pressSequentially(text.slice(0, half), { delay: 25 });
  await reloadExtension(harness);
  await composer.editor.press('End');
  await composer.editor.pressSequentially(text.slice(half), { delay: 25 });
  await page.waitForTimeout(DWELL_MS);
  const atClose = await noticeTexts(page);
  const panels = await page.locator('[data-sapa="panel"]').count();
  stopWatching();
  typed.push({ site: 'x (update)', text, told, toldAtClose: atClose.length > 0 });
  await page.close();
  return panels;
}

const harness = await launch();
const started = Date.now();
for (let n = 1; n <= DRAFTS_PER_SITE; n++) {
  for (const site of SITES) await typeDraft(harness, site, n);
}
const stoppedDrafts = typed.length;
const panelCounts: number[] = [];
for (let n = 1; n <= UPDATE_DRAFTS; n++) panelCounts.push(await typeAcrossUpdate(harness, n));

// Give the last retries time, then read what Sapa kept.
await new Promise((resolve) => setTimeout(resolve, 3000));
const reader = await extensionPage(harness);
const kept = new Set((await readTable(reader, 'drafts')).map((draft) => String(draft.text)));
await harness.close();

const lost = typed.filter((draft) => !kept.has(draft.text));
const report = (label: string, drafts: Typed[]) => {
  const gone = drafts.filter((draft) => !kept.has(draft.text));
  console.log(
    `${label}: drafts typed ${drafts.length}, drafts kept ${drafts.length - gone.length}, lost ${gone.length}`,
  );
};
console.log(`worker stops: ${stops} (while ${stoppedDrafts} drafts were typed)`);
report('worker stopped during saves', typed.slice(0, stoppedDrafts));
report('extension updated mid-draft', typed.slice(stoppedDrafts));
console.log(`panels on the page after each update: ${panelCounts.join(', ')}`);
report('all', typed);
const told = new Map<string, number>();
for (const draft of typed) for (const text of draft.told) told.set(text, (told.get(text) ?? 0) + 1);
console.log(
  `drafts during which the person was told saving is paused: ${
    typed.filter((draft) => draft.told.size > 0).length
  }`,
);
for (const [text, count] of told) console.log(`  ${count}× "${text}"`);
console.log(
  `lost drafts the person was told about when leaving: ${
    lost.filter((draft) => draft.toldAtClose).length
  } of ${lost.length}`,
);
for (const draft of lost) console.log(`  lost: [${draft.site}] ${draft.text}`);
console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
