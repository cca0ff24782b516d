/**
 * Fault figures for drafts while Sapa's database is held by another tab (issue #14, item 9), in
 * Chromium with the built extension. Two cases, one run:
 *
 * 1. An upgrade blocked by an older connection. The worker is stopped, Sapa's database is made
 *    again as Sapa's schema version 5 left it, and an extension tab keeps a connection to it open
 *    without answering `versionchange` (an older Sapa page that is stuck). The worker, started by
 *    the next save, opens the database at the current version: the upgrade waits for that tab.
 *    A draft is typed in a tab left open and one in a tab closed while blocked; then the older
 *    connection goes.
 * 2. An upgrade in another tab: an extension tab opens the database at a higher version while the
 *    worker has it open, and keeps its upgrade running for a while (a long migration). Sapa's
 *    connection is closed for it (Dexie's default) and its next requests wait for the upgrade.
 *
 * It prints drafts typed, kept (the last text exactly) and lost, what the panel told the person
 * while the database was held and whether that note went once it was free.
 * Not run in CI: `npm run bench:faults:blocked` (builds first).
 */
import type { Page } from 'playwright-core';
import { CURRENT_VERSION, SCHEMA_V5 } from '../lib/db/tables';
import { launch, serviceWorkerStopper, type Harness } from '../tests/e2e/harness';
import { draftTexts, noticeTexts, watchNotices } from './fault-pages';
import { openComposer } from '../tests/e2e/platforms';

/** How long the database stays held after the last draft is typed (retries back off meanwhile). */
const HOLD_MS = Number(process.env.FAULT_HOLD_MS ?? 20_000);
/** After the database is free: the open tab's retry comes within this. */
const RECOVERY_WAIT_MS = 45_000;

interface Typed {
  fault: string;
  site: string;
  text: string;
  page: Page | null;
  toldWhileHeld: Set<string>;
  toldAfter: string[];
}

const typed: Typed[] = [];

/**
 * Sapa's database made again as schema version 5 left it (empty tables), with the connection
 * kept open in `holder` and no `versionchange` handler, so it never lets go by itself.
 */
function holdOlderDatabase(holder: Page): Promise<void> {
  return holder.evaluate(
    ({ schema, version }) =>
      new Promise<void>((resolve, reject) => {
        const removal = indexedDB.deleteDatabase('sapa');
        removal.onerror = () => reject(removal.error);
        removal.onsuccess = () => {
          // Dexie stores version n as n × 10.
          const open = indexedDB.open('sapa', version * 10);
          open.onupgradeneeded = () => {
            for (const [name, spec] of Object.entries(schema)) {
              const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
              const store = open.result.createObjectStore(name, {
                keyPath: primary.replace(/^\+\+|^&/, ''),
                autoIncrement: primary.startsWith('++'),
              });
              for (const index of indexes.filter(Boolean)) {
                const key = index.replace(/^[&*]/, '');
                const keyPath = key.startsWith('[') ? key.slice(1, -1).split('+') : key;
                store.createIndex(key, keyPath, {
                  unique: index.startsWith('&'),
                  multiEntry: index.startsWith('*'),
                });
              }
            }
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            (globalThis as { sapaHeld?: IDBDatabase }).sapaHeld = open.result;
            resolve();
          };
        };
      }),
    { schema: SCHEMA_V5 as Record<string, string>, version: 5 },
  );
}

function releaseHeld(holder: Page): Promise<void> {
  return holder.evaluate(() => (globalThis as { sapaHeld?: IDBDatabase }).sapaHeld?.close());
}

/**
 * Opens Sapa's database at a higher version than Sapa's and keeps the upgrade running for
 * `ms` (a chain of reads inside the upgrade transaction); resolves when the upgrade is done.
 */
function upgradeInAnotherTab(holder: Page, version: number, ms: number): Promise<string> {
  return holder.evaluate(
    ({ version, ms }) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sapa', version * 10);
        let blocked = false;
        open.onblocked = () => (blocked = true);
        // tsx names inner functions with a helper the page does not have.
        (globalThis as { __name?: unknown }).__name ??= (f: unknown) => f;
        open.onupgradeneeded = () => {
          const store = open.transaction!.objectStore('settings');
          const end = Date.now() + ms;
          const next = () => {
            // Each read is made when the last one answers: the transaction stays active meanwhile.
            if (Date.now() < end) store.count().onsuccess = next;
          };
          next();
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve(blocked ? 'blocked first' : 'not blocked');
        };
      }),
    { version, ms },
  );
}

async function typeDraft(harness: Harness, fault: string, site: 'x' | 'facebook', n: number) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, site);
  const text = `Draf ${fault} ${site} ${n}: klub baca remaja di perpustakaan, Kamis ${n}.00`;
  const told = new Set<string>();
  const stopWatching = watchNotices(page, told);
  await page.bringToFront();
  await composer.editor.click();
  await composer.editor.pressSequentially(text, { delay: 20 });
  const draft: Typed = { fault, site, text, page, toldWhileHeld: told, toldAfter: [] };
  typed.push(draft);
  return { draft, stopWatching, editor: composer.editor };
}

