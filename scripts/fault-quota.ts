/**
 * Fault figures for drafts on a full disk (issue #14, item 9), in Chromium with the built
 * extension: the extension origin's storage quota is set below what it already uses (CDP
 * `Storage.overrideQuotaForOrigin`), so every IndexedDB write fails with `QuotaExceededError` as
 * on a full disk. Drafts are typed in the X and Facebook fixture composers; some tabs stay open,
 * some are closed while the disk is full. Then the quota is given back. It prints drafts typed,
 * kept (the last text exactly) and lost, and what the panel told the person, while full and after.
 * Chromium does not hold an extension with `unlimitedStorage` (Sapa's manifest) to an overridden
 * quota: with FAULT_QUOTA_MANIFEST=shipped the run shows every write still getting through. By
 * default it runs a copy of the built extension whose manifest lacks only that permission, so the
 * same code meets Chromium's real `QuotaExceededError`.
 * Not run in CI: `npm run bench:faults:quota` (builds first).
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  extensionPage,
  launch,
  readTable,
  serviceWorkerStopper,
} from '../tests/e2e/harness';
import { openComposer } from '../tests/e2e/platforms';
import { noticeTexts } from './fault-pages';

const DRAFTS_PER_SITE = Number(process.env.FAULT_DRAFTS ?? 3);
const SITES = ['x', 'facebook'] as const;
/** Long enough for three failed saves in a row (retried after 1 and 2 s): the pause note. */
const NOTE_WAIT_MS = 8000;
/** Retries back off to one every 30 s: after the quota is back, the open tabs save within this. */
const RECOVERY_WAIT_MS = 45_000;

interface Typed {
  site: string;
  text: string;
  page: Page | null;
  toldWhileFull: string[];
  toldAfter: string[];
}

async function waitForNotice(page: Page, timeoutMs: number): Promise<string[]> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const texts = await noticeTexts(page);
    if (texts.length) return texts;
    await page.waitForTimeout(250);
  }
  return [];
}

/** A copy of the built extension without `unlimitedStorage`, so the quota applies to it. */
async function limitedCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sapa-quota-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(file, 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  await writeFile(file, JSON.stringify(manifest));
  return dir;
}

const shipped = process.env.FAULT_QUOTA_MANIFEST === 'shipped';
console.log(`manifest: ${shipped ? 'as shipped' : 'without unlimitedStorage'}`);
const harness = await launch(shipped ? {} : { extensionDir: await limitedCopy() });
const started = Date.now();
const origin = `chrome-extension://${harness.extensionId}`;
const control = await extensionPage(harness);
const cdp = await harness.context.newCDPSession(control);
const before = await cdp.send('Storage.getUsageAndQuota', { origin });
// Less than what is already stored: no write fits, as on a disk with no space left.
await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
const full = await cdp.send('Storage.getUsageAndQuota', { origin });
console.log(
  `extension origin: usage ${before.usage} B, quota ${before.quota} B → overridden to ${full.quota} B`,
);

/** What closing pages left in extension storage (`lib/drafts/stash.ts`), as the background sees it. */
function readStash(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const api = globalThis as unknown as {
      chrome: { storage: { local: { get: (keys: null) => Promise<Record<string, unknown>> } } };
    };
    const all = await api.chrome.storage.local.get(null);
    return Object.fromEntries(
      Object.entries(all).filter(([key]) => key.startsWith('sapaDraftStash:')),
    );
  });
}
const typed: Typed[] = [];
for (let n = 1; n <= DRAFTS_PER_SITE; n++) {
  for (const site of SITES) {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, site);
    const text = `Draf penuh ${site} ${n}: bedah buku anak di perpustakaan kota, Sabtu ${n}.00`;
    await page.bringToFront();
    await composer.editor.click();
    await composer.editor.pressSequentially(text, { delay: 20 });
    const told = await waitForNotice(page, NOTE_WAIT_MS);
    // The last draft of each site: the person closes the tab while the disk is full.
    const closes = n === DRAFTS_PER_SITE;
    if (closes) {
      await page.close();
      await control.waitForTimeout(500);
      if (process.env.FAULT_VERBOSE)
        console.log(
          `closed while full: ${site} ${n}; in extension storage: ${JSON.stringify(Object.values(await readStash(control)).map((entry) => (entry as { text: string }).text))}`,
        );
    }
    typed.push({ site, text, page: closes ? null : page, toldWhileFull: told, toldAfter: [] });
  }
}
const keptWhileFull = new Set((await readTable(control, 'drafts')).map((d) => String(d.text)));

