import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorState, launch, readTable, type Harness } from './harness';
import { CAPTION, insertThroughPanel, status } from './panel-actions';
import { openComposer, panelIn, PLATFORM_IDS, type OpenComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

async function typeLines(composer: OpenComposer, lines: string[]) {
  await composer.editor.click();
  await composer.editor.press('ControlOrMeta+a');
  await composer.editor.press('Backspace');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await composer.editor.press('Enter');
    await composer.editor.pressSequentially(line, { delay: 15 });
  }
}

/** Brings the tab to the front and types `text` at the end of its composer. */
async function typeAtEnd(page: Page, composer: OpenComposer, text: string): Promise<void> {
  await page.bringToFront();
  await composer.editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** The texts of a platform's drafts not posted, those starting with `prefix`, sorted. */
async function unpostedTexts(platform: string, prefix: string): Promise<string[]> {
  return (await readTable(harness.background, 'drafts'))
    .filter((d) => d.platform === platform && d.status !== 'posted')
    .map((d) => d.text as string)
    .filter((text) => text.startsWith(prefix))
    .sort();
}

const DRAFT_LINES = ['Bedah buku "Laskar Pelangi" 📖', 'Sabtu, 10.00 di ruang baca anak'];
const DRAFT = DRAFT_LINES.join('\n');

describe.each(PLATFORM_IDS)('drafts on %s', (platform) => {
  test('typed text survives a reload and is restored into the editor', async () => {
    const page = await harness.context.newPage();
    let composer = await openComposer(page, platform);
    await typeLines(composer, DRAFT_LINES);
    await expect.poll(() => editorState(composer.frame(), composer.editorName)).toBe(DRAFT);
    // Saved at most about a second behind the typing.
    await expect
      .poll(
        () =>
          panelIn(composer.scope)
            .getByText(/Draft saved at/)
            .count(),
        { timeout: 3000 },
      )
      .toBe(1);

    composer = await openComposer(page, platform);
    const panel = panelIn(composer.scope);
    await expect.poll(() => panel.getByText('A draft you had not posted').count()).toBe(1);
    const offer = panel.getByRole('region', { name: 'A draft you had not posted' });
    expect(await offer.locator('.sapa-preview').textContent()).toBe(DRAFT);
    await panel.getByRole('button', { name: 'Restore draft' }).click();
    await expect.poll(() => status(panel)).toBe('Draft restored into the composer.');
    expect(await editorState(composer.frame(), composer.editorName)).toBe(DRAFT);
    await page.keyboard.type('!');
    await expect.poll(() => editorState(composer.frame(), composer.editorName)).toBe(`${DRAFT}!`);
    await page.close();
  });
});

test('a posted draft goes to the post log and is not offered again', async () => {
  const page = await harness.context.newPage();
  let composer = await openComposer(page, 'facebook');
  await insertThroughPanel(composer, 'Replace all');
  await composer.publish.click();
  await expect.poll(() => status(panelIn(page))).toBe('Posted on Facebook.');
  await expect
    .poll(async () => (await readTable(harness.background, 'postLog')).map((entry) => entry.text))
    .toContain(CAPTION);
  const drafts = await readTable(harness.background, 'drafts');
  expect(drafts.find((draft) => draft.text === CAPTION)?.status).toBe('posted');

  composer = await openComposer(page, 'facebook');
  await page.waitForTimeout(800);
  expect(await panelIn(page).getByText('A draft you had not posted').count()).toBe(0);
  await page.close();
});

/**
 * Every tab of a site has the same composer key (the fixture's, like the real sites' home
 * composer), so two tabs open at once meet the same drafts. Each tab's typing must stay in its
 * own draft: the second tab is offered the first one's draft and, typing without restoring it,
 * starts a draft of its own; the first tab goes on with its own draft, not the newest.
 */
test('two tabs of one site keep their own drafts', async () => {
  const first = await harness.context.newPage();
  const firstComposer = await openComposer(first, 'x');
  await typeLines(firstComposer, ['Tab pertama: pameran buku langka']);
  const firstPanel = panelIn(firstComposer.scope);
  await expect
    .poll(() => firstPanel.getByText(/Draft saved at/).count(), { timeout: 5000 })
    .toBe(1);

  const second = await harness.context.newPage();
  const secondComposer = await openComposer(second, 'x');
  const secondPanel = panelIn(secondComposer.scope);
  await expect.poll(() => secondPanel.getByText('A draft you had not posted').count()).toBe(1);
  await typeLines(secondComposer, ['Tab kedua: jam buka libur']);
  await expect
    .poll(() => secondPanel.getByText(/Draft saved at/).count(), { timeout: 5000 })
    .toBe(1);

  await typeAtEnd(first, firstComposer, ' hari ini');
  await expect
    .poll(() => editorState(firstComposer.frame(), firstComposer.editorName))
    .toBe('Tab pertama: pameran buku langka hari ini');

  await expect
    .poll(() => unpostedTexts('x', 'Tab '), { timeout: 5000 })
    .toEqual(['Tab kedua: jam buka libur', 'Tab pertama: pameran buku langka hari ini']);
  await first.close();
  await second.close();
});

test('two tabs opened before either is typed in keep their own drafts', async () => {
  // Both composers open first, so neither tab knows the other's draft when it starts typing.
  const first = await harness.context.newPage();
  const firstComposer = await openComposer(first, 'facebook');
  const second = await harness.context.newPage();
  const secondComposer = await openComposer(second, 'facebook');

  await first.bringToFront();
  await typeLines(firstComposer, ['Dua tab: lomba mewarnai anak']);
  await second.bringToFront();
  await typeLines(secondComposer, ['Dua tab: survei kepuasan pemustaka']);
  for (const composer of [firstComposer, secondComposer])
    await expect
      .poll(
        () =>
          panelIn(composer.scope)
            .getByText(/Draft saved at/)
            .count(),
        { timeout: 5000 },
      )
      .toBe(1);
  await typeAtEnd(first, firstComposer, ' Sabtu');

  await expect
    .poll(() => unpostedTexts('facebook', 'Dua tab: '), { timeout: 5000 })
    .toEqual(['Dua tab: lomba mewarnai anak Sabtu', 'Dua tab: survei kepuasan pemustaka']);
  await first.close();
  await second.close();
});
