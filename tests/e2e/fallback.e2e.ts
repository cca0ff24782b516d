import { afterAll, beforeAll, expect, test } from 'vitest';
import { editorState, launch, type Harness } from './harness';
import { CAPTION, insertThroughPanel } from './panel-actions';
import { openComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://x.com',
  });
});
afterAll(async () => {
  await harness?.close();
});

test('a composer that refuses every method gets the clipboard, and the person is told', async () => {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await page.goto('https://x.com/home?broken=1');
  const panel = await insertThroughPanel(composer, 'Insert at cursor', CAPTION, /clipboard/);
  expect(await panel.getByRole('status').textContent()).toContain('press Ctrl+V');
  // Nothing was written into the composer, and the text waits on the clipboard.
  expect(await editorState(page, 'inline')).toBe('');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CAPTION);
  await page.close();
});
