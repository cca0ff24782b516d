/**
 * Which committed writes wake team sync up: a write to a shared table, except the post log while
 * the team does not share it. Its entries then never leave the device (local-tables.ts reads the
 * post log only while sharing is on), so writing one has nothing to send and must not start a
 * sync, count what waits, or open the replica.
 */
import type { SapaDb } from '@/lib/db/schema';
import { watchCommittedWrites } from '@/lib/db/observe';
import { SHARED_TABLES } from '@/lib/db/types';
import { sharesPostLog } from './engine/local-tables';

const SHARED = new Set<string>(SHARED_TABLES);

/**
 * What a write to `tables` asks of team sync: nothing (no shared table), a sync only if the team
 * shares its post log (the post log alone), or a sync (another shared table).
 */
export function syncAfterWrite(tables: readonly string[]): 'none' | 'if-post-log-shared' | 'sync' {
  const shared = tables.filter((table) => SHARED.has(table));
  if (!shared.length) return 'none';
  return shared.every((table) => table === 'postLog') ? 'if-post-log-shared' : 'sync';
}

/** Calls `onEdit` after every committed write that team sync has to send, from any context. */
export function watchSharedEdits(
  db: SapaDb,
  onEdit: () => void,
  log: (message: string, error?: unknown) => void,
): () => void {
  return watchCommittedWrites(db.name, (tables) => {
    const need = syncAfterWrite(tables);
    if (need === 'sync') onEdit();
    else if (need === 'if-post-log-shared')
      sharesPostLog(db).then(
        (share) => {
          if (share) onEdit();
        },
        (error: unknown) => log('reading the team settings failed', error),
      );
  });
}
