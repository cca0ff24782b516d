import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';
import {
  CAPTION,
  composerState as state,
  insertThroughPanel,
  typeIntoComposer,
} from './panel-actions';
import { openComposer, PLATFORM_IDS } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(PLATFORM_IDS)('inserting on %s', (platform) => {
  test('into an empty composer, then typing goes on from the end', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    if (composer.prefilled) {
      await composer.editor.click();
      await composer.editor.press('ControlOrMeta+a');
      await composer.editor.press('Backspace');
    }
    expect(await state(composer)).toBe('');
    await insertThroughPanel(composer, 'Insert at cursor');
    expect(await state(composer)).toBe(CAPTION);
    await page.keyboard.type('!');
    await expect.poll(() => state(composer)).toBe(`${CAPTION}!`);
    await page.close();
  });

  test('at the caret inside existing text', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await typeIntoComposer(composer, 'Halo perpustakaan');
    await expect.poll(() => state(composer)).toBe('Halo perpustakaan');
    // Caret after "Halo ": back over "perpustakaan" (12 characters).
    for (let i = 0; i < 12; i += 1) await composer.editor.press('ArrowLeft');
    await insertThroughPanel(composer, 'Insert at cursor');
    expect(await state(composer)).toBe(`Halo ${CAPTION}perpustakaan`);
    await page.keyboard.type('!');
    await expect.poll(() => state(composer)).toBe(`Halo ${CAPTION}!perpustakaan`);
    await page.close();
  });

  test('replacing everything in the composer', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    if (!composer.prefilled) await typeIntoComposer(composer, 'teks lama yang salah');
    expect(await state(composer)).not.toBe('');
    await insertThroughPanel(composer, 'Replace all');
    expect(await state(composer)).toBe(CAPTION);
    await page.keyboard.type('!');
    await expect.poll(() => state(composer)).toBe(`${CAPTION}!`);
    await page.close();
  });
});