// Space is back.
await cdp.send('Storage.overrideQuotaForOrigin', { origin });
const recoveredAt = Date.now();
if (process.env.FAULT_VERBOSE) console.log(`space back at ${recoveredAt}`);
const open = typed.filter((draft) => draft.page);
while (Date.now() - recoveredAt < RECOVERY_WAIT_MS) {
  const counts = await Promise.all(open.map((draft) => noticeTexts(draft.page as Page)));
  if (counts.every((texts) => texts.length === 0)) break;
  await control.waitForTimeout(500);
}
const noteGoneAfterS = ((Date.now() - recoveredAt) / 1000).toFixed(1);
for (const draft of open) draft.toldAfter = await noticeTexts(draft.page as Page);
const keptOpen = new Set((await readTable(control, 'drafts')).map((d) => String(d.text)));

const showDrafts = async (when: string) => {
  if (!process.env.FAULT_VERBOSE) return;
  console.log(`${when}:`);
  for (const [key, value] of Object.entries(await readStash(control)))
    console.log(`  stashed ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
  for (const draft of await readTable(control, 'drafts'))
    console.log(
      `  in the database: ${String(draft.composerKey)} ${String(draft.status)} ${JSON.stringify(draft.text)} (created ${String(draft.createdAt)}, updated ${String(draft.updatedAt)})`,
    );
};
await showDrafts('before the worker restarted');

// Texts of closed tabs wait in extension storage; the background saves them when it starts
// (Chromium stops an idle worker after 30 s and starts it for the next event).
const { stop, page: stopper } = await serviceWorkerStopper(harness);
await stop();
const wake = await harness.context.newPage();
await openComposer(wake, 'x');
await wake.waitForTimeout(3000);
const kept = new Set((await readTable(control, 'drafts')).map((d) => String(d.text)));
await showDrafts('after the worker restarted');
await stopper.close();
await harness.close();

const closed = typed.filter((draft) => !draft.page);
const line = (label: string, drafts: Typed[], store: Set<string>) =>
  console.log(
    `${label}: typed ${drafts.length}, kept ${drafts.filter((d) => store.has(d.text)).length}, lost ${
      drafts.filter((d) => !store.has(d.text)).length
    }`,
  );
line('while full (in the database)', typed, keptWhileFull);
line(`tabs left open, ${RECOVERY_WAIT_MS / 1000} s after space came back`, open, keptOpen);
line('tabs closed while full, before the worker restarted', closed, keptOpen);
line('tabs closed while full, after the worker restarted', closed, kept);
line('all, at the end', typed, kept);
const toldWhileFull = new Map<string, number>();
for (const draft of typed)
  for (const text of draft.toldWhileFull)
    toldWhileFull.set(text, (toldWhileFull.get(text) ?? 0) + 1);
console.log(
  `drafts during which the person was told saving is paused: ${
    typed.filter((d) => d.toldWhileFull.length).length
  } of ${typed.length}`,
);
for (const [text, count] of toldWhileFull) console.log(`  ${count}× "${text}"`);
console.log(
  `open tabs still showing the note after space came back: ${
    open.filter((d) => d.toldAfter.length).length
  } of ${open.length} (waited ${noteGoneAfterS} s)`,
);
for (const draft of typed.filter((d) => !kept.has(d.text)))
  console.log(`  lost: [${draft.site}] ${draft.text}`);
console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
