/**
 * A stand-in for a full disk in unit tests: a Dexie middleware that refuses every write with the
 * `QuotaExceededError` IndexedDB raises while `isFull()` says so (fake-indexeddb has no quota;
 * the real one is measured in Chromium by `scripts/fault-quota.ts`).
 */
import type { SapaDb } from '@/lib/db';

export function failWritesWhile(db: SapaDb, isFull: () => boolean): void {
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            isFull()
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(request),
        };
      },
    }),
  });
}
