/**
 * The picker at the caret on the four platforms, with the built extension and the real editors
 * (Lexical on Instagram and Facebook, Draft.js on X and TikTok Studio): typing `;;` as a word of
 * its own opens Sapa's small list beside the caret with the focus in its search; arrows and Enter
 * put a hashtag set in place of the `;;` in the editor's own state; the notice's Undo brings the
 * `;;` back; Escape closes it and the caret is back in the composer; `;;` inside a link opens
 * nothing. On Instagram also: a template without values goes in whole (what its preview showed),
 * one that needs values opens its form in the panel, and axe finds nothing serious in the picker.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { axePanel, blocking, describeViolations } from './axe';
import { launch, type Harness } from './harness';
import { composerState as state, status, typeIntoComposer } from './panel-actions';
import { openComposer, panelIn, PLATFORM_IDS, type OpenComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const SET_TEXT = '#HariBukuNasional #BulanBuku #GemarMembaca';

/** The library's name, set on the dashboard as a librarian would: greetings then need nothing. */
async function setLibraryName(): Promise<void> {
  const dashboard = await harness.context.newPage();
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#brand`);
  await dashboard.getByLabel('Library name', { exact: true }).fill('Perpustakaan Kota Makassar');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => dashboard.getByRole('status').textContent())
    .toContain('Brand kit saved.');
  await dashboard.close();
}

function pickerIn(scope: Page | FrameLocator): Locator {
  return scope.getByRole('dialog', { name: 'Quick insert' });
}

/** Moves to the entry whose name and kind match, with the arrows only, and presses Enter. */
async function pickWithKeys(
  page: Page,
  picker: Locator,
  name: string,
  kind: 'Template' | 'Hashtag set',
): Promise<void> {
  const options = picker.getByRole('option');
  await expect.poll(() => options.count()).toBeGreaterThan(0);
  const texts = await options.allTextContents();
  const index = texts.findIndex((text) => text.startsWith(name) && text.includes(kind));
  expect(index, `no ${kind} “${name}” in ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  expect(await options.nth(index).getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
}

async function typeMore(composer: OpenComposer, text: string): Promise<void> {
  await composer.editor.click();
  await composer.editor.press('ControlOrMeta+End');
  await composer.editor.pressSequentially(text, { delay: 15 });
}

describe.each(PLATFORM_IDS)('the picker at the caret on %s', (platform) => {
  test('inserts a hashtag set from the keyboard, undoes, closes on Escape, ignores links', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo ;;');
    const picker = pickerIn(composer.scope);
    await picker.waitFor();
    // The focus is in the picker's search: what is typed now searches.
    await page.keyboard.type('Hari Buku', { delay: 15 });
    await expect
      .poll(() => picker.getByRole('option').first().textContent())
      .toContain('Hari Buku');
    await page.screenshot({ path: `test-results/picker-${platform}.png` });
    await pickWithKeys(page, picker, 'Hari Buku Nasional', 'Hashtag set');
    await expect.poll(() => state(composer)).toBe(`Halo ${SET_TEXT}`);
    expect(await picker.count()).toBe(0);

    const panel = panelIn(composer.scope);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(panel)).toBe('The composer is back as it was.');
    expect(await state(composer)).toBe('Halo ;;');

    await typeMore(composer, ' ;;');
    await picker.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => picker.count()).toBe(0);
    // The caret is back where it was: typing goes on in the composer.
    await page.keyboard.type('x', { delay: 15 });
    await expect.poll(() => state(composer)).toBe('Halo ;; ;;x');

    await typeMore(composer, ' https://a.b/;;');
    await page.waitForTimeout(600);
    expect(await picker.count()).toBe(0);
    expect(await state(composer)).toBe('Halo ;; ;;x https://a.b/;;');
    await page.close();
  });
});

describe('templates from the picker on Instagram', () => {
  test('a template goes in as previewed; one that needs values opens its form; axe passes', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await setLibraryName();
    const composer = await openComposer(page, 'instagram');
    await typeIntoComposer(composer, ';;');
    const picker = pickerIn(composer.scope);
    await picker.waitFor();
    const summary = await axePanel(composer.frame());
    const serious = blocking(summary);
    expect(serious, describeViolations(serious)).toEqual([]);

    // A greeting needs only the library's name, which the brand kit gives: it goes in whole.
    await page.keyboard.type('Natal', { delay: 15 });
    // The search's answer: the Indonesian greeting first (its name matches), then the English.
    const first = picker.getByRole('option').first();
    await expect.poll(() => first.textContent()).toMatch(/^Ucapan Natal/);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    const preview = await picker.locator('.sapa-picker-preview-text').textContent();
    expect(preview).toContain('Perpustakaan Kota Makassar');
    expect(preview).not.toContain('{{');
    await page.screenshot({ path: 'test-results/picker-template-instagram.png' });
    await page.keyboard.press('Enter');
    await expect.poll(() => state(composer)).toBe(preview);

    await typeIntoComposer(composer, 'Ayo ;;');
    await picker.waitFor();
    await page.keyboard.type('Webinar', { delay: 15 });
    await expect.poll(() => picker.getByRole('option').first().textContent()).toContain('Webinar');
    await pickWithKeys(page, picker, 'Webinar', 'Template');
    // Its date and link are not known yet: the ;; goes, the panel asks for them.
    const panel = panelIn(composer.scope);
    await expect.poll(() => panel.getByText('Fill in: Webinar').count()).toBe(1);
    await expect.poll(() => state(composer)).toBe('Ayo ');
    await page.screenshot({ path: 'test-results/picker-asks-values-instagram.png' });
    await page.close();
  });
});
