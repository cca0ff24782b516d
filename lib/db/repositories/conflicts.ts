import { guard } from '../errors';
import type { ConflictRecord, SharedTableName } from '../types';
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
    async resolve(id: string): Promise<void> {
      await guard('conflicts.resolve', () => db.conflicts.update(id, { resolved: true }));
    },
  };
}
