import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureEvents, launch, postedTexts, readTable, type Harness } from './harness';
import { CAPTION, insertThroughPanel } from './panel-actions';
import { openComposer, PLATFORM_IDS } from './platforms';

// A webinar announcement with its template placeholders still in it: a blocking failure.
const UNFINISHED = 'Webinar literasi digital {{tanggal}}\nDaftar di [LINK] #LiterasiDigital';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe.each(PLATFORM_IDS)('the publish gate on %s', (platform) => {
  test('holds a post with a blocking failure; after a fix the post goes out', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.publish.click();
    const dialog = composer.scope.getByRole('alertdialog', { name: 'Check before posting' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.textContent()).toMatch(/\{\{tanggal\}\}/);
    // Drawn with its styles (they come with the panel's UI): a red-bordered box on top of the page.
    expect(
      await dialog.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.position, style.borderTopColor];
      }),
    ).toEqual(['fixed', 'rgb(179, 38, 30)']);
    await page.screenshot({ path: `test-results/gate-${platform}.png` });
    // The site never saw the press.
    await page.waitForTimeout(300);
    expect(await fixtureEvents(composer.frame())).toEqual([]);

    await dialog.getByRole('button', { name: 'Fix' }).click();
    expect(await dialog.count()).toBe(0);
    await insertThroughPanel(composer, 'Replace all', CAPTION);
    await composer.publish.click();
    // Exactly the fixed caption, once: not the held text, not both.
    await expect.poll(() => postedTexts(composer.frame())).toEqual([CAPTION]);
    expect(await dialog.count()).toBe(0);
    await page.close();
  });

  test('"Post anyway" lets the press through once and records the override', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.publish.click();
    const dialog = composer.scope.getByRole('alertdialog', { name: 'Check before posting' });
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => postedTexts(composer.frame())).toEqual([UNFINISHED]);
    await expect
      .poll(
        async () =>
          (await readTable(harness.background, 'postLog')).find(
            (entry) => entry.platform === platform && entry.text === UNFINISHED,
          )?.override,
        { timeout: 10_000 },
      )
      .toEqual({ ruleIds: expect.arrayContaining(['placeholders']) });
    await page.close();
  });
});
