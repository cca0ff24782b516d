/**
 * Search that finds, in the built extension: on the Instagram fixture, a word that is only in a
 * seeded template's text ("daftar", from "Daftar di sini") finds that template in the panel's
 * search, and a typo'd word ("webiner") still finds the webinar. The index lives in the
 * background (lib/search) and follows the database.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, type Harness } from './harness';
import { openComposer, panelIn } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

describe('the panel’s template search on instagram', () => {
  test('finds a template by a word of its text, and through a typo', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, 'instagram');
    const panel = panelIn(composer.scope);
    const search = panel.getByRole('searchbox', { name: 'Search templates' });
    const list = panel.getByRole('list', { name: 'Library templates' });

    await search.fill('daftar');
    const found = list.getByRole('button', { name: 'Insert template Acara dengan pendaftaran' });
    await expect.poll(() => found.count()).toBe(1);
    // Only what matches stays: a template without the word is gone from the list.
    await expect
      .poll(() => list.getByRole('button', { name: 'Insert template Koleksi baru datang' }).count())
      .toBe(0);
    await page.screenshot({ path: 'test-results/search-daftar-instagram.png' });

    await search.fill('webiner');
    await expect
      .poll(() => list.getByRole('button', { name: 'Insert template Webinar' }).count())
      .toBeGreaterThan(0);
    await page.close();
  });
});
