/**
 * Fault figures for drafts under a skewed clock (issue #14, item 9), in Chromium with the built
 * extension. The service worker's clock is put off from the pages' by −1 day, −10 min, +10 min
 * and +1 day (`cdp-clock.ts`: every start of the worker skewed before its first line). In each,
 * a draft is typed in three saves, and a draft's last text is typed while the worker is stopped
 * and the tab closed at once (the page stashes it; a worker started with the skewed clock saves
 * it). Then the whole clock a day ahead for one tab and set back for the next, and a page's clock
 * set back 10 minutes while typing.
 *
 * It prints drafts typed, kept (the last text exactly) and lost, how far each kept draft's date
 * is from the real time (the skew reached the worker), and what the panel told the person.
 * Not run in CI: `npm run bench:faults:clock` (builds first).
 */
import type { Page } from 'playwright-core';
import {
  extensionPage,
  launch,
  readTable,
  serviceWorkerStopper,
  type Harness,
} from '../tests/e2e/harness';
import { openComposer } from '../tests/e2e/platforms';
import { skewContentScriptClock, skewWorkerClock, type WorkerClock } from './cdp-clock';
import { watchNotices } from './fault-pages';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const DEBUGGING_PORT = Number(process.env.FAULT_CDP_PORT ?? 9339);
/** Longer than the keeper's debounce and maximum wait: each part is a save of its own. */
const BETWEEN_SAVES_MS = 2500;

interface Typed {
  row: string;
  text: string;
  told: Set<string>;
  /** The real time of the last keystroke. */
  typedAt: number;
}

const typed: Typed[] = [];

function hours(ms: number): string {
  const h = ms / 3_600_000;
  return `${h >= 0 ? '+' : ''}${h.toFixed(2)} h`;
}

/** Types `parts` into a new tab of `site`, one save each; returns the page, left open. */
async function typeInParts(
  harness: Harness,
  row: string,
  site: 'x' | 'facebook',
  parts: string[],
  between: (index: number, page: Page) => Promise<void> = async () => undefined,
): Promise<{ page: Page; draft: Typed; stopWatching: () => void }> {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, site);
  const draft: Typed = { row, text: parts.join(''), told: new Set(), typedAt: 0 };
  const stopWatching = watchNotices(page, draft.told);
  await page.bringToFront();
  await composer.editor.click();
  for (const [index, part] of parts.entries()) {
    if (index > 0) await between(index, page);
    await composer.editor.press('End');
    await composer.editor.pressSequentially(part, { delay: 20 });
    draft.typedAt = Date.now();
    await page.waitForTimeout(BETWEEN_SAVES_MS);
  }
  typed.push(draft);
  return { page, draft, stopWatching };
}

async function threeSaves(harness: Harness, row: string, n: number): Promise<void> {
  const parts = [`Draf jam ${n}: pameran arsip kota`, ', Sabtu pukul 09.00', ', gratis.'];
  const { page, stopWatching } = await typeInParts(harness, row, 'x', parts);
  stopWatching();
  await page.close();
}

/** The last part typed while the worker is stopped, and the tab closed at once. */
async function stashedWhileStopped(harness: Harness, row: string, n: number): Promise<void> {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'facebook');
  const first = `Draf simpanan ${n}: klub baca remaja`;
  const last = ', Kamis pukul 15.00.';
  const draft: Typed = { row, text: first + last, told: new Set(), typedAt: 0 };
  const stopWatching = watchNotices(page, draft.told);
  await page.bringToFront();
  await composer.editor.click();
  await composer.editor.pressSequentially(first, { delay: 20 });
  await page.waitForTimeout(BETWEEN_SAVES_MS);
  await workerStopper.stop();
  // The worker this text's save starts is held before its first line until the tab is gone.
  const release = clock.holdNextStart();
  await composer.editor.press('End');
  await composer.editor.pressSequentially(last, { delay: 20 });
  draft.typedAt = Date.now();
  stopWatching();
  typed.push(draft);
  await page.close({ runBeforeUnload: true });
  await workerStopper.page.waitForTimeout(1000);
  release();
}

