/**
 * The sites' own steps between the press and the post: TikTok Studio's "Continue to post?" /
 * "Post now" and its content-checks offer, Instagram's "Sharing…" in English and Indonesian
 * (docs/platforms.md, "Variants a library meets"). A post is recorded once, when the site shows
 * it went out, and the draft is marked posted only then.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { fixtureEvents, launch, readTable, type Harness } from './harness';
import { insertThroughPanel, status } from './panel-actions';
import { openComposer, openPanelWithoutRoom, type OpenComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const UPLOAD = 'https://www.tiktok.com/tiktokstudio/upload';

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const CHECK_BEFORE_POSTING = 'Check before posting';

/** This platform's post log entries whose text holds `marker`. */
async function postsWith(platform: string, marker: string) {
  const log = await readTable(harness.background, 'postLog');
  return log.filter((entry) => entry.platform === platform && String(entry.text).includes(marker));
}

async function draftStatus(platform: string, marker: string) {
  const drafts = await readTable(harness.background, 'drafts');
  return drafts.find((draft) => draft.platform === platform && String(draft.text).includes(marker))
    ?.status;
}

/** TikTok Studio's uploader with a video chosen, in its iframe or in the top document. */
async function openStudio(page: Page, query: string, inline: boolean): Promise<OpenComposer> {
  const layout = inline ? '&layout=inline' : '';
  await page.goto(`${UPLOAD}?${query}${layout}`);
  const scope: Page | FrameLocator = inline
    ? page
    : page.frameLocator('iframe[data-tt="Upload_index_iframe"]');
  await scope.getByRole('button', { name: 'Select video' }).click();
  return {
    scope,
    frame: () => (inline ? page : page.frames().find((frame) => frame.url().includes('frame=1'))!),
    editor: scope.locator('.caption-editor .public-DraftEditor-content'),
    editorName: 'caption',
    publish: scope.locator('button[data-e2e="post_video_button"]'),
    prefilled: 'bulan_buku_2026',
  };
}

describe('TikTok Studio: the site asks before it posts', () => {
  test('"Post anyway", then the site’s "Continue to post?" read for a while, then "Post now": no second check, one post recorded after the move', async () => {
    const page = await harness.context.newPage();
    // Studio's current layout, without its iframe (tiktok-uploader PR #160).
    const composer = await openStudio(page, 'checks=1', true);
    // The content-checks offer covers the form until it is answered; the person turns them on.
    const offer = composer.scope.getByRole('dialog', { name: 'Turn on automatic content checks?' });
    await offer.getByRole('button', { name: 'Turn on' }).click();
    const unfinished = 'Webinar literasi {{tanggal}} di Studio #LiterasiDigital';
    const panel = await insertThroughPanel(composer, 'Replace all', unfinished);
    await composer.publish.click();
    const gate = composer.scope.getByRole('alertdialog', { name: CHECK_BEFORE_POSTING });
    await gate.getByRole('button', { name: 'Post anyway' }).click();

    // The checks are still running: Studio asks before it posts.
    const question = composer.scope.getByRole('dialog', { name: 'Continue to post?' });
    await expect.poll(() => question.count()).toBe(1);
    expect(await status(panel)).toBe('Post noticed on TikTok.');
    await page.screenshot({ path: 'test-results/publish-flows-tiktok-continue.png' });
    // A person reads the question for longer than Sapa's quiet time.
    await page.waitForTimeout(16_500);
    expect(await status(panel)).toBe('Post noticed on TikTok.');
    expect(await postsWith('tiktok', '{{tanggal}} di Studio')).toEqual([]);
    expect(await draftStatus('tiktok', '{{tanggal}} di Studio')).not.toBe('posted');
    expect(await fixtureEvents(composer.frame())).toEqual([]);

    // "Post now" is the site's own button: never held, never a second notice.
    await question.getByRole('button', { name: 'Post now' }).click();
    expect(await gate.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/tiktokstudio/content');
    await expect
      .poll(() => postsWith('tiktok', '{{tanggal}} di Studio'), { timeout: 10_000 })
      .toHaveLength(1);
    const [entry] = await postsWith('tiktok', '{{tanggal}} di Studio');
    expect(entry?.override).toEqual({ ruleIds: expect.arrayContaining(['placeholders']) });
    expect(await draftStatus('tiktok', '{{tanggal}} di Studio')).toBe('posted');
    await page.waitForTimeout(1000);
    expect(await postsWith('tiktok', '{{tanggal}} di Studio')).toHaveLength(1);
    await page.close();
  });

  test('Cancel in the site’s question records nothing; the next Post is checked again, and the post is recorded once', async () => {
    const page = await harness.context.newPage();
    const composer = await openStudio(page, 'confirm=1', true);
    const first = 'Pojok baca anak dibuka Sabtu ini #PojokBaca';
    const panel = await insertThroughPanel(composer, 'Replace all', first);
    await composer.publish.click();
    const question = page.getByRole('dialog', { name: 'Continue to post?' });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await status(panel)).toBe('Post noticed on TikTok.');

    // Back at the form: a press with an unfinished caption is held again.
    await insertThroughPanel(composer, 'Replace all', 'Pojok baca anak {{jam}} #PojokBaca');
    await composer.publish.click();
    const gate = page.getByRole('alertdialog', { name: CHECK_BEFORE_POSTING });
    await expect.poll(() => gate.count()).toBe(1);
    await gate.getByRole('button', { name: 'Fix' }).click();
    const final = 'Pojok baca anak dibuka Sabtu pukul 09.00 #PojokBaca';
    await insertThroughPanel(composer, 'Replace all', final);
    await composer.publish.click();
    await question.getByRole('button', { name: 'Post now' }).click();
    await expect.poll(() => status(panel), { timeout: 10_000 }).toBe('Posted on TikTok.');

    await page.waitForTimeout(1000);
    const recorded = await postsWith('tiktok', 'Pojok baca anak');
    expect(recorded.map((entry) => entry.text)).toEqual([final]);
    expect(await draftStatus('tiktok', 'Sabtu pukul 09.00')).toBe('posted');
    await page.close();
  });
});

