/**
 * Where the tests, the demo and the asset scripts look for a browser, on Linux, macOS and
 * Windows. `CHROME_PATH` / `FIREFOX_PATH` always win.
 *
 * Chromium-family candidates put Chromium and Chrome for Testing first: Google Chrome's stable
 * builds ignore `--load-extension` since version 137, so they cannot load the unpacked build
 * (they stay in the list last, for an older Chrome, and the error below says what to install).
 * Playwright's own download (`npx playwright install chromium`) is found in its cache.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type BrowserFamily = 'chromium' | 'firefox';

export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

function windowsRoots(env: BrowserSearch['env']): string[] {
  return [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(
    (root): root is string => !!root,
  );
}

/** Playwright's cache folder on each system (its `PLAYWRIGHT_BROWSERS_PATH` when set). */
export function playwrightCache(search: BrowserSearch): string {
  if (search.env.PLAYWRIGHT_BROWSERS_PATH) return search.env.PLAYWRIGHT_BROWSERS_PATH;
  if (search.platform === 'darwin') return join(search.home, 'Library', 'Caches', 'ms-playwright');
  if (search.platform === 'win32')
    return join(search.env.LOCALAPPDATA ?? join(search.home, 'AppData', 'Local'), 'ms-playwright');
  return join(search.home, '.cache', 'ms-playwright');
}

/** The executable inside one of Playwright's `chromium-NNNN` folders. */
function playwrightChromium(folder: string, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin')
    return ['chrome-mac', 'chrome-mac-arm64', 'chrome-mac-x64'].map((dir) =>
      join(folder, dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
    );
  if (platform === 'win32') return [join(folder, 'chrome-win', 'chrome.exe')];
  return [join(folder, 'chrome-linux', 'chrome'), join(folder, 'chrome-linux64', 'chrome')];
}

/** The usual install places, best first; `cached` lists Playwright's `chromium-*` folders. */
export function browserCandidates(
  family: BrowserFamily,
  search: BrowserSearch,
  cached: readonly string[] = [],
): string[] {
  const { platform, env } = search;
  const chosen = family === 'chromium' ? env.CHROME_PATH : env.FIREFOX_PATH;
  const own = chosen ? [chosen] : [];
  if (family === 'firefox') {
    if (platform === 'darwin') return [...own, '/Applications/Firefox.app/Contents/MacOS/firefox'];
    if (platform === 'win32')
      return [
        ...own,
        ...windowsRoots(env).map((root) => join(root, 'Mozilla Firefox', 'firefox.exe')),
      ];
    return [...own, '/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'];
  }
  const fromPlaywright = [...cached]
    .sort()
    .reverse()
    .flatMap((folder) => playwrightChromium(folder, platform));
  if (platform === 'darwin')
    return [
      ...own,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      ...fromPlaywright,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32') {
    const roots = windowsRoots(env);
    return [
      ...own,
      ...roots.map((root) => join(root, 'Chromium', 'Application', 'chrome.exe')),
      ...fromPlaywright,
      ...roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    ...own,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    ...fromPlaywright,
    '/usr/bin/google-chrome',
  ];
}

const INSTALL_HINT: Record<BrowserFamily, string> = {
  chromium:
    'Chromium not found: install Chromium (Debian/Ubuntu: "chromium"; or `npx playwright install chromium`) or set CHROME_PATH. Google Chrome 137 and later cannot load an unpacked extension from the command line.',
  firefox:
    'Firefox not found: install Firefox (Debian: "firefox-esr") or set FIREFOX_PATH to its executable.',
};

function cachedChromiums(search: BrowserSearch): string[] {
  const cache = playwrightCache(search);
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => /^chromium-\d+$/.test(name))
    .map((name) => join(cache, name));
}

/** The first candidate that exists on this machine, or an error saying what to install. */
export function findBrowser(family: BrowserFamily): string {
  const search: BrowserSearch = { platform: process.platform, env: process.env, home: homedir() };
  const cached = family === 'chromium' ? cachedChromiums(search) : [];
  const found = browserCandidates(family, search, cached).find((path) => existsSync(path));
  if (!found) throw new Error(INSTALL_HINT[family]);
  return found;
}
