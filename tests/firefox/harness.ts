import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { fixtureResponse } from '../fixtures/serve';
import { findBrowser } from '../support/browsers';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');

/** Firefox where it is usually installed: `tests/support/browsers.ts`. */
export function firefoxPath(): string {
  return findBrowser('firefox');
}

/**
 * The add-on's internal address in the test profile, fixed (`extensions.webextensions.uuids`) so
 * the tests can open its pages; Firefox picks a random one otherwise.
 */
const EXTENSION_UUID = '5a9a7e57-0000-4000-8000-00000000da5b';
const GECKO_ID = 'sapa@perpustakaan.example';

export interface FirefoxHarness {
  browser: Browser;
  /** A new tab that answers the sites' addresses with the fixture pages (nothing else leaves). */
  newPage(): Promise<Page>;
  /** The dashboard at `hash` (e.g. `sync`) in a new tab, once it has loaded. */
  openDashboard(hash: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Firefox ESR over WebDriver BiDi with the built MV2 extension installed as a
 * temporary add-on (as about:debugging does), the UI in `locale`. The welcome the install opens
 * stays in its tab (Firefox's BiDi reports that tab as about:blank, so it cannot be told apart),
 * and the panels in these suites show the pointer to it, as on a new install.
 *
 * BiDi refuses to open an add-on's own pages (moz-extension:) unless Firefox is started with
 * `--remote-allow-system-access`. Optional permissions are granted without their prompt
 * (`extensions.webextOptionalPermissionPrompts`), which headless Firefox cannot show: the grant
 * itself is Firefox's own, so the background then reaches the server as it would after a click
 * on "Allow".
 */
export async function launchFirefox(options: { locale?: string } = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`,
    );
  }
  const locale = options.locale ?? 'en-US';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const tabsBefore = (await browser.pages()).length;
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  await welcomeTabOpened(browser, tabsBefore);
  return {
    browser,
    async newPage() {
      const page = await browser.newPage();
      // A tab in the background gets no animation frames, and inserting waits for one (the
      // editors re-render in a frame): the test's tab is the one in front, as a person's is.
      await page.bringToFront();
      await page.setViewport({ width: 1280, height: 720 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // Requests Sapa's own pages make (moz-extension:) are not the sites'; let them load.
        if (request.url().startsWith('moz-extension:')) return void request.continue();
        void fixtureResponse(request.url()).then((answer) =>
          answer
            ? request.respond({
                status: answer.status,
                headers: answer.headers,
                contentType: answer.headers['content-type'],
                body: typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body),
              })
            : request.abort('blockedbyclient'),
        );
      });
      return page;
    },
    async openDashboard(hash) {
      const page = await browser.newPage();
      await page.bringToFront();
      await page.setViewport({ width: 1280, height: 720 });
      const url = `moz-extension://${EXTENSION_UUID}/options.html#${hash}`;
      // BiDi reports no load for a page of the add-on's own (it loads in the add-on's process):
      // the navigation is left running and the page waited for by its address.
      page.goto(url).catch(() => undefined);
      await waitForAddress(page, url);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Waits until the tab shows `url`, fully loaded (for 20 s at most). */
async function waitForAddress(page: Page, url: string): Promise<void> {
  const started = Date.now();
  for (;;) {
    const loaded = await page
      .evaluate(() => document.readyState === 'complete' && location.href)
      .catch(() => false);
    if (loaded === url) return;
    if (Date.now() - started > 20_000) throw new Error(`${url} did not open: ${String(loaded)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The install opens the welcome in a new tab about 200 ms after the add-on is installed, and
 * that tab comes to the front: a test tab opened before it would be left in the background.
 * Waits for it (for 5 s at most: a profile where the welcome was done opens none).
 */
async function welcomeTabOpened(browser: Browser, tabsBefore: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 5000) {
    if ((await browser.pages()).length > tabsBefore) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sapa's panel (it lives in an open shadow root beside the composer). */
export function panel(frame: Page | Frame): Promise<ElementHandle<Element>> {
  return frame.waitForSelector('>>> aside[aria-label="Sapa"]', { timeout: 20_000 }) as Promise<
    ElementHandle<Element>
  >;
}

/** Reads an editor's own state (not its DOM) through the fixture page's reader. */
export function editorState(frame: Page | Frame, name: string): Promise<string> {
  return frame.evaluate((which) => {
    const read = window.__fixture?.readers[which];
    if (!read) throw new Error(`no editor named ${which} on this page`);
    return read();
  }, name);
}

export function fixtureEvents(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => window.__fixture?.events ?? []);
}
