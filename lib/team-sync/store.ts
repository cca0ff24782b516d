/**
 * Where the team server's address and credentials are kept: the background's own database
 * (lib/db/background-db.ts), never the library's, so no backup and no page ever holds them.
 */
import { backgroundValues, type BackgroundDb } from '@/lib/db/background-db';

export { BackgroundDb, BACKGROUND_DB_NAME } from '@/lib/db/background-db';

export interface TeamSyncConfig {
  url: string;
  database: string;
  username?: string;
  password?: string;
  /** Name of this member's PouchDB replica for this server (one per server and database). */
  localName: string;
  configuredAt: number;
}

const CONFIG_KEY = 'teamSync.config';

export interface TeamSyncConfigStore {
  get(): Promise<TeamSyncConfig | undefined>;
  set(config: TeamSyncConfig): Promise<void>;
  clear(): Promise<void>;
}

export function teamSyncConfigStore(db: BackgroundDb): TeamSyncConfigStore {
  const values = backgroundValues(db);
  return {
    async get() {
      return (await values.get(CONFIG_KEY)) as TeamSyncConfig | undefined;
    },
    set: (config) => values.set(CONFIG_KEY, config),
    clear: () => values.remove(CONFIG_KEY),
  };
}
