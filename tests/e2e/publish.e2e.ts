import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureEvents, launch, postedTexts, type Harness } from './harness';
import { CAPTION, insertThroughPanel, status } from './panel-actions';
import en from '@/assets/locales/en.json';
import type { PlatformId } from '@/lib/platforms';
import { openComposer, panelIn, PLATFORM_IDS } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** Each platform's name as the English panel writes it. */
const nameOf = (platform: PlatformId) => en[`platform.${platform}`];

describe.each(PLATFORM_IDS)('publishing on %s', (platform) => {
  test('a click on the site’s post button is noticed and confirmed by the site’s signal', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, platform);
    const panel = await insertThroughPanel(composer, 'Replace all');
    await composer.publish.click();
    // The site really posted the inserted text, exactly and once (its own state, not Sapa's).
    await expect.poll(() => postedTexts(composer.frame())).toEqual([CAPTION]);
    await expect
      .poll(() => status(panel), { timeout: 10_000 })
      .toBe(`Posted on ${nameOf(platform)}.`);
    await page.close();
  });
});

describe('publish detection details', () => {
  test('Ctrl+Enter in the X composer counts as a post', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, 'x');
    const panel = await insertThroughPanel(composer, 'Insert at cursor');
    await composer.editor.press('Control+Enter');
    await expect.poll(() => postedTexts(page)).toEqual([CAPTION]);
    await expect.poll(() => status(panel)).toMatch(/Post noticed on X|Posted on X/);
    await page.close();
  });

  test('a press on a disabled post button is not taken for a post', async () => {
    const page = await harness.context.newPage();
    const composer = await openComposer(page, 'facebook');
    expect(await composer.publish.getAttribute('aria-disabled')).toBe('true');
    // force: a person can click it; Playwright would otherwise wait for it to be enabled.
    await composer.publish.click({ force: true });
    await page.waitForTimeout(400);
    expect(await status(panelIn(page))).toBe('');
    expect(await fixtureEvents(page)).toEqual([]);
    await page.close();
  });
});
