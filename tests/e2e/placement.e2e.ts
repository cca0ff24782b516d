import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';
import { openComposer, panelIn, PLATFORM_IDS } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each(PLATFORM_IDS)('the panel on %s', (platform) => {
  test('sits beside the composer (and its dialog) without covering it', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    const panel = panelIn(composer.scope);
    await panel.waitFor();
    // Docking follows on the next frame.
    await page.waitForTimeout(300);
    const panelBox = await box(panel);
    expect(overlaps(panelBox, await box(composer.editor))).toBe(false);
    const dialog = composer.scope.getByRole('dialog').filter({ has: composer.editor });
    if ((await dialog.count()) > 0) expect(overlaps(panelBox, await box(dialog))).toBe(false);
    await page.close();
  });
});

test('a collapsed panel stays collapsed after a reload, on that platform only', async () => {
  const page = await harness.context.newPage();
  await openComposer(page, 'facebook');
  await panelIn(page).getByRole('button', { name: 'Hide Sapa' }).click();
  await expect.poll(() => panelIn(page).getByRole('button', { name: 'Show Sapa' }).count()).toBe(1);
  await page.waitForTimeout(300);
  await openComposer(page, 'facebook');
  await expect.poll(() => panelIn(page).getByRole('button', { name: 'Show Sapa' }).count()).toBe(1);
  await openComposer(page, 'x');
  await expect.poll(() => panelIn(page).getByRole('button', { name: 'Hide Sapa' }).count()).toBe(1);
  await page.close();
});

test('the panel follows the site’s own light or dark theme', async () => {
  const page = await harness.context.newPage();
  const background = () =>
    panelIn(page).evaluate((panel) => getComputedStyle(panel).backgroundColor);
  await page.goto('https://x.com/home?theme=dark');
  await panelIn(page).waitFor();
  expect(await panelIn(page).getAttribute('data-theme')).toBe('dark');
  expect(await background()).toBe('rgb(32, 33, 36)');
  await page.goto('https://x.com/home');
  await panelIn(page).waitFor();
  expect(await panelIn(page).getAttribute('data-theme')).toBe('light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.close();
});

test('typing in the panel does not set off the site’s keyboard shortcuts', async () => {
  const page = await harness.context.newPage();
  await openComposer(page, 'x');
  // The site's own shortcut works on the page…
  await page.locator('h1').click();
  await page.keyboard.press('n');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/compose/post');
  await page.goto('https://x.com/home');
  // …but not while the person types in Sapa's panel.
  await panelIn(page).getByRole('searchbox', { name: 'Search templates' }).pressSequentially('new');
  await page.waitForTimeout(200);
  expect(new URL(page.url()).pathname).toBe('/home');
  await page.close();
});

test('the panel keeps the width the person gave it, per platform', async () => {
  const page = await harness.context.newPage();
  await openComposer(page, 'instagram');
  const panel = panelIn(page);
  await panel.waitFor();
  // What the resize handle does: the browser sets the element's width.
  await panel.evaluate((element) => {
    (element as HTMLElement).style.width = '420px';
  });
  await page.waitForTimeout(800);
  await openComposer(page, 'instagram');
  await panelIn(page).waitFor();
  await expect.poll(async () => Math.round((await box(panelIn(page))).width)).toBe(420);
  // Another platform keeps its own width (X: never resized, never collapsed in this file).
  await openComposer(page, 'x');
  await panelIn(page).getByRole('tab', { name: 'Templates' }).waitFor();
  expect(Math.round((await box(panelIn(page))).width)).toBe(320);
  await page.close();
});
