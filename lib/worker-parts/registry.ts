/**
 * The service worker's parts: large libraries the worker needs only for some requests (team
 * sync's PouchDB, the X length count's twitter-text, calendar repeats' rrule, the catalogue's XML
 * parser, both languages' message catalogues), built as separate scripts and run on first use.
 *
 * Why: every cold start of an extension's service worker fetches, deserialises and runs its whole
 * script before the first answer (docs/architecture.md, "The service worker's start"), and
 * `import()` is not available in an extension's worker. `importScripts()` is, synchronously: a
 * script the worker imported while it was being installed can be imported again at any later
 * start; one it never imported then is refused ("importScripts() of new scripts after service
 * worker installation is not allowed"). So the worker imports every part once in its `install`
 * event (`./install.ts`) and each part again when first used after a start.
 *
 * In Firefox's background page (Manifest V2) there is no `importScripts`: the parts are listed
 * before `background.js` in the manifest (`./plugin.ts`) and are there before it runs.
 */
import type PouchDB from 'pouchdb-browser';
import type * as TwitterText from 'twitter-text';
import type { RRule, Weekday } from 'rrule';
import type { XMLParser, XMLValidator } from 'fast-xml-parser';
import type en from '@/assets/locales/en.json';

export interface WorkerParts {
  pouchdb: typeof PouchDB;
  'twitter-text': typeof TwitterText;
  rrule: { RRule: typeof RRule; Weekday: typeof Weekday };
  xml: { XMLParser: typeof XMLParser; XMLValidator: typeof XMLValidator };
  messages: { en: typeof en; id: typeof en };
}

export type WorkerPartName = keyof WorkerParts;

/** Each part's built script, at the extension's root (one WXT unlisted script each). */
export const WORKER_PART_FILES: Readonly<Record<WorkerPartName, string>> = {
  pouchdb: '/worker-pouchdb.js',
  'twitter-text': '/worker-twitter-text.js',
  rrule: '/worker-rrule.js',
  xml: '/worker-xml.js',
  messages: '/worker-messages.js',
};

const PARTS_KEY = '__sapaWorkerParts';

type PartsHost = { [PARTS_KEY]?: Partial<WorkerParts> };

function providedParts(): Partial<WorkerParts> {
  const host = globalThis as PartsHost;
  return (host[PARTS_KEY] ??= {});
}

/** Called by a part's script when it runs: what it brings, under its name. */
export function providePart<N extends WorkerPartName>(name: N, value: WorkerParts[N]): void {
  providedParts()[name] = value;
}

/** Runs scripts synchronously in a worker (`importScripts`); absent in pages. */
export type ScriptImporter = (...urls: string[]) => void;

function workerImporter(): ScriptImporter | undefined {
  const scope = globalThis as { importScripts?: ScriptImporter };
  return typeof scope.importScripts === 'function'
    ? (...urls) => scope.importScripts!(...urls)
    : undefined;
}

/**
 * The part, running its script first if this start has not yet. Synchronous, so the code using
 * a library does not change with how the worker loads it.
 */
export function workerPart<N extends WorkerPartName>(
  name: N,
  importScripts: ScriptImporter | undefined = workerImporter(),
): WorkerParts[N] {
  const parts = providedParts();
  if (!parts[name] && importScripts) importScripts(WORKER_PART_FILES[name]);
  const part = parts[name];
  // Only a broken build gets here: the script is missing or did not provide its part.
  if (!part)
    throw new Error(`Sapa's worker part "${name}" (${WORKER_PART_FILES[name]}) did not load`);
  return part as WorkerParts[N];
}
