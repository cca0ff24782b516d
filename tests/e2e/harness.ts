import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { routeFixtures } from '../fixtures/serve';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found)
    throw new Error('Chromium not found: install Debian\'s "chromium" or set CHROME_PATH.');
  return found;
}

export interface Harness {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the built extension and the fixture sites. */
export async function launch(
  options: { headless?: boolean; locale?: string } = {},
): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'sapa-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  await routeFixtures(context);
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(background.url()).host;
  const consoleErrors: string[] = [];
  context.on('page', (page) => watchConsole(page, consoleErrors));
  return {
    context,
    background,
    extensionId,
    consoleErrors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
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

/** Reads one table of Sapa's database where it lives: the extension's origin. */
export function readTable(background: Worker, table: string): Promise<Record<string, unknown>[]> {
  return background.evaluate(
    (name) =>
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
