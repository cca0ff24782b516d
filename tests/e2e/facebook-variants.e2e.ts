import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorState, fixtureEvents, launch, readTable, type Harness } from './harness';
import { CAPTION, insertThroughPanel, status } from './panel-actions';
import { openFacebookVariant, panelIn } from './platforms';

/*
 * Facebook's composer variants and the Lexical boxes that are not composers
 * (tests/fixtures/src/facebook.tsx; evidence in docs/platforms.md).
 */

// A webinar announcement with its template placeholders still in it: a blocking failure.
const UNFINISHED = 'Webinar literasi digital {{tanggal}}\nDaftar di [LINK] #LiterasiDigital';
// One finished caption per test: the post log is shared by the whole file.
const PAGE_CAPTION = CAPTION.replace('Sabtu', 'Minggu');
const KIRIM_CAPTION = CAPTION.replace('Sabtu', 'Jumat');

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const drafts = () => readTable(harness.background, 'drafts');
const postLog = () => readTable(harness.background, 'postLog');

/** The gate's dialog, wherever it is. */
const gateDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Check before posting' });

/** Waits past the draft keeper's autosave (at most about a second behind typing). */
const pastAutosave = (page: Page) => page.waitForTimeout(1800);

describe('Facebook boxes that are not composers', () => {
  test('a comment box under a feed post: Enter sends it untouched; no panel, no gate, no draft', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.facebook.com/');
    const comment = page.getByRole('textbox', { name: 'Write a comment…' });
    await comment.click();
    // A comment with a placeholder in it would be held if Sapa took the box for a composer.
    await page.keyboard.type('Kapan {{tanggal}} buka? #tanya');
    await pastAutosave(page);
    expect(await panelIn(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fixtureEvents(page))
      .toEqual(['commented:comment:Kapan {{tanggal}} buka? #tanya']);
    expect(await editorState(page, 'comment')).toBe('');
    expect(await gateDialog(page).count()).toBe(0);
    expect(await panelIn(page).count()).toBe(0);
    expect((await drafts()).filter((d) => String(d.text).includes('Kapan'))).toEqual([]);
    await page.close();
  });

  test('a comment box on a group page, in Indonesian: not a composer', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.facebook.com/groups/sahabat.perpustakaan/?lang=id');
    await page.getByRole('textbox', { name: 'Tulis komentar publik…' }).click();
    await page.keyboard.type('Saya ikut {{nama}}');
    await pastAutosave(page);
    expect(await panelIn(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fixtureEvents(page))
      .toEqual(['commented:groupComment:Saya ikut {{nama}}']);
    expect(await gateDialog(page).count()).toBe(0);
    expect((await drafts()).filter((d) => String(d.text).includes('Saya ikut'))).toEqual([]);
    await page.close();
  });

  test('a Messenger chat box (in a dialog): Enter sends it; no panel, no draft', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: 'Budi Santoso' }).click();
    const chat = page.getByRole('dialog', { name: 'Budi Santoso' });
    await chat.getByRole('textbox').click();
    await page.keyboard.type('Halo, bukunya sudah bisa diambil {{besok}}');
    await pastAutosave(page);
    expect(await panelIn(page).count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fixtureEvents(page))
      .toEqual(['sent:chat:Halo, bukunya sudah bisa diambil {{besok}}']);
    expect(await gateDialog(page).count()).toBe(0);
    expect((await drafts()).filter((d) => String(d.text).includes('Halo'))).toEqual([]);
    await page.close();
  });
});

describe('a Facebook group’s inline composer', () => {
  test('gets the panel and drafts; the gate holds Posting; a fixed post is confirmed once', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'group', { lang: 'id' });
    const panel = panelIn(page);
    await panel.waitFor();
    // At laptop sizes, for a look at where the panel docks beside an inline composer.
    for (const [width, height] of [
      [1280, 720],
      [1366, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `test-results/facebook-group-inline-${width}.png` });
    }

    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    expect(await editorState(page, 'group')).toBe(UNFINISHED);
    await expect
      .poll(async () => (await drafts()).find((d) => d.text === UNFINISHED)?.composerKey)
      .toBe('facebook:page:composer');

    await composer.publish.click();
    await expect.poll(() => gateDialog(page).count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await fixtureEvents(page)).toEqual([]);
    await gateDialog(page).getByRole('button', { name: 'Fix' }).click();

    await insertThroughPanel(composer, 'Replace all', CAPTION);
    await composer.publish.click();
    await expect.poll(() => fixtureEvents(page)).toEqual([`posted:group:${CAPTION}`]);
    await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('Posted on Facebook.');
    // The trigger is back and the draft is marked posted, with one entry in the post log.
    await page.getByRole('button', { name: 'Tulis sesuatu...' }).waitFor();
    await expect
      .poll(async () => (await drafts()).find((d) => d.text === CAPTION)?.status)
      .toBe('posted');
    expect((await postLog()).filter((entry) => entry.text === CAPTION)).toHaveLength(1);
    await page.close();
  });

  test('Ctrl+Enter in the group composer counts as a press of its Post button', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'group');
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.editor.press('Control+Enter');
    await expect.poll(() => gateDialog(page).count()).toBe(1);
    expect(await fixtureEvents(page)).toEqual([]);
    await page.close();
  });
});

