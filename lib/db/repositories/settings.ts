import { guard } from '../errors';
import type { RepoContext } from './context';

/** Known settings keys and their value types (personal, not synced). */
export interface SettingsMap {
  locale: 'auto' | 'id' | 'en';
  xPremium: boolean;
  panel: { collapsed?: boolean; side?: 'left' | 'right'; width?: number; tab?: string };
  /** Seed ids already applied once; a deleted seed is never applied again. */
  seedsApplied: string[];
  memberId: string;
  persistentStorage: 'persisted' | 'denied' | 'unsupported';
  /** Written by every full restore (lib/db/whole.ts); team sync compares it with its own copy. */
  lastRestore: { at: number; id: string };
  // A feature that keeps a setting of its own adds its key here by declaration merging
  // (lib/team-sync/status.ts adds `teamSyncStatus`), so this file imports no feature.
}

export function settingsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get<K extends keyof SettingsMap>(key: K): Promise<SettingsMap[K] | undefined> {
      return guard(
        'settings.get',
        async () => (await db.settings.get(key))?.value as SettingsMap[K] | undefined,
      );
    },
    async set<K extends keyof SettingsMap>(key: K, value: SettingsMap[K]): Promise<void> {
      await guard('settings.set', () => db.settings.put({ key, value }));
    },
  };
}
