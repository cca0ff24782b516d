import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { axePanel, blocking, describeViolations } from './axe';
import { editorState, launch, type Harness } from './harness';
import { status } from './panel-actions';
import { openComposer, panelIn, PLATFORM_IDS, type OpenComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const state = (composer: OpenComposer) => editorState(composer.frame(), composer.editorName);

/** Empties the composer (TikTok fills in the video's file name by itself). */
async function clearComposer(composer: OpenComposer) {
  await composer.editor.click();
  await composer.editor.press('ControlOrMeta+a');
  await composer.editor.press('Backspace');
  await expect.poll(() => state(composer)).toBe('');
}

/** Waits until the Templates tab has listed the library's templates. */
async function templatesListed(panel: Locator) {
  await panel.getByRole('list', { name: 'Library templates' }).waitFor();
}

const TAB_NAMES = ['Templates', 'Hashtags', 'Checklist', 'Drafts'] as const;

/** The seeded English pathfinder template: the X variant is shorter, the others use the body. */
const PATHFINDER = 'Pathfinder (subject guide)';
const PATHFINDER_TEXT: Record<string, string> = {
  x: 'Our pathfinder lists selected books, journals and databases.',
  instagram: 'Our librarians have put together a pathfinder of selected books',
  facebook: 'Our librarians have put together a pathfinder of selected books',
  tiktok: 'Our librarians have put together a pathfinder of selected books',
};
const SUBJECT = 'Sejarah Batik Nusantara';

const LITERASI = [
  'GemarMembaca',
  'LiterasiIndonesia',
  'AyoMembaca',
  'BudayaBaca',
  'GerakanLiterasi',
];

describe.each(PLATFORM_IDS)('the panel on %s', (platform) => {
  test('every tab passes axe in the page, and the page is photographed', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    const panel = panelIn(composer.scope);
    await templatesListed(panel);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/panel-${platform}.png` });

    for (const name of TAB_NAMES) {
      await panel.getByRole('tab', { name }).click();
      await expect.poll(() => panel.getByRole('tab', { name, selected: true }).count()).toBe(1);
      // Let the tab's requests answer so axe sees the loaded content, not "Loading…".
      await expect.poll(() => panel.getByText('Loading…').count()).toBe(0);
      const summary = await axePanel(composer.frame());
      expect(summary.passes, `axe saw nothing in the ${name} tab`).toBeGreaterThan(5);
      const serious = blocking(summary);
      expect(serious, `${name} tab:\n${describeViolations(serious)}`).toEqual([]);
    }
    await page.close();
  });

  test('a template is chosen, filled in and inserted at the cursor', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    if (composer.prefilled) await clearComposer(composer);
    const panel = panelIn(composer.scope);
    await templatesListed(panel);

    await panel.getByRole('button', { name: `Insert template ${PATHFINDER}`, exact: true }).click();
    await panel.getByRole('textbox', { name: /^Subject/ }).fill(SUBJECT);
    // Instagram's and TikTok's versions point to the link in bio and ask for no link.
    const link = panel.getByRole('textbox', { name: /^Link/ });
    if ((await link.count()) > 0) await link.fill('https://s.id/pathfinder-batik');
    const caption = panel.getByRole('textbox', { name: 'Caption', exact: true });
    await expect.poll(() => caption.inputValue()).toContain(SUBJECT);
    const text = await caption.inputValue();
    expect(text).toContain(PATHFINDER_TEXT[platform]);

    await panel.getByRole('button', { name: 'Insert at cursor' }).click();
    await expect.poll(() => status(panel)).toMatch(/Inserted into the/);
    const inserted = await state(composer);
    expect(inserted).toContain(SUBJECT);
    expect(inserted).toContain(PATHFINDER_TEXT[platform]);
    expect(inserted).toBe(text);

    await page.keyboard.type('Z');
    await expect.poll(() => state(composer)).toBe(`${text}Z`);
    await page.close();
  });

  test('a hashtag set goes in without repeating a tag already there', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await composer.editor.click();
    await composer.editor.press('ControlOrMeta+a');
    await composer.editor.press('Backspace');
    await composer.editor.pressSequentially('Ayo ke perpustakaan #GemarMembaca', { delay: 15 });
    await expect.poll(() => state(composer)).toBe('Ayo ke perpustakaan #GemarMembaca');

    const panel = panelIn(composer.scope);
    await panel.getByRole('tab', { name: 'Hashtags' }).click();
    // The panel has seen the composer's hashtag: that chip is marked as already there.
    await expect
      .poll(() => panel.getByRole('button', { name: 'Insert #GemarMembaca' }).first().isDisabled())
      .toBe(true);
    await panel.getByRole('button', { name: 'Insert set Literasi', exact: true }).click();
    await expect.poll(() => status(panel)).toMatch(/Inserted into the/);

    const expected = `Ayo ke perpustakaan ${LITERASI.map((tag) => `#${tag}`).join(' ')}`;
    const text = await state(composer);
    for (const tag of LITERASI) expect(text).toContain(`#${tag}`);
    expect(text.match(/#GemarMembaca\b/g)).toHaveLength(1);
    expect(text).toBe(expected);

    await page.keyboard.type('!');
    await expect.poll(() => state(composer)).toBe(`${expected}!`);
    await page.close();
  });
});

describe('the panel in Indonesian', () => {
  let indonesian: Harness;
  beforeAll(async () => {
    indonesian = await launch({ locale: 'id-ID' });
  });
  afterAll(async () => {
    await indonesian?.close();
  });

  test('names its tabs and buttons in Bahasa Indonesia', async () => {
    const page = await indonesian.context.newPage();
    const composer = await openComposer(page, 'facebook');
    const panel = panelIn(composer.scope);
    await panel.waitFor();
    for (const name of ['Templat', 'Tagar', 'Daftar periksa', 'Draf']) {
      expect(await panel.getByRole('tab', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await panel.getByRole('button', { name: 'Sisipkan di kursor' }).count()).toBe(1);
    await panel.getByRole('list', { name: 'Templat perpustakaan' }).waitFor();
    expect(
      await panel.getByRole('button', { name: 'Sisipkan templat Koleksi baru datang' }).count(),
    ).toBe(1);
    await panel.getByRole('tab', { name: 'Tagar' }).click();
    expect(
      await panel.getByRole('button', { name: 'Sisipkan set Literasi', exact: true }).count(),
    ).toBe(1);
    await page.close();
  });
});
