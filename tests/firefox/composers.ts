import type { ElementHandle, Page } from 'puppeteer-core';
import { FIXTURE_URLS } from '../fixtures/serve';
import { editorState, panel } from './harness';

/** The composers the Firefox tests drive: X's inline box (Draft.js), Facebook's dialog (Lexical). */
export type FirefoxPlatform = 'x' | 'facebook';

export interface FirefoxComposer {
  page: Page;
  /** The editor element (the composer's text box). */
  editor: string;
  /** The fixture's name for the editor, to read its own state. */
  editorName: string;
  publish: string;
  panel: ElementHandle<Element>;
}

const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;
/** A selector inside Sapa's panel (an open shadow root): `>>>` pierces it. */
export const inPanel = (role: string, name: string) => `>>> ${aria(role, name)}`;

const OPEN: Record<FirefoxPlatform, (page: Page) => Promise<Omit<FirefoxComposer, 'panel'>>> = {
  async x(page) {
    return {
      page,
      editor: '[data-composer="inline"] [data-testid="tweetTextarea_0"]',
      editorName: 'inline',
      publish: '[data-testid="tweetButtonInline"]',
    };
  },
  async facebook(page) {
    await page.click(`::-p-text(What's on your mind)`);
    const dialog = 'div[role="dialog"][aria-label="Create post"]:not([aria-hidden] *)';
    await page.waitForSelector(`${dialog} [data-lexical-editor="true"]`);
    return {
      page,
      editor: `${dialog} [data-lexical-editor="true"]`,
      editorName: 'composer',
      publish: `${dialog} div[role="button"][aria-label="Post"]`,
    };
  },
};

export async function openComposer(
  page: Page,
  platform: FirefoxPlatform,
): Promise<FirefoxComposer> {
  await page.goto(FIXTURE_URLS[platform]);
  const composer = await OPEN[platform](page);
  return { ...composer, panel: await panel(page) };
}

export const state = (composer: FirefoxComposer) => editorState(composer.page, composer.editorName);

/** The panel's status line (what it says after an insert, a post, a restore). */
export function status(composer: FirefoxComposer): Promise<string> {
  return composer.page.$eval(
    '>>> aside[aria-label="Sapa"] [role="status"]',
    (element) => element.textContent ?? '',
  );
}

/** Polls until `read` gives a value `accept` takes, or fails with the last value seen. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 5000,
): Promise<T> {
  const started = Date.now();
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`gave up waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

/** Empties the composer as a person would: select all, delete. */
export async function clearComposer(composer: FirefoxComposer): Promise<void> {
  await composer.page.click(composer.editor);
  await composer.page.keyboard.down('Control');
  await composer.page.keyboard.press('a');
  await composer.page.keyboard.up('Control');
  await composer.page.keyboard.press('Backspace');
  await waitFor(
    () => state(composer),
    (text) => text === '',
  );
}

/** Types a caption into Sapa's panel and presses one of its insert buttons. */
export async function insertThroughPanel(
  composer: FirefoxComposer,
  button: 'Insert at cursor' | 'Replace all',
  caption: string,
): Promise<string> {
  const field = await composer.page.waitForSelector(inPanel('textbox', 'Caption'));
  await field!.click({ count: 3 });
  await field!.evaluate((element) => {
    (element as HTMLTextAreaElement).select();
  });
  await composer.page.keyboard.press('Backspace');
  await composer.page.keyboard.type(caption);
  await composer.page.click(inPanel('button', button));
  try {
    return await waitFor(
      () => status(composer),
      (text) => /Inserted into the|clipboard/.test(text),
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; ${await whatThePanelShows(composer, button)}`);
  }
}

/** What a person would have seen when an insert said nothing: to tell a missed click from a hang. */
async function whatThePanelShows(composer: FirefoxComposer, button: string): Promise<string> {
  const { page } = composer;
  await page.screenshot({ path: 'test-results/firefox-insert-silent.png' }).catch(() => undefined);
  const caption = await page.$eval(
    inPanel('textbox', 'Caption'),
    (field) => (field as HTMLTextAreaElement).value,
  );
  const disabled = await page.$eval(
    inPanel('button', button),
    (element) => (element as HTMLButtonElement).disabled,
  );
  const panelText = await page.$eval('>>> aside[aria-label="Sapa"]', (el) => el.textContent);
  const tabs = (await page.browser().pages()).length;
  return `caption field ${JSON.stringify(caption)}, "${button}" disabled: ${disabled}, editor ${JSON.stringify(await state(composer))}, tabs open: ${tabs}, panel says: ${panelText}`;
}
