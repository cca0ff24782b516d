/** Where the tests and the demo look for a browser on each system (`tests/support/browsers.ts`). */
import { describe, expect, it } from 'vitest';
import { browserCandidates, playwrightCache, type BrowserSearch } from '../support/browsers';

const linux: BrowserSearch = { platform: 'linux', env: {}, home: '/home/ani' };
const mac: BrowserSearch = { platform: 'darwin', env: {}, home: '/Users/ani' };
const windows: BrowserSearch = {
  platform: 'win32',
  env: { LOCALAPPDATA: 'C:\\Users\\ani\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' },
  home: 'C:\\Users\\ani',
};

describe('browser candidates', () => {
  it('puts the path the person set first', () => {
    const search = { ...linux, env: { CHROME_PATH: '/opt/chromium/chrome' } };
    expect(browserCandidates('chromium', search)[0]).toBe('/opt/chromium/chrome');
    const firefox = { ...mac, env: { FIREFOX_PATH: '/opt/ff/firefox' } };
    expect(browserCandidates('firefox', firefox)[0]).toBe('/opt/ff/firefox');
  });

  it('on Linux looks for Debian’s Chromium before Google Chrome, which cannot load the build', () => {
    const found = browserCandidates('chromium', linux);
    expect(found[0]).toBe('/usr/bin/chromium');
    expect(found.at(-1)).toBe('/usr/bin/google-chrome');
    expect(browserCandidates('firefox', linux)[0]).toBe('/usr/bin/firefox-esr');
  });

  it('on macOS looks in Applications', () => {
    expect(browserCandidates('chromium', mac)[0]).toBe(
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
    expect(browserCandidates('firefox', mac)).toEqual([
      '/Applications/Firefox.app/Contents/MacOS/firefox',
    ]);
  });

  it('on Windows looks under the program folders', () => {
    const chromium = browserCandidates('chromium', windows);
    expect(chromium.some((path) => path.includes('Chromium') && path.endsWith('chrome.exe'))).toBe(
      true,
    );
    expect(browserCandidates('firefox', windows).every((p) => p.endsWith('firefox.exe'))).toBe(
      true,
    );
  });

  it('finds Playwright’s newest Chromium download before Google Chrome', () => {
    const cache = playwrightCache(linux);
    expect(cache).toBe('/home/ani/.cache/ms-playwright');
    const found = browserCandidates('chromium', linux, [
      `${cache}/chromium-1100`,
      `${cache}/chromium-1200`,
    ]);
    const newest = found.indexOf(`${cache}/chromium-1200/chrome-linux/chrome`);
    const older = found.indexOf(`${cache}/chromium-1100/chrome-linux/chrome`);
    expect(newest).toBeGreaterThan(found.indexOf('/usr/bin/chromium'));
    expect(newest).toBeLessThan(older);
    expect(older).toBeLessThan(found.indexOf('/usr/bin/google-chrome'));
  });
});
