/**
 * "Saving works again": a signal from the background to every page whose saving is paused, so
 * the page tries again at once instead of at its next retry (up to 30 s away with the backoff,
 * `retry-backoff.ts`). The background sends it when a draft save works after one failed (a disk
 * with space again: another tab's retry got through) and when the database opens after failing or
 * being held by an older connection. It is a changed value in extension storage, which every
 * content script can watch without the worker.
 */
import type { StashStorage } from './stash';

export const SAVING_WORKS_KEY = 'sapaSavingWorksAgain';

export interface SavingWatch {
  /** A draft save was answered: `ok` false when it failed. */
  answered(ok: boolean): void;
  /** The database opened (after a wait, perhaps). */
  opened(): void;
}

/** Background side: announces once, each time saving works after a failure. */
export function watchDraftSaves(
  storage: Pick<StashStorage, 'set'>,
  now: () => number,
  log: (message: string, error?: unknown) => void,
): SavingWatch {
  let failed = false;
  const announce = () => {
    if (!failed) return;
    failed = false;
    storage.set({ [SAVING_WORKS_KEY]: now() }).catch((error: unknown) => {
      log('telling the pages that saving works again failed', error);
    });
  };
  return {
    answered(ok) {
      if (!ok) failed = true;
      else announce();
    },
    opened: announce,
  };
}

/** `browser.storage.onChanged` as the page side uses it (a fake in tests). */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
}

/** Page side: calls `listener` each time the background says saving works again. */
export function onSavingWorks(
  changes: StorageChanges,
  listener: () => void,
  signal: AbortSignal,
): void {
  const watch = (changed: Record<string, unknown>, areaName: string) => {
    if (areaName === 'local' && SAVING_WORKS_KEY in changed) listener();
  };
  changes.addListener(watch);
  signal.addEventListener('abort', () => changes.removeListener(watch));
}