/** Waits until no open tab of `drafts` shows the note, or the wait is over; seconds taken. */
async function untilNotesGo(drafts: Typed[], from: number): Promise<string> {
  const open = drafts.filter((d) => d.page);
  while (Date.now() - from < RECOVERY_WAIT_MS) {
    const shown = await Promise.all(open.map((d) => noticeTexts(d.page as Page)));
    if (shown.every((texts) => texts.length === 0)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  for (const draft of open) draft.toldAfter = await noticeTexts(draft.page as Page);
  return ((Date.now() - from) / 1000).toFixed(1);
}

const harness = await launch();
const started = Date.now();
const { stop, page: holder } = await serviceWorkerStopper(harness);
// The stopper's tab becomes the other tab: an extension page that does not open the database
// itself (the dashboard would, with Dexie, and let go at once).
await holder.goto(`chrome-extension://${harness.extensionId}/privacy.html`);

// Case 1: an upgrade blocked by an older connection.
await stop();
await holdOlderDatabase(holder);
const blockedOpen = await typeDraft(harness, 'blocked', 'x', 1);
const blockedClosed = await typeDraft(harness, 'blocked', 'facebook', 2);
await blockedClosed.draft.page?.waitForTimeout(3000);
blockedClosed.stopWatching();
await blockedClosed.draft.page?.close();
blockedClosed.draft.page = null;
await holder.waitForTimeout(HOLD_MS);
blockedOpen.stopWatching();
const caseOne = typed.slice();
const heldRows = await holder.evaluate(
  () =>
    new Promise<number>((resolve) => {
      const db = (globalThis as { sapaHeld?: IDBDatabase }).sapaHeld as IDBDatabase;
      const count = db.transaction('drafts').objectStore('drafts').count();
      count.onsuccess = () => resolve(count.result);
    }),
);
await releaseHeld(holder);
const freedAt = Date.now();
const goneAfterOne = await untilNotesGo(caseOne, freedAt);
await holder.waitForTimeout(2000); // the stash's save once the opening completes
const keptOne = await draftTexts(holder);

// Case 2: an upgrade in another tab, while Sapa has the database open.
const during = await typeDraft(harness, 'upgrade', 'x', 3);
await during.draft.page?.waitForTimeout(2000);
const upgrading = upgradeInAnotherTab(holder, CURRENT_VERSION + 1, HOLD_MS);
// Typed while the other tab's upgrade runs.
await during.draft.page?.bringToFront();
await during.editor.press('End');
await during.editor.pressSequentially(' (jadwal diperbarui)', { delay: 20 });
during.draft.text += ' (jadwal diperbarui)';
const upgradeAnswer = await upgrading;
during.stopWatching();
const upgradedAt = Date.now();
const caseTwo = typed.slice(caseOne.length);
const goneAfterTwo = await untilNotesGo(caseTwo, upgradedAt);
await holder.waitForTimeout(2000);
const keptTwo = await draftTexts(holder);
await harness.close();

const line = (label: string, drafts: Typed[], store: Set<string>) =>
  console.log(
    `${label}: typed ${drafts.length}, kept ${drafts.filter((d) => store.has(d.text)).length}, lost ${
      drafts.filter((d) => !store.has(d.text)).length
    }`,
  );
const told = (drafts: Typed[]) => {
  const texts = new Map<string, number>();
  for (const d of drafts) for (const t of d.toldWhileHeld) texts.set(t, (texts.get(t) ?? 0) + 1);
  for (const [text, count] of texts) console.log(`  told ${count}×: "${text}"`);
  if (!texts.size) console.log('  told nothing');
};
console.log(`1. upgrade to version ${CURRENT_VERSION} blocked by a connection at version 5`);
console.log(`   drafts in the database while held: ${heldRows}`);
told(caseOne);
line('   kept after the connection went', caseOne, keptOne);
console.log(
  `   open tabs still showing the note: ${caseOne.filter((d) => d.toldAfter.length).length} (waited ${goneAfterOne} s)`,
);
console.log(`2. upgrade to version ${CURRENT_VERSION + 1} in another tab (${upgradeAnswer})`);
told(caseTwo);
line('   kept after the upgrade', caseTwo, keptTwo);
console.log(
  `   open tabs still showing the note: ${caseTwo.filter((d) => d.toldAfter.length).length} (waited ${goneAfterTwo} s)`,
);
for (const d of typed.filter((d) => !(d.fault === 'blocked' ? keptOne : keptTwo).has(d.text)))
  console.log(`  lost: [${d.fault} ${d.site}] ${d.text}`);
console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