describe('posting as a Facebook Page: Next, then Post on "Post settings"', () => {
  test('the gate decides at Next; the Post on the next step is not checked again; one record', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'page');
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.publish.click();
    await expect.poll(() => gateDialog(page).count()).toBe(1);
    // The site never saw the press: still on the first step.
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog', { name: 'Post settings' }).count()).toBe(0);
    await gateDialog(page).getByRole('button', { name: 'Fix' }).click();

    await insertThroughPanel(composer, 'Replace all', PAGE_CAPTION);
    await composer.publish.click();
    const settings = page.getByRole('dialog', { name: 'Post settings' });
    await settings.waitFor();
    expect(await gateDialog(page).count()).toBe(0);
    await settings.getByRole('button', { name: 'Post', exact: true }).click();
    await expect.poll(() => fixtureEvents(page)).toEqual([`posted:composer:${PAGE_CAPTION}`]);
    expect(await gateDialog(page).count()).toBe(0);
    await expect
      .poll(async () => (await drafts()).find((d) => d.text === PAGE_CAPTION)?.status, {
        timeout: 10_000,
      })
      .toBe('posted');
    // Recorded once, with the caption of the first press.
    await page.waitForTimeout(1000);
    expect((await postLog()).filter((entry) => entry.text === PAGE_CAPTION)).toHaveLength(1);
    await page.close();
  });

  test('in Indonesian, "Post anyway" at Berikutnya goes on to Posting and records the override once', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'page', { lang: 'id' });
    const text = UNFINISHED.replace('digital', 'anak');
    await insertThroughPanel(composer, 'Replace all', text);
    await composer.publish.click();
    await gateDialog(page).getByRole('button', { name: 'Post anyway' }).click();
    const settings = page.getByRole('dialog', { name: 'Pengaturan postingan' });
    await settings.waitFor();
    await settings.getByRole('button', { name: 'Posting', exact: true }).click();
    await expect.poll(() => fixtureEvents(page)).toEqual([`posted:composer:${text}`]);
    await expect
      .poll(async () => (await postLog()).filter((entry) => entry.text === text), {
        timeout: 10_000,
      })
      .toEqual([expect.objectContaining({ override: { ruleIds: ['placeholders'] } })]);
    await page.waitForTimeout(1000);
    expect((await postLog()).filter((entry) => entry.text === text)).toHaveLength(1);
    await page.close();
  });

  test('Back from "Post settings" and a changed caption: the next Next is checked again', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'page');
    await insertThroughPanel(composer, 'Replace all', 'Jam buka baru mulai Senin #Perpustakaan');
    await composer.publish.click();
    await page
      .getByRole('dialog', { name: 'Post settings' })
      .getByRole('button', { name: 'Back' })
      .click();
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.publish.click();
    await expect.poll(() => gateDialog(page).count()).toBe(1);
    expect(await page.getByRole('dialog', { name: 'Post settings' }).count()).toBe(0);
    await page.close();
  });
});

describe('the Indonesian Create post dialog', () => {
  test('"Buat postingan" with a Post button labelled "Kirim": panel, gate and confirmation', async () => {
    const page = await harness.context.newPage();
    const composer = await openFacebookVariant(page, 'dialog', { lang: 'id', post: 'kirim' });
    await insertThroughPanel(composer, 'Replace all', UNFINISHED);
    await composer.publish.click();
    await expect.poll(() => gateDialog(page).count()).toBe(1);
    await gateDialog(page).getByRole('button', { name: 'Fix' }).click();
    const panel = await insertThroughPanel(composer, 'Replace all', KIRIM_CAPTION);
    await composer.publish.click();
    await expect.poll(() => fixtureEvents(page)).toEqual([`posted:composer:${KIRIM_CAPTION}`]);
    await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('Posted on Facebook.');
    await page.close();
  });
});
