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
