/**
 * Shortcuts in the composer, on the four platforms, with the built extension and the real editors
 * (Lexical for Instagram and Facebook, Draft.js for X and TikTok Studio). A librarian gives
 * templates and a hashtag set a shortcut in the dashboard; typed in a composer and followed by a
 * space or Tab, the shortcut becomes the text in the editor's own state, which the notice's Undo
 * takes back; inside a link it does nothing; a template still needing a value opens its form in
 * the panel instead of writing anything raw; switched off for a platform, it stays as typed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';
import { composerState as state, status, typeIntoComposer } from './panel-actions';
import { openComposer, panelIn, PLATFORM_IDS } from './platforms';

const TEMPLATE = ['Koleksi baru bulan ini 📚', 'Datang ke perpustakaan, ya!'].join('\n');
const TAGS = '#AcaraPerpus #GemarMembaca';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

// The suites below use what this one saves.
test('the dashboard gives templates and a hashtag set a shortcut, one item each', async () => {
  const dashboard = await harness.context.newPage();
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#templates`);
  await newTemplate(dashboard, 'Koleksi baru e2e', TEMPLATE, ';baru');
  await newTemplate(dashboard, 'Acara e2e', 'Acara pada {{tanggal}}', ';acara', 'tanggal');
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#hashtags`);
  await dashboard.getByRole('button', { name: 'New set' }).click();
  await dashboard.getByLabel('Set name').fill('Acara e2e');
  await dashboard.getByLabel('Paste tags or a whole caption').fill(TAGS);
  await dashboard.getByRole('button', { name: 'Add tags' }).click();
  // One shortcut, one item: the set cannot take the template's.
  await dashboard.getByLabel('Shortcut').fill(';Baru');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  const taken = 'The shortcut ;baru already belongs to “Koleksi baru e2e”. Choose another one.';
  await expect.poll(() => dashboard.getByText(taken).count()).toBe(1);
  await dashboard.screenshot({ path: 'test-results/shortcuts-taken.png', fullPage: true });
  await dashboard.getByLabel('Shortcut').fill(';tagar-acara');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dashboard.getByText('Set “Acara e2e” saved.').count()).toBe(1);
  await dashboard.close();
});

async function newTemplate(
  dashboard: Page,
  name: string,
  body: string,
  shortcut: string,
  requiredVariable?: string,
) {
  await dashboard.getByRole('button', { name: 'New template' }).click();
  await dashboard.getByLabel('Name', { exact: true }).fill(name);
  await dashboard.getByLabel('Caption text').fill(body);
  await dashboard.getByLabel('Shortcut').fill(shortcut);
  if (requiredVariable) {
    await dashboard.getByRole('button', { name: 'Add a variable' }).click();
    await dashboard.getByLabel('Name in the text').fill(requiredVariable);
    await dashboard.getByLabel('Label in English').fill('Date');
    await dashboard.getByLabel('Required').check();
  }
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dashboard.getByText(`Template “${name}” saved.`).count()).toBe(1);
}

describe.each(PLATFORM_IDS)('shortcuts on %s', (platform) => {
  test('`;baru ` becomes the template in the editor, and Undo brings the shortcut back', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo ;baru');
    await expect.poll(() => state(composer)).toBe('Halo ;baru');
    await composer.editor.press('Space');
    await expect.poll(() => state(composer)).toBe(`Halo ${TEMPLATE}`);
    const panel = panelIn(composer.scope);
    await expect.poll(() => status(panel)).toMatch(/Inserted into the/);
    await page.screenshot({ path: `test-results/shortcut-expanded-${platform}.png` });

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(panel)).toBe('The composer is back as it was.');
    expect(await state(composer)).toBe('Halo ;baru');

    // Undone, the shortcut stays what the person typed: the space after it is only a space.
    await composer.editor.click();
    await composer.editor.press('ControlOrMeta+End');
    await composer.editor.press('Space');
    await expect.poll(() => state(composer)).toBe('Halo ;baru ');
    // A hashtag set's shortcut, ended by Tab; the editor goes on from its own state.
    await composer.editor.pressSequentially(';tagar-acara', { delay: 15 });
    await composer.editor.press('Tab');
    await expect.poll(() => state(composer)).toBe(`Halo ;baru ${TAGS}`);
    await page.keyboard.type('!', { delay: 15 });
    await expect.poll(() => state(composer)).toBe(`Halo ;baru ${TAGS}!`);
    await page.close();
  });

  test('a shortcut inside a link, or inside a word, stays as typed', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'https://a.b/;baru kata;baru ana;baru@perpus.id x');
    await expect
      .poll(() => state(composer))
      .toBe('https://a.b/;baru kata;baru ana;baru@perpus.id x');
    await page.close();
  });
});

// Lexical and Draft.js each delete the shortcut through their own handling.
test.each(['facebook', 'x'] as const)(
  'on %s, a template that needs a value opens its form in the panel, and writes nothing raw',
  async (platform) => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo ;acara');
    await composer.editor.press('Space');
    await expect.poll(() => state(composer)).toBe('Halo ');
    const panel = panelIn(composer.scope);
    const date = panel.getByRole('textbox', { name: /^Date/ });
    await expect
      .poll(() =>
        date.evaluate(
          (el) =>
            el === el.ownerDocument.activeElement ||
            (el.getRootNode() as ShadowRoot).activeElement === el,
        ),
      )
      .toBe(true);
    await expect
      .poll(() => panel.getByRole('textbox', { name: 'Caption', exact: true }).inputValue())
      .toBe('Acara pada {{tanggal}}');
    await page.screenshot({ path: `test-results/shortcut-asks-${platform}.png` });
    await page.close();
  },
);

test('switched off for a platform, a shortcut stays as typed there', async () => {
  const dashboard = await harness.context.newPage();
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#settings`);
  const onX = dashboard.getByLabel('Expand shortcuts on X');
  await onX.click();
  await expect.poll(() => onX.isChecked()).toBe(false);
  await dashboard.close();
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await typeIntoComposer(composer, 'Halo ;baru x');
  await expect.poll(() => state(composer)).toBe('Halo ;baru x');
  await page.close();
});
