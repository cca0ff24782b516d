/**
 * The background's own database, apart from the library: what only the background may read (the
 * team server's address and credentials). The dashboard and the panel never open it (secrets
 * stay in the background), and library backups, which export the `sapa` database, never contain it.
 */
import Dexie, { type Table } from 'dexie';

export const BACKGROUND_DB_NAME = 'sapa-background';

interface KeyValue {
  key: string;
  value: unknown;
}

export class BackgroundDb extends Dexie {
  kv!: Table<KeyValue, string>;
  constructor(name: string = BACKGROUND_DB_NAME) {
    super(name);
    this.version(1).stores({ kv: 'key' });
  }
}

/** One value per key: the only way into the background database. */
export function backgroundValues(db: BackgroundDb) {
  return {
    async get(key: string): Promise<unknown> {
      return (await db.kv.get(key))?.value;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.kv.put({ key, value });
    },
    async remove(key: string): Promise<void> {
      await db.kv.delete(key);
    },
  };
}
