/**
 * The background's "saving works again" signal (issue #14, item 9): sent once each time a draft
 * save works after a failure or the database opens after one, and heard by pages through the
 * extension storage's change events.
 */
import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/tests/support/extension-storage';
import { onSavingWorks, SAVING_WORKS_KEY, watchDraftSaves } from './saving-works';

function watched() {
  const { storage } = memoryStorage();
  let clock = 1000;
  const log = vi.fn();
  const watch = watchDraftSaves(storage, () => (clock += 1), log);
  const signal = async () => (await storage.get(SAVING_WORKS_KEY))[SAVING_WORKS_KEY];
  return { watch, signal, log };
}

describe('watchDraftSaves', () => {
  it('says nothing while saves work', async () => {
    const { watch, signal } = watched();
    watch.answered(true);
    watch.opened();
    watch.answered(true);
    expect(await signal()).toBeUndefined();
  });

  it('says so once when a save works after a failed one, and again after the next failure', async () => {
    const { watch, signal } = watched();
    watch.answered(false);
    watch.answered(false);
    expect(await signal()).toBeUndefined();
    watch.answered(true);
    expect(await signal()).toBe(1001);
    watch.answered(true);
    expect(await signal()).toBe(1001);
    watch.answered(false);
    watch.answered(true);
    expect(await signal()).toBe(1002);
  });

  it('says so when the database opens after refused saves', async () => {
    const { watch, signal } = watched();
    watch.answered(false);
    watch.opened();
    expect(await signal()).toBe(1001);
    watch.answered(true);
    expect(await signal()).toBe(1001);
  });

  it('logs a write that fails instead of leaving it unhandled', async () => {
    const log = vi.fn();
    const refused = new Error('QuotaExceededError');
    const watch = watchDraftSaves({ set: () => Promise.reject(refused) }, Date.now, log);
    watch.answered(false);
    watch.answered(true);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.any(String), refused));
  });
});

describe('onSavingWorks', () => {
  type Listener = (changes: Record<string, unknown>, areaName: string) => void;
  function changes() {
    const listeners = new Set<Listener>();
    return {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
      fire: (changed: Record<string, unknown>, area: string) => {
        for (const l of listeners) l(changed, area);
      },
      count: () => listeners.size,
    };
  }

  it('hears the signal in extension storage, not other keys or areas, until the page goes', () => {
    const events = changes();
    const heard = vi.fn();
    const page = new AbortController();
    onSavingWorks(events, heard, page.signal);
    events.fire({ 'sapaDraftStash:x': { newValue: {} } }, 'local');
    events.fire({ [SAVING_WORKS_KEY]: { newValue: 2 } }, 'sync');
    expect(heard).not.toHaveBeenCalled();
    events.fire({ [SAVING_WORKS_KEY]: { newValue: 2 } }, 'local');
    expect(heard).toHaveBeenCalledTimes(1);
    page.abort();
    expect(events.count()).toBe(0);
  });
});
