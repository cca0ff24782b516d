import { describe, expect, it } from 'vitest';
import { reinjectContentScripts, reinjectsOn, type ReinjectApis } from './reinject';

const manifest = {
  content_scripts: [
    {
      matches: ['https://x.com/*', 'https://www.tiktok.com/*'],
      js: ['content-scripts/composer.js'],
      all_frames: true,
    },
  ],
};

function fakeApis(overrides: Partial<ReinjectApis> = {}) {
  const calls: unknown[] = [];
  const queries: unknown[] = [];
  const apis: ReinjectApis = {
    manifest,
    tabs: {
      async query(query) {
        queries.push(query);
        return [{ id: 1 }, { id: 2, discarded: true }, { id: 3 }, {}];
      },
      async executeScript(tabId, details) {
        calls.push(['tabs', tabId, details]);
      },
    },
    scripting: {
      async executeScript(injection) {
        calls.push(['scripting', injection]);
        if (injection.target.tabId === 3) throw new Error('Frame with ID 0 is showing error page');
      },
    },
    injectsItself: false,
    ...overrides,
  };
  return { apis, calls, queries };
}

describe('putting the content script into tabs open at install or update', () => {
  it('runs on install and update, not on a browser update', () => {
    expect(reinjectsOn('install')).toBe(true);
    expect(reinjectsOn('update')).toBe(true);
    expect(reinjectsOn('chrome_update')).toBe(false);
    expect(reinjectsOn('shared_module_update')).toBe(false);
  });

  it('injects the built file into every frame of the open tabs on the sites, not discarded ones', async () => {
    const { apis, calls, queries } = fakeApis();
    expect(await reinjectContentScripts(apis)).toBe(1);
    expect(queries).toEqual([{ url: manifest.content_scripts[0]!.matches }]);
    expect(calls).toEqual([
      [
        'scripting',
        { target: { tabId: 1, allFrames: true }, files: ['content-scripts/composer.js'] },
      ],
      [
        'scripting',
        { target: { tabId: 3, allFrames: true }, files: ['content-scripts/composer.js'] },
      ],
    ]);
  });

  it('uses tabs.executeScript where the scripting API is missing (Manifest V2)', async () => {
    const { apis, calls } = fakeApis({ scripting: undefined });
    expect(await reinjectContentScripts(apis)).toBe(2);
    expect(calls).toEqual([
      ['tabs', 1, { file: 'content-scripts/composer.js', allFrames: true }],
      ['tabs', 3, { file: 'content-scripts/composer.js', allFrames: true }],
    ]);
  });

  it('leaves the tabs alone where the browser injects by itself (Firefox)', async () => {
    const { apis, calls, queries } = fakeApis({ injectsItself: true });
    expect(await reinjectContentScripts(apis)).toBe(0);
    expect(calls).toEqual([]);
    expect(queries).toEqual([]);
  });
});
