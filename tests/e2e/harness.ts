import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { routeFixtures } from '../fixtures/serve';
import { findBrowser } from '../support/browsers';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Chromium (or Chrome for Testing) where it is usually installed: `tests/support/browsers.ts`. */
export function chromiumPath(): string {
  return findBrowser('chromium');
}

export interface Harness {
  context: BrowserContext;
  /** The welcome tab the install opened, when `launch({ welcome: 'keep' })`. */
  welcome: Page | null;
  background: Worker;
  extensionId: string;
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the built extension and the fixture sites. */
export async function launch(
  options: {
    headless?: boolean;
    locale?: string;
    /**
     * `'keep'`: leave the welcome the install opens, for the test of it. Otherwise the library
     * is one in use: its welcome is finished (so the panel does not point to it) and the tab closed.
     */
    welcome?: 'keep' | 'finished';
    /** The pages' time zone (e.g. 'Asia/Jakarta'); the machine's own when absent. */
    timezoneId?: string;
    /** Another copy of the built extension (a fault script's changed manifest). */
    extensionDir?: string;
    /** Also listen for CDP on this port (a fault script's own client, beside Playwright's). */
    debuggingPort?: number;
  } = {},
): Promise<Harness> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'sapa-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
      // CDP's Extensions domain: reloading the unpacked extension as an update (reloadExtension).
      '--enable-unsafe-extension-debugging',
      ...(options.debuggingPort ? [`--remote-debugging-port=${options.debuggingPort}`] : []),
    ],
  });
  await routeFixtures(context);
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  const consoleErrors: string[] = [];
  context.on('page', (page) => watchConsole(page, consoleErrors));
  const welcome = await welcomeTab(context, extensionId);
  watchConsole(welcome, consoleErrors);
  if (options.welcome !== 'keep') await finishWelcomeQuietly(welcome);
  return {
    context,
    background,
    extensionId,
    consoleErrors,
    welcome: options.welcome === 'keep' ? welcome : null,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The dashboard's welcome, which Sapa opens in a tab when it is installed. */
async function welcomeTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const isWelcome = (page: Page) =>
    page.url() === `chrome-extension://${extensionId}/options.html#welcome`;
  // Polled: the tab is created before it has navigated, so a 'page' event sees about:blank.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = context.pages().find(isWelcome);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('Sapa did not open its welcome when it was installed.');
}

/**
 * Marks the welcome finished as a library in use would have it, without changing the brand kit
 * or the starters the tests expect, then closes its tab. Written once the welcome has rendered
 * (the dashboard has opened the database at its current version).
 */
async function finishWelcomeQuietly(welcome: Page): Promise<void> {
  await welcome.getByRole('heading', { level: 2 }).first().waitFor();
  await welcome.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sapa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const done = { status: 'done', at: Date.now(), platforms: [] };
          const write = open.result.transaction('settings', 'readwrite');
          write.objectStore('settings').put({ key: 'welcome', value: done });
          write.oncomplete = () => {
            open.result.close();
            resolve();
          };
          write.onerror = () => reject(write.error);
        };
      }),
  );
  await welcome.close();
}

function watchConsole(page: Page, errors: string[]) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
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

/**
 * The texts the fixture site posted, in order: what its own editor state held at the press
 * (events `posted:<composer>:<text>`).
 */
export async function postedTexts(frame: Page | Frame): Promise<string[]> {
  const events = await fixtureEvents(frame);
  return events.flatMap((event) => /^posted:[^:]*:([\s\S]*)$/.exec(event)?.slice(1) ?? []);
}

/**
 * Reads one table of Sapa's database where it lives: the extension's origin (the background, or
 * an extension page when the background may be stopped).
 */
