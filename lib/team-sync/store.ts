/**
 * The background's own database, apart from the library: the team server's address and
 * credentials. The dashboard and the panel never open it (secrets stay in the background), and
 * library backups, which export the `sapa` database, never contain it.
 */
import Dexie, { type Table } from 'dexie';

export const BACKGROUND_DB_NAME = 'sapa-background';

export interface TeamSyncConfig {
  url: string;
  database: string;
  username?: string;
  password?: string;
  /** Name of this member's PouchDB replica for this server (one per server and database). */
  localName: string;
  configuredAt: number;
}

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

const CONFIG_KEY = 'teamSync.config';

export interface TeamSyncConfigStore {
  get(): Promise<TeamSyncConfig | undefined>;
  set(config: TeamSyncConfig): Promise<void>;
  clear(): Promise<void>;
}

export function teamSyncConfigStore(db: BackgroundDb): TeamSyncConfigStore {
  return {
    async get() {
      return (await db.kv.get(CONFIG_KEY))?.value as TeamSyncConfig | undefined;
    },
    async set(config) {
      await db.kv.put({ key: CONFIG_KEY, value: config });
    },
    async clear() {
      await db.kv.delete(CONFIG_KEY);
    },
  };
}