describe('Instagram: "Sharing…" is not yet a post', () => {
  test('the panel says "Posted" and the post is recorded only when Instagram says it was shared', async () => {
    const page = await harness.context.newPage();
    // A laptop window leaves no room beside Instagram's dialog: the person opens Sapa's tab.
    const composer = await openComposer(page, 'instagram', { query: '?sharing=4000' });
    const dialog = page.getByRole('dialog', { name: 'Create new post' });
    const caption = 'Klub buku remaja bertemu lagi Jumat sore #KlubBuku';
    const panel = await insertThroughPanel(composer, 'Replace all', caption);
    await composer.publish.click();

    // Sharing: the caption editor is gone, the dialog still open. The panel, opened over the
    // dialog, goes back to its tab beside it, so Instagram's answer is not covered.
    await expect.poll(() => dialog.getByRole('heading', { name: 'Sharing' }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: 'Show Sapa' }).count()).toBe(1);
    expect(overlaps((await panel.boundingBox())!, (await dialog.boundingBox())!)).toBe(false);
    await page.screenshot({ path: 'test-results/publish-flows-instagram-sharing.png' });
    for (let look = 0; look < 4; look += 1) {
      expect(await status(panel)).toBe('Post noticed on Instagram.');
      expect(await postsWith('instagram', 'Klub buku remaja')).toEqual([]);
      await page.waitForTimeout(500);
    }
    expect(await draftStatus('instagram', 'Klub buku remaja')).not.toBe('posted');

    await expect
      .poll(() => dialog.getByText('Your post has been shared.').count(), { timeout: 5000 })
      .toBe(1);
    await expect.poll(() => status(panel), { timeout: 5000 }).toBe('Posted on Instagram.');
    await expect.poll(() => postsWith('instagram', 'Klub buku remaja')).toHaveLength(1);
    expect(await draftStatus('instagram', 'Klub buku remaja')).toBe('posted');
    expect(overlaps((await panel.boundingBox())!, (await dialog.boundingBox())!)).toBe(false);
    await page.screenshot({ path: 'test-results/publish-flows-instagram-shared.png' });
    await page.close();
  });

  test('in Indonesian, a long "Membagikan" ends in "Postingan Anda telah dibagikan", recorded once', async () => {
    const page = await harness.context.newPage();
    await page.goto('https://www.instagram.com/?lang=id&sharing=17000');
    await page.getByRole('button', { name: /Buat/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Buat postingan baru' });
    const composer: OpenComposer = {
      scope: page,
      frame: () => page,
      editor: dialog.getByLabel('Tulis keterangan...'),
      editorName: 'caption',
      publish: dialog.getByRole('button', { name: 'Bagikan' }),
      prefilled: '',
    };
    await openPanelWithoutRoom(page);
    const caption = 'Reel tur perpustakaan untuk siswa baru #TurPerpustakaan';
    await insertThroughPanel(composer, 'Replace all', caption);
    await composer.publish.click();
    await expect.poll(() => dialog.getByRole('heading', { name: 'Membagikan' }).count()).toBe(1);
    // Longer than Sapa's quiet time, still sharing: nothing recorded yet.
    await page.waitForTimeout(16_000);
    expect(await dialog.getByRole('heading', { name: 'Membagikan' }).count()).toBe(1);
    expect(await postsWith('instagram', 'Reel tur perpustakaan')).toEqual([]);
    expect(await draftStatus('instagram', 'Reel tur perpustakaan')).not.toBe('posted');

    await expect
      .poll(() => dialog.getByText('Postingan Anda telah dibagikan.').count(), { timeout: 5000 })
      .toBe(1);
    await expect.poll(() => postsWith('instagram', 'Reel tur perpustakaan')).toHaveLength(1);
    expect(await draftStatus('instagram', 'Reel tur perpustakaan')).toBe('posted');
    await page.waitForTimeout(1000);
    expect(await postsWith('instagram', 'Reel tur perpustakaan')).toHaveLength(1);
    await page.close();
  });
});