export function readTable(
  background: Worker | Page,
  table: string,
): Promise<Record<string, unknown>[]> {
  // Worker and Page both evaluate in the extension's origin; their overloads do not unite.
  return (background as Worker).evaluate(
    (name: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('sapa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Puts rows into one table of Sapa's database in the extension's origin, as they would be after
 * use (the demo's post log). Rows are written as given: they must have the table's shape.
 */
export function writeRows(
  background: Worker | Page,
  table: string,
  rows: readonly object[],
): Promise<void> {
  return (background as Worker).evaluate(
    ({ name, values }: { name: string; values: object[] }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sapa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const value of values) tx.objectStore(name).put(value);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: table, values: [...rows] },
  );
}

/**
 * Headless Chromium cannot show the "allow this site" prompt: a `permissions.request` stays
 * pending for ever. These answer it as a person who presses Allow would, in a dashboard page
 * (`request`) and in the service worker (`contains`, which the background checks before a fetch).
 */
export async function grantOriginRequests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const api = globalThis as unknown as {
      chrome: { permissions: { request: () => Promise<boolean> } };
    };
    api.chrome.permissions.request = () => Promise.resolve(true);
  });
}

export async function grantOriginChecks(background: Worker): Promise<void> {
  await background.evaluate(() => {
    const api = globalThis as unknown as {
      chrome: { permissions: { contains: () => Promise<boolean> } };
    };
    api.chrome.permissions.contains = () => Promise.resolve(true);
  });
}

/**
 * Reloads the extension as an update does and returns the new version's service worker; Chromium
 * fires `runtime.onInstalled` with reason "update" for it. Chromium disables an extension loaded
 * with `--load-extension` when it reloads itself (`chrome.runtime.reload()`), so the unpacked
 * directory is loaded again through CDP (`Extensions.loadUnpacked`, same path, same id), as
 * "Load unpacked" and an update do; `runtime.reload()` is the fallback.
 */
export async function reloadExtension(harness: Harness): Promise<Worker> {
  const previous = harness.background;
  const next = harness.context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => null);
  const browser = harness.context.browser();
  let reloaded = false;
  if (browser) {
    const cdp = await browser.newBrowserCDPSession();
    reloaded = await cdp
      .send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)
      .then(() => true)
      .catch(() => false);
    await cdp.detach().catch(() => undefined);
  }
  if (!reloaded)
    await previous
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined);
  const worker = (await next) ?? harness.context.serviceWorkers().at(-1) ?? previous;
  harness.background = worker;
  return worker;
}

/**
 * Stops the extension's service worker at once, as Chromium does when it is idle or under
 * memory pressure: CDP's `ServiceWorker.stopWorker` from a session on one of the extension's own
 * pages (a web page's session does not reach the extension's worker). A message to it starts it
 * again. Returns the stopper and the page it keeps open.
 */
export async function serviceWorkerStopper(
  harness: Harness,
): Promise<{ stop: () => Promise<void>; page: Page }> {
  const page = await extensionPage(harness);
  const cdp = await harness.context.newCDPSession(page);
  const running = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      if (version.runningStatus === 'stopped') running.delete(version.versionId);
      else running.add(version.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    page,
    async stop() {
      if (running.size === 0) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        return;
      }
      await Promise.all(
        [...running].map((versionId) => cdp.send('ServiceWorker.stopWorker', { versionId })),
      );
    },
  };
}

/** An extension page (the dashboard) to read the database from while the worker may be stopped. */
export async function extensionPage(harness: Harness): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html`);
  return page;
}

/**
 * Lets the extension read a server that sends no CORS headers (the local SLiMS, like a real
 * SLiMS) as it would once the person granted its origin: Chromium lets an extension with the
 * host permission read such a site, but headless Chromium cannot show the permission prompt
 * (`grantOriginRequests`/`grantOriginChecks` answer the API calls), so the browser never holds
 * the grant. The requests go through Playwright's routing instead, which hands the server's own
 * answer back unchanged (status, headers and bytes; no CORS header is added).
 */
export async function passThroughOrigin(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response });
    } catch (error) {
      // A request still under way when the test closed the browser has nobody to answer
      // ("Fetch response has been disposed", "Target page, context or browser has been closed").
      if (!/disposed|has been closed/.test(String(error))) throw error;
    }
  });
}
