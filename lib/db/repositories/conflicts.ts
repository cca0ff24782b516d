import { DbError, guard } from '../errors';
import type { ConflictRecord, SharedTableName, SyncMeta } from '../types';
import type { RepoContext } from './context';

/** Versions that lost an import or sync conflict, kept for the user to look at. */
export function conflictsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async listOpen(): Promise<ConflictRecord[]> {
      return guard('conflicts.listOpen', async () =>
        (await db.conflicts.orderBy('createdAt').reverse().toArray()).filter((c) => !c.resolved),
      );
    },
    async forRecord(table: SharedTableName, recordId: string): Promise<ConflictRecord[]> {
      return guard('conflicts.forRecord', () =>
        db.conflicts.where('[table+recordId]').equals([table, recordId]).toArray(),
      );
    },
    /** The newest entries, dismissed ones included (the dashboard's conflict log). */
    async recent(limit: number): Promise<ConflictRecord[]> {
      return guard('conflicts.recent', () =>
        db.conflicts.orderBy('createdAt').reverse().limit(limit).toArray(),
      );
    },
    /** Undoes a dismissal: the entry is open again. */
    async reopen(id: string): Promise<void> {
      await guard('conflicts.reopen', () => db.conflicts.update(id, { resolved: false }));
    },
    async resolve(id: string): Promise<void> {
      await guard('conflicts.resolve', () => db.conflicts.update(id, { resolved: true }));
    },
    /**
     * Makes a losing version current again, as a new edit by this member (so sync carries it to
     * the team). The version it replaces is kept in the log in turn: restoring loses nothing.
     */
    async restore(id: string): Promise<ConflictRecord> {
      return guard('conflicts.restore', async () => {
        const entry = await db.conflicts.get(id);
        if (!entry) throw new DbError('not-found', 'conflicts.restore');
        const table = db.table<SyncMeta & Record<string, unknown>, string>(entry.table);
        return db.transaction('rw', [table, db.conflicts], async () => {
          const current = await table.get(entry.recordId);
          const at = Math.max(ctx.now(), (current?.updatedAt ?? 0) + 1);
          await table.put({
            ...entry.loser,
            id: entry.recordId,
            updatedAt: at,
            updatedBy: ctx.memberId,
            deleted: entry.loser.deleted === true,
          });
          let replaced: ConflictRecord | undefined;
          if (current) {
            replaced = {
              id: `restore:${entry.table}:${entry.recordId}:${at}`,
              table: entry.table,
              recordId: entry.recordId,
              kept: 'incoming',
              loser: current,
              source: 'restore',
              createdAt: at,
              resolved: false,
            };
            await db.conflicts.put(replaced);
          }
          await db.conflicts.update(id, { resolved: true });
          return replaced ?? { ...entry, resolved: true };
        });
      });
    },
  };
}
