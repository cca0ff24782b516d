/**
 * Every part's script imported once while the service worker is being installed, so that any
 * later start may import it again (`./registry.ts` says why). The listener is added in the
 * worker's first turn, as the `install` event requires.
 */
import { WORKER_PART_FILES, type ScriptImporter } from './registry';

export interface InstallingScope {
  addEventListener(type: 'install', listener: () => void): void;
  importScripts?: ScriptImporter;
}

export function importPartsAtInstall(scope: InstallingScope): void {
  // Firefox's background page has neither the event nor importScripts: its manifest lists them.
  if (typeof scope.importScripts !== 'function') return;
  scope.addEventListener('install', () => {
    scope.importScripts!(...Object.values(WORKER_PART_FILES));
  });
}
