/** `browser.storage.local` in memory, with its change events, for the draft stash's tests. */
import type { StashStorage } from '@/lib/drafts/stash';

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export function memoryStorage(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = structuredClone(initial);
  const listeners: ChangeListener[] = [];
  const announce = (keys: string[]) => {
    const changes = Object.fromEntries(keys.map((key) => [key, { newValue: items[key] }]));
    for (const listener of listeners) listener(changes, 'local');
  };
  const storage: StashStorage = {
    get: async (key) =>
      key === null
        ? structuredClone(items)
        : key in items
          ? { [key]: structuredClone(items[key]) }
          : {},
    set: async (more) => {
      Object.assign(items, structuredClone(more));
      announce(Object.keys(more));
    },
    remove: async (keys) => {
      for (const key of [keys].flat()) delete items[key];
    },
  };
  const onChanged = { addListener: (listener: ChangeListener) => void listeners.push(listener) };
  return { items, storage, onChanged };
}