const harness = await launch({ debuggingPort: DEBUGGING_PORT });
const started = Date.now();
const clock: WorkerClock = await skewWorkerClock(DEBUGGING_PORT, harness.extensionId);
const workerStopper = await serviceWorkerStopper(harness);

/**
 * The worker's clock set, and the worker stopped: the background keeps a reference to
 * `Date.now` from its start, so the offset reaches it from its next start, skewed from its first
 * line (as if the computer's clock had changed while the worker was stopped).
 */
async function setWorkerClock(offset: number): Promise<void> {
  await clock.set(offset);
  await workerStopper.stop();
}

const skews: [string, number][] = [
  ['worker 1 day behind', -DAY],
  ['worker 10 min behind', -10 * MINUTE],
  ['worker 10 min ahead', 10 * MINUTE],
  ['worker 1 day ahead', DAY],
];
/** The rows, in the order they ran. */
const rows: string[] = [];
let n = 0;
for (const [row, offset] of skews) {
  await setWorkerClock(offset);
  rows.push(row);
  await threeSaves(harness, row, ++n);
  await stashedWhileStopped(harness, row, ++n);
  // The stash is saved by the worker the storage change starts, with the skewed clock.
  await new Promise((resolve) => setTimeout(resolve, 3000));
}

// The whole clock a day ahead while tab 1 saves, then set back before tab 2 types (over the
// offer of tab 1's draft, which it does not restore).
const backRow = 'clock set back a day between two tabs';
rows.push(backRow);
await setWorkerClock(DAY);
const tabOne = await typeInParts(
  harness,
  backRow,
  'x',
  [`Draf tab satu ${++n}`, ': lomba resensi', '.'],
  async (_i, page) => {
    await skewContentScriptClock(page, DAY);
  },
);
tabOne.stopWatching();
await setWorkerClock(0);
const tabTwo = await typeInParts(harness, backRow, 'x', [
  `Draf tab dua ${++n}`,
  ': dongeng anak',
  ' setiap Minggu.',
]);
tabTwo.stopWatching();
await tabOne.page.close();
await tabTwo.page.close();

// A page's clock set back 10 minutes between two of its saves.
const pageRow = "page's clock set back 10 min while typing";
rows.push(pageRow);
const pageBack = await typeInParts(
  harness,
  pageRow,
  'facebook',
  [`Draf halaman ${++n}: bedah buku`, ' bersama penulis', ', daftar di tautan.'],
  async (index, page) => {
    if (index === 1) await skewContentScriptClock(page, -10 * MINUTE);
  },
);
pageBack.stopWatching();
await pageBack.page.close();

await new Promise((resolve) => setTimeout(resolve, 3000));
const reader = await extensionPage(harness);
const drafts = await readTable(reader, 'drafts');
const workerStarts = clock.skewedStarts();
clock.close();
await harness.close();

const keptAt = new Map(drafts.map((draft) => [String(draft.text), Number(draft.updatedAt)]));
const takenAt = new Map(drafts.map((draft) => [String(draft.text), Number(draft.textTakenAt)]));
console.log(`worker starts skewed before their first line: ${workerStarts}`);
for (const row of rows) {
  const inRow = typed.filter((draft) => draft.row === row);
  const kept = inRow.filter((draft) => keptAt.has(draft.text));
  const dated = kept.map((draft) => hours((keptAt.get(draft.text) as number) - draft.typedAt));
  const paged = kept.map((draft) => hours((takenAt.get(draft.text) as number) - draft.typedAt));
  const told = new Set(inRow.flatMap((draft) => [...draft.told]));
  console.log(
    `${row}: typed ${inRow.length}, kept ${kept.length}, lost ${inRow.length - kept.length}; ` +
      `dated ${dated.join(', ')} from the real time of typing (the page's time ${paged.join(', ')}); told: ${told.size ? [...told].join(' | ') : 'nothing'}`,
  );
  for (const draft of inRow.filter((d) => !keptAt.has(d.text)))
    console.log(`  lost: ${draft.text}`);
}
const lost = typed.filter((draft) => !keptAt.has(draft.text)).length;
console.log(`all: typed ${typed.length}, kept ${typed.length - lost}, lost ${lost}`);
console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
