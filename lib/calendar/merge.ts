/**
 * How two members' versions of a planned post (or a team member record) meet. The calendar uses
 * the very rule templates and hashtag sets use, `decide()` from the pack import, which the team
 * sync engine also resolves with (lib/team-sync/engine/resolve.ts): the newer `updatedAt` wins
 * whole; on a tie the greater `updatedBy`, then the greater canonical JSON; the losing version,
 * when its content differs, goes to the conflict log. There is no field-by-field merge: a status
 * change and a caption edit made at once are one winner and one logged loser, as for templates.
 */
import { decide } from '@/lib/exchange/pack';
import type { ConflictRecord, SyncMeta } from '@/lib/db/types';

/** The tables the next step adds to SHARED_TABLES. */
export type CalendarTable = 'plannedPosts' | 'teamMembers';

/** A conflict log entry for a calendar record; the same shape as ConflictRecord. */
export type CalendarConflict = Omit<ConflictRecord, 'table'> & { table: CalendarTable };

export interface MergeOutcome<T> {
  /** Which version the table keeps. */
  kept: 'local' | 'incoming';
  record: T;
  /** Set when the other version's content differed: it goes to the conflict log. */
  conflict?: CalendarConflict;
}

export function mergeVersions<T extends SyncMeta>(
  table: CalendarTable,
  local: T | undefined,
  incoming: T,
  source: CalendarConflict['source'],
  now: number,
  conflictId: string,
): MergeOutcome<T> {
  const d = decide(
    local as (T & Record<string, unknown>) | undefined,
    incoming as T & Record<string, unknown>,
  );
  if (d.kind === 'add') return { kept: 'incoming', record: incoming };
  if (d.kind === 'skip' && d.reason === 'same') return { kept: 'local', record: local! };
  const kept = d.kind === 'update' ? 'incoming' : 'local';
  return {
    kept,
    record: kept === 'incoming' ? incoming : local!,
    conflict: {
      id: conflictId,
      table,
      recordId: incoming.id,
      kept,
      loser: d.loser,
      source,
      createdAt: now,
      resolved: false,
    },
  };
}
