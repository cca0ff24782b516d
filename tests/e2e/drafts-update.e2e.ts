/**
 * Drafts across an extension update and a stopped service worker (issue #14, item 5). An update
 * is simulated with `chrome.runtime.reload()` (Chromium fires `onInstalled` with reason
 * "update"); the worker is stopped through CDP, as Chromium stops an idle worker.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  editorState,
  extensionPage,
  launch,
  readTable,
  reloadExtension,
  serviceWorkerStopper,
  type Harness,
} from './harness';
import { openComposer, panelIn } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** The texts of the drafts kept for X, read in an extension page. */
async function keptTexts(): Promise<string[]> {
  const page = await extensionPage(harness);
  try {
    const drafts = await readTable(page, 'drafts');
    return drafts.filter((draft) => draft.platform === 'x').map((draft) => String(draft.text));
  } finally {
    await page.close();
  }
}

const panels = (page: Page) => page.locator('[data-sapa="panel"]').count();

test('after an update the open composer gets the new panel, and what was typed just before it is saved', async () => {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await expect.poll(() => panels(page)).toBe(1);
  await composer.editor.click();
  // Typed, and the update comes before the keeper's first save (400 ms after a pause).
  await composer.editor.pressSequentially('Bedah buku Sabtu', { delay: 10 });
  await page.locator('[data-sapa="panel"]').evaluate((host) => host.setAttribute('data-old', ''));
  await reloadExtension(harness);
  await expect
    .poll(() => page.locator('[data-sapa="panel"][data-old]').count(), { timeout: 10_000 })
    .toBe(0);
  // The old copy removes its panel and the new one shows its own: one panel, never two.
  await expect.poll(() => panels(page), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => panelIn(page).count(), { timeout: 10_000 }).toBe(1);
  // Saved by the new copy without another keystroke.
  await expect.poll(keptTexts, { timeout: 10_000 }).toContain('Bedah buku Sabtu');
  // The person types on: the same draft follows, and no older draft is offered back.
  await composer.editor.press('End');
  await composer.editor.pressSequentially(', 10.00', { delay: 10 });
  await expect.poll(() => editorState(page, 'inline')).toBe('Bedah buku Sabtu, 10.00');
  await expect.poll(keptTexts, { timeout: 10_000 }).toEqual(['Bedah buku Sabtu, 10.00']);
  expect(await panelIn(page).getByText('A draft you had not posted').count()).toBe(0);
  await page.waitForTimeout(1500);
  expect(await panels(page)).toBe(1);
  await page.screenshot({ path: 'test-results/drafts-after-update.png' });
  await page.close();
});

// Skipped: stopping the worker through CDP (every 20 ms, from an extension page's session) did
// not make a save fail here (Chromium 156 starts the worker again for each message and it
// answers), so the note never came. The note itself is covered by lib/drafts/draft-keeper.test.ts
// and components/panel/Panel.test.tsx; a way to make saves fail in the browser is still needed.
test.skip('while the background keeps being stopped, the panel says saving is paused, and stops saying it once a save works', async () => {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await expect.poll(() => panels(page)).toBe(1);
  const { stop: stopWorker, page: stopperPage } = await serviceWorkerStopper(harness);
  await page.bringToFront();
  const panel = panelIn(page);
  const notice = panel.getByRole('alert').filter({ hasText: 'Saving is paused' });
  // Stopped every 20 ms: a save reaches a worker that is stopped before it can answer.
  let stopping = true;
  const stops = (async () => {
    let count = 0;
    while (stopping) {
      await stopWorker().catch(() => undefined);
      count += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return count;
  })();
  await composer.editor.click();
  await composer.editor.pressSequentially('Lomba resensi', { delay: 30 });
  await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(1);
  await page.screenshot({ path: 'test-results/drafts-saving-paused.png' });
  stopping = false;
  expect(await stops).toBeGreaterThan(10);
  // Nothing more is typed: the next retry saves the text and the note goes.
  await expect.poll(() => notice.count(), { timeout: 20_000 }).toBe(0);
  await expect.poll(keptTexts, { timeout: 5000 }).toContain('Lomba resensi');
  await stopperPage.close();
  await page.close();
});
