import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorState, launch, reloadExtension, type Harness } from './harness';
import { CAPTION, insertThroughPanel } from './panel-actions';
import { openComposer, panelIn } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

test('X: the compose modal over the timeline gets the text, and the panel stays after it closes', async () => {
  const page = await harness.context.newPage();
  await openComposer(page, 'x');
  await expect.poll(() => panelIn(page).count()).toBe(1);
  await page.getByTestId('SideNav_NewTweet_Button').click();
  expect(new URL(page.url()).pathname).toBe('/compose/post');
  const modal = page.getByRole('dialog').getByTestId('tweetTextarea_0');
  await modal.click();
  await insertThroughPanel({ scope: page } as never, 'Insert at cursor');
  expect(await editorState(page, 'modal')).toBe(CAPTION);
  expect(await editorState(page, 'inline')).toBe('');
  expect(await editorState(page, 'hidden')).toBe('');
  await page.getByRole('button', { name: 'Close' }).click();
  // Closed with text, X asks "Save post?" first; Discard closes the modal.
  await page.getByTestId('confirmationSheetCancel').click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await panelIn(page).count()).toBe(1);
  await page.close();
});

test('Instagram: the panel comes with the create dialog, goes with it, and comes back', async () => {
  const page = await harness.context.newPage();
  await page.goto('https://www.instagram.com/');
  // A direct-message box is a Lexical editor too, but not a post composer.
  await page.waitForTimeout(500);
  expect(await panelIn(page).count()).toBe(0);
  await page.getByRole('button', { name: /Create/ }).click();
  await expect.poll(() => panelIn(page).count()).toBe(1);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => panelIn(page).count()).toBe(0);
  const composer = await openComposer(page, 'instagram');
  await insertThroughPanel(composer, 'Replace all');
  expect(await editorState(page, 'caption')).toBe(CAPTION);
  expect(await editorState(page, 'message')).toBe('');
  await page.close();
});

test('Facebook: hidden copies and comment boxes are never written to', async () => {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'facebook');
  await insertThroughPanel(composer, 'Insert at cursor');
  expect(await editorState(page, 'composer')).toBe(CAPTION);
  expect(await editorState(page, 'hiddenCopy')).toBe('');
  expect(await editorState(page, 'comment')).toBe('');
  await page.close();
});

test('TikTok: the panel appears inside the uploader frame once a video is chosen', async () => {
  const page = await harness.context.newPage();
  await page.goto('https://www.tiktok.com/tiktokstudio/upload');
  const studio = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
  await studio.getByRole('button', { name: 'Select video' }).waitFor();
  await page.waitForTimeout(400);
  expect(await panelIn(studio).count()).toBe(0);
  await studio.getByRole('button', { name: 'Select video' }).click();
  await expect.poll(() => panelIn(studio).count()).toBe(1);
  // The top page holds no composer, so no panel of its own.
  expect(await page.locator('sapa-panel').count()).toBe(0);
  await page.close();
});

test('TikTok Studio without its iframe: the uploader in the top document gets the panel and the text', async () => {
  const page = await harness.context.newPage();
  await page.goto('https://www.tiktok.com/tiktokstudio/upload?layout=inline');
  expect(await page.locator('iframe[data-tt="Upload_index_iframe"]').count()).toBe(0);
  await page.getByRole('button', { name: 'Select video' }).click();
  await expect.poll(() => panelIn(page).count()).toBe(1);
  await page.locator('.caption-editor .public-DraftEditor-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await insertThroughPanel(
    {
      scope: page,
      frame: () => page,
      editor: page.locator('.caption-editor .public-DraftEditor-content'),
      editorName: 'caption',
      publish: page.locator('button[data-e2e="post_video_button"]'),
      prefilled: 'bulan_buku_2026',
    },
    'Replace all',
  );
  expect(await editorState(page, 'caption')).toBe(CAPTION);
  await page.close();
});

test("TikTok's historic Creator Center address (/creator#/upload) gets the panel in its uploader frame", async () => {
  const page = await harness.context.newPage();
  await page.goto('https://www.tiktok.com/creator#/upload?scene=creator_center');
  const studio = page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
  await studio.getByRole('button', { name: 'Select video' }).click();
  await expect.poll(() => panelIn(studio).count()).toBe(1);
  await page.close();
});

test('an extension reload hands the page to the new version: one panel, no errors on the page', async () => {
  const page = await harness.context.newPage();
  await openComposer(page, 'x');
  await expect.poll(() => panelIn(page).count()).toBe(1);
  const errorsBefore = harness.consoleErrors.length;
  // The old copy's panel host, told apart from the one the new version mounts.
  await page.locator('[data-sapa="panel"]').evaluate((host) => host.setAttribute('data-old', ''));
  await reloadExtension(harness);
  // The old copy's panel goes; the background puts the new version in, with its own panel.
  await expect
    .poll(() => page.locator('[data-sapa="panel"][data-old]').count(), { timeout: 10_000 })
    .toBe(0);
  await expect
    .poll(() => page.locator('[data-sapa="panel"]:not([data-old])').count(), { timeout: 15_000 })
    .toBe(1);
  await expect.poll(() => panelIn(page).count(), { timeout: 10_000 }).toBe(1);
  // The page's own composer still works.
  await page.getByTestId('tweetTextarea_0').first().click();
  await page.keyboard.type('masih bisa');
  await expect.poll(() => editorState(page, 'inline')).toBe('masih bisa');
  await page.waitForTimeout(1500);
  expect(await page.locator('[data-sapa="panel"]').count()).toBe(1);
  expect(harness.consoleErrors.slice(errorsBefore)).toEqual([]);
  await page.close();
});
