/**
 * Conflict rules for team sync (pure). The order is the pack import's `decide()`: newer
 * `updatedAt` wins; on a tie the greater `updatedBy`, then the greater canonical JSON. Versions
 * with the same content (ignoring who and when) are not a conflict. Every member computes the
 * same winner from the same versions, so two members resolving one conflict at once agree.
 */
import { decide } from '@/lib/exchange/pack';
import type { SharedTableName } from '@/lib/db/types';
import { signature, toDocRecord, type SyncRecord } from './docs';

/** One live revision of a document, already validated. */
export interface Version {
  rev: string;
  record: SyncRecord;
}

/** > 0 when `a` beats `b`, < 0 when `b` beats `a`, 0 only for the very same revision. */
export function compareVersions(table: SharedTableName, a: Version, b: Version): number {
  const d = decide(
    toDocRecord(table, b.record) as SyncRecord,
    toDocRecord(table, a.record) as SyncRecord,
  );
  if (d.kind === 'update') return 1;
  if (d.kind === 'skip' && d.reason === 'older') return -1;
  // Same content: any fixed order will do, as long as every member uses the same one.
  if (a.record.updatedAt !== b.record.updatedAt)
    return a.record.updatedAt > b.record.updatedAt ? 1 : -1;
  if (a.record.updatedBy !== b.record.updatedBy)
    return a.record.updatedBy > b.record.updatedBy ? 1 : -1;
  return a.rev === b.rev ? 0 : a.rev > b.rev ? 1 : -1;
}

/** The winning version and the others, from one document's live revisions. */
export function pickWinner(
  table: SharedTableName,
  versions: readonly Version[],
): { winner: Version; losers: Version[] } {
  if (!versions.length) throw new Error('pickWinner: no versions');
  let winner = versions[0]!;
  for (const v of versions.slice(1)) if (compareVersions(table, v, winner) > 0) winner = v;
  return { winner, losers: versions.filter((v) => v !== winner) };
}

/**
 * What to do with the local copy when a document's winning version arrives.
 *  - `write`: the local database takes the winner. `localLoser` is set when the local copy held
 *    an edit not yet sent (its signature differs from the ledger's) whose content lost.
 *  - `keep`: an unsent local edit beats the winner; the local copy stays and is sent on top of
 *    the winner next. `incomingLoser` is the winner's content, which lost.
 */
export type LocalOutcome =
  | { kind: 'write'; localLoser?: SyncRecord }
  | { kind: 'keep'; incomingLoser: SyncRecord }
  | { kind: 'unchanged' };

export function mergeWithLocal(
  table: SharedTableName,
  current: SyncRecord | undefined,
  ledgerSignature: string | undefined,
  winner: SyncRecord,
): LocalOutcome {
  if (!current) return { kind: 'write' };
  const unsent = signature(current) !== ledgerSignature;
  const d = decide(
    toDocRecord(table, current) as SyncRecord,
    toDocRecord(table, winner) as SyncRecord,
  );
  if (d.kind === 'skip' && d.reason === 'same')
    return signature(current) === signature(winner) ? { kind: 'unchanged' } : { kind: 'write' };
  if (!unsent) return { kind: 'write' };
  if (d.kind === 'update') return { kind: 'write', localLoser: current };
  return { kind: 'keep', incomingLoser: winner };
}

/**
 * The local copy after someone deleted the document on the server itself (a CouchDB-level
 * deletion, not a Sapa tombstone): a tombstone, unless the local copy holds an unsent edit, which
 * is kept and sent again (a deliberate edit is not thrown away by a deletion made outside Sapa).
 */
export function afterServerDeletion(
  current: SyncRecord | undefined,
  ledgerSignature: string | undefined,
  now: number,
): { kind: 'tombstone'; record: SyncRecord } | { kind: 'keep' } | { kind: 'unchanged' } {
  if (!current || current.deleted) return { kind: 'unchanged' };
  if (signature(current) !== ledgerSignature) return { kind: 'keep' };
  return {
    kind: 'tombstone',
    record: {
      ...current,
      deleted: true,
      updatedAt: Math.max(now, current.updatedAt + 1),
      updatedBy: 'server',
    },
  };
}
