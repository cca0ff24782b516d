/**
 * Undo after Sapa writes into the composer, on the four platforms, with the built extension and
 * the real editors (Lexical for Instagram and Facebook, Draft.js for X and TikTok Studio): after
 * Insert at cursor, and after Replace all (the path a checklist Fix takes), the notice's Undo puts
 * the editor's own state back as it was, through the editor's history (its redo brings the insert
 * back), so typing goes on as before; the editor's own Ctrl+Z right after an insert does the
 * same; and a composer the person wrote in since is left alone.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';
import {
  CAPTION,
  composerState as state,
  insertThroughPanel,
  status,
  typeIntoComposer,
} from './panel-actions';
import { openComposer, panelIn, PLATFORM_IDS } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(PLATFORM_IDS)('undo on %s', (platform) => {
  test('the notice’s Undo after Insert at cursor, and after Replace all', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo perpustakaan');
    await expect.poll(() => state(composer)).toBe('Halo perpustakaan');
    for (let i = 0; i < 12; i += 1) await composer.editor.press('ArrowLeft');

    const panel = await insertThroughPanel(composer, 'Insert at cursor');
    expect(await state(composer)).toBe(`Halo ${CAPTION}perpustakaan`);
    const undo = panel.getByRole('button', { name: 'Undo' });
    await undo.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/undo-offered-${platform}.png` });
    await undo.click();
    await expect.poll(() => status(panel)).toBe('The composer is back as it was.');
    expect(await state(composer)).toBe('Halo perpustakaan');
    expect(await undo.count()).toBe(0);
    // Through the editor's own history: its redo brings the insert back (a text written over
    // the composer instead would have left nothing to redo).
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await expect.poll(() => state(composer)).toBe(`Halo ${CAPTION}perpustakaan`);

    await insertThroughPanel(composer, 'Replace all', 'Teks baru');
    expect(await state(composer)).toBe('Teks baru');
    await undo.click();
    await expect.poll(() => status(panel)).toBe('The composer is back as it was.');
    expect(await state(composer)).toBe(`Halo ${CAPTION}perpustakaan`);
    // The editor itself is back, not only its DOM: typing goes on in its state.
    await composer.editor.click();
    await composer.editor.press('ControlOrMeta+End');
    await page.keyboard.type('!', { delay: 15 });
    await expect.poll(() => state(composer)).toBe(`Halo ${CAPTION}perpustakaan!`);
    await page.close();
  });

  test('the notice’s Undo after a checklist Fix', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo #Buku #Buku');
    await expect.poll(() => state(composer)).toBe('Halo #Buku #Buku');
    const panel = panelIn(composer.scope);
    await panel.getByRole('tab', { name: 'Checklist' }).click();
    const fix = panel.getByRole('button', { name: 'Fix: Remove duplicate hashtags' });
    await fix.click();
    await expect.poll(() => state(composer)).not.toBe('Halo #Buku #Buku');
    const fixed = await state(composer);
    expect(fixed.match(/#Buku/g)).toHaveLength(1);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(panel)).toBe('The composer is back as it was.');
    expect(await state(composer)).toBe('Halo #Buku #Buku');
    await page.close();
  });

  test('the editor’s own Ctrl+Z right after Insert', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo');
    await expect.poll(() => state(composer)).toBe('Halo');
    await insertThroughPanel(composer, 'Insert at cursor', ' Webinar');
    expect(await state(composer)).toBe('Halo Webinar');
    // Insert leaves the focus in the composer: the person's own Ctrl+Z goes to the editor.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => state(composer)).toBe('Halo');
    await page.close();
  });

  test('leaves a composer the person wrote in since Sapa’s insert', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo');
    const panel = await insertThroughPanel(composer, 'Insert at cursor', ' Webinar');
    await page.keyboard.type('!', { delay: 15 });
    await expect.poll(() => state(composer)).toBe('Halo Webinar!');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => status(panel)).toMatch(/changed after Sapa wrote into it/);
    expect(await state(composer)).toBe('Halo Webinar!');
    await page.close();
  });
});
