/**
 * The build's side of the worker parts (`./registry.ts`): in the service worker's bundle only,
 * each part's library resolves to its stand-in (`./stand-ins/`), so the library itself is left
 * out of `background.js`; the pages, the panel and the parts' own scripts keep the real ones.
 * Firefox's background page gets the parts' scripts listed before `background.js`.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { WORKER_PART_FILES } from './registry';

const standIn = (file: string) => fileURLToPath(new URL(`./stand-ins/${file}`, import.meta.url));

/** Imported name (or the end of a resolved path) → its stand-in in the worker. */
const STAND_INS: ReadonlyArray<{ matches: (source: string) => boolean; file: string }> = [
  { matches: (s) => s === 'pouchdb-browser', file: 'pouchdb.ts' },
  { matches: (s) => s === 'twitter-text', file: 'twitter-text.ts' },
  { matches: (s) => s === 'rrule', file: 'rrule.ts' },
  { matches: (s) => s === 'fast-xml-parser', file: 'fast-xml-parser.ts' },
  { matches: (s) => s.endsWith('assets/locales/en.json'), file: 'messages-en.ts' },
  { matches: (s) => s.endsWith('assets/locales/id.json'), file: 'messages-id.ts' },
];

/** WXT builds the background alone, in library mode, from this virtual entry. */
const isWorkerEntry = (entry: unknown): boolean =>
  String(entry).startsWith('virtual:wxt-background-entrypoint');

/** The stand-in for an import in the worker's bundle, if it is a part's library. */
export function standInFor(source: string): string | undefined {
  const normalised = source.replace(/\\/g, '/');
  const found = STAND_INS.find((entry) => entry.matches(normalised));
  return found && standIn(found.file);
}

export function workerPartsPlugin(): Plugin {
  let inWorker = false;
  return {
    name: 'sapa-worker-parts',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      inWorker = Boolean(lib) && isWorkerEntry(lib && lib.entry);
    },
    resolveId(source) {
      return inWorker ? standInFor(source) : undefined;
    },
  };
}

interface ManifestWithBackground {
  manifest_version: number;
  background?: object;
}

/** Firefox (Manifest V2): the parts run before `background.js`, which then finds them there. */
export function listWorkerPartsFirst(manifest: ManifestWithBackground): void {
  const background = manifest.background as { scripts?: string[] } | undefined;
  const scripts = background?.scripts;
  if (manifest.manifest_version !== 2 || !scripts) return;
  const parts = Object.values(WORKER_PART_FILES).map((file) => file.replace(/^\//, ''));
  scripts.unshift(...parts.filter((part) => !scripts.includes(part)));
}
