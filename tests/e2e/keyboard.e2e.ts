/**
 * The panel from the keyboard, on the four platforms, with the built extension: the browser
 * command opens the panel with the focus in its search, Escape takes the focus back to the
 * composer at the caret the person left (typing goes on there, in the editor's own state), and
 * the command pressed from inside the panel closes it.
 *
 * What this covers and what it does not: headless Chromium does not turn a key press into an
 * extension command (a CDP key event never reaches the browser's accelerators; tried with
 * Alt+Shift+S). So the test reads the binding the browser registered from the manifest
 * (`chrome.commands.getAll()`: Alt+Shift+S) and then fires the command through the browser's own
 * event, `chrome.commands.onCommand.dispatch`, in the service worker: every listener the
 * background registered runs, as for a real press, and the message goes to the tab's content
 * scripts. Only the step from the keys to the event is the browser's and untested here.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { editorState, launch, type Harness } from './harness';
import { openComposer, panelIn, PLATFORM_IDS, type OpenComposer } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

interface ChromeCommands {
  chrome: {
    commands: {
      getAll(): Promise<{ name?: string; shortcut?: string }[]>;
      onCommand: { dispatch(command: string, tab: unknown): void };
    };
    tabs: { query(q: { url: string }): Promise<{ id?: number; url?: string }[]> };
  };
}

/** The browser fires the panel command in the tab showing `page` (see the note above). */
async function pressCommand(page: Page): Promise<void> {
  const url = page.url().split('?')[0]!.split('#')[0]!;
  await harness.background.evaluate(async (address) => {
    const { chrome } = globalThis as unknown as ChromeCommands;
    const [tab] = await chrome.tabs.query({ url: `${address}*` });
    if (!tab) throw new Error(`no tab at ${address}`);
    chrome.commands.onCommand.dispatch('toggle-panel', tab);
  }, url);
}

/** Whether `locator`'s element has the focus (inside the panel's shadow root, or the page). */
function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el);
}

async function typeIntoComposer(composer: OpenComposer, text: string) {
  await composer.editor.click();
  await composer.editor.press('ControlOrMeta+a');
  await composer.editor.press('Backspace');
  await composer.editor.pressSequentially(text, { delay: 15 });
}

const state = (composer: OpenComposer) => editorState(composer.frame(), composer.editorName);

test('the browser registered the command with its default keys', async () => {
  const commands = await harness.background.evaluate(() =>
    (globalThis as unknown as ChromeCommands).chrome.commands.getAll(),
  );
  expect(commands).toContainEqual(
    expect.objectContaining({ name: 'toggle-panel', shortcut: 'Alt+Shift+S' }),
  );
});

describe.each(PLATFORM_IDS)('the keyboard command on %s', (platform) => {
  test('opens the panel in its search; Escape goes back to the caret; again closes it', async () => {
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const composer = await openComposer(page, platform);
    const panel = panelIn(composer.scope);
    const search = panel.getByRole('searchbox', { name: 'Search templates' });
    const showTab = composer.scope.getByRole('button', { name: 'Show Sapa' });
    await typeIntoComposer(composer, 'Halo perpustakaan');
    await expect.poll(() => state(composer)).toBe('Halo perpustakaan');
    // The person hides the panel, then puts the caret after "Halo " in the composer.
    await panel.getByRole('button', { name: 'Hide Sapa' }).click();
    await expect.poll(() => showTab.count()).toBe(1);
    await composer.editor.click();
    await composer.editor.press('End');
    for (let i = 0; i < 12; i += 1) await composer.editor.press('ArrowLeft');

    await pressCommand(page);
    await expect.poll(() => search.count()).toBe(1);
    await expect.poll(() => focused(search)).toBe(true);
    await page.keyboard.type('webinar');
    await expect.poll(() => search.inputValue()).toBe('webinar');
    await page.screenshot({ path: `test-results/keyboard-command-${platform}.png` });

    await page.keyboard.press('Escape');
    await expect.poll(() => focused(composer.editor)).toBe(true);
    await page.keyboard.type('X', { delay: 15 });
    await expect.poll(() => state(composer)).toBe('Halo Xperpustakaan');

    // From the composer the command puts the focus in the search again; from the panel it closes.
    await pressCommand(page);
    await expect.poll(() => focused(search)).toBe(true);
    await pressCommand(page);
    await expect.poll(() => showTab.count()).toBe(1);
    await expect.poll(() => focused(composer.editor)).toBe(true);
    await page.keyboard.type('Y', { delay: 15 });
    await expect.poll(() => state(composer)).toBe('Halo XYperpustakaan');
    await page.close();
  });
});
