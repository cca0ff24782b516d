import { describe, expect, test } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { listWorkerPartsFirst, standInFor, workerPartsPlugin } from './plugin';

function resolverFor(libEntry: string | undefined) {
  const plugin = workerPartsPlugin();
  const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
  configResolved({ build: { lib: libEntry ? { entry: libEntry } : false } } as ResolvedConfig);
  const resolveId = plugin.resolveId as (source: string) => string | undefined;
  return (source: string) => resolveId.call({}, source);
}

describe('the worker’s stand-ins', () => {
  test('each part’s library and both catalogues have one', () => {
    expect(standInFor('pouchdb-browser')).toMatch(/stand-ins\/pouchdb\.ts$/);
    expect(standInFor('twitter-text')).toMatch(/stand-ins\/twitter-text\.ts$/);
    expect(standInFor('rrule')).toMatch(/stand-ins\/rrule\.ts$/);
    expect(standInFor('fast-xml-parser')).toMatch(/stand-ins\/fast-xml-parser\.ts$/);
    expect(standInFor('/repo/assets/locales/en.json')).toMatch(/stand-ins\/messages-en\.ts$/);
    expect(standInFor('C:\\repo\\assets\\locales\\id.json')).toMatch(/messages-id\.ts$/);
    expect(standInFor('dexie')).toBeUndefined();
    expect(standInFor('zod')).toBeUndefined();
  });

  test('only the service worker’s build uses them', () => {
    const worker = resolverFor('virtual:wxt-background-entrypoint?/repo/entrypoints/background.ts');
    expect(worker('rrule')).toMatch(/stand-ins\/rrule\.ts$/);
    const part = resolverFor(
      'virtual:wxt-unlisted-script-entrypoint?/repo/entrypoints/worker-rrule.ts',
    );
    expect(part('rrule')).toBeUndefined();
    const pages = resolverFor(undefined);
    expect(pages('rrule')).toBeUndefined();
  });
});

describe('listWorkerPartsFirst', () => {
  test('Firefox’s background page runs every part before background.js', () => {
    const manifest = { manifest_version: 2, background: { scripts: ['background.js'] } };
    listWorkerPartsFirst(manifest);
    const scripts = manifest.background.scripts;
    expect(scripts.at(-1)).toBe('background.js');
    expect(scripts.slice(0, -1).sort()).toEqual([
      'worker-messages.js',
      'worker-pouchdb.js',
      'worker-rrule.js',
      'worker-twitter-text.js',
      'worker-xml.js',
    ]);
  });

  test('a service worker’s manifest is left as it is', () => {
    const manifest = { manifest_version: 3, background: { service_worker: 'background.js' } };
    listWorkerPartsFirst(manifest);
    expect(manifest).toEqual({
      manifest_version: 3,
      background: { service_worker: 'background.js' },
    });
  });
});
