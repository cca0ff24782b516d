import { SapaDb } from '@/lib/db/schema';

let counter = 0;

/** A fresh database with a unique name (tests and the benchmark run over fake-indexeddb). */
export function freshDb(prefix = 'sapa-test'): SapaDb {
  counter += 1;
  return new SapaDb(`${prefix}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A controllable clock. */
export function fakeClock(start = 1_700_000_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    set: (ms: number) => {
      t = ms;
    },
  };
}

/**
 * A dump without the mark a full restore leaves in the settings (`lastRestore`, new on every
 * restore): what "the restored database equals the original" compares.
 */
export function withoutRestoreMark<T extends { settings: unknown[] }>(dump: T): T {
  return {
    ...dump,
    settings: dump.settings.filter((row) => (row as { key?: unknown }).key !== 'lastRestore'),
  };
}
