/**
 * What a planned document does to the local copy (pure): the record the local table takes (if
 * any), what the ledger remembers, the conflict log entries, and whether an unsent local edit
 * won (it must then be exported again, on top of the version it beat).
 */
import type { ConflictRecord, SharedTableName } from '@/lib/db/types';
import {
  conflictIdForLocal,
  conflictIdForRev,
  contentKey,
  sameContent,
  signature,
  toStoredRecord,
  type SyncRecord,
} from './docs';
import { withFacts } from './facts';
import type { LedgerEntry } from './ledger';
import type { Loser, Plan } from './plan';
import { afterServerDeletion, mergeWithLocal } from './resolve';

export interface Settlement {
  /** The record to write into the local table. */
  put?: { table: SharedTableName; record: SyncRecord };
  /** What the ledger remembers of the document afterwards. */
  entry: LedgerEntry;
  /** Conflict log entries (the caller adds those not logged before). */
  conflicts: ConflictRecord[];
  /** An unsent local edit beat what arrived. */
  localWon: boolean;
}

type DeletedPlan = Extract<Plan, { kind: 'deleted' }>;
type WinnerPlan = Extract<Plan, { kind: 'winner' }>;

/** A document deleted on the server itself (not a Sapa tombstone). */
function settleDeletion(
  plan: DeletedPlan,
  current: SyncRecord | undefined,
  entry: LedgerEntry | undefined,
  at: number,
): Settlement {
  const outcome = afterServerDeletion(current, entry?.sig, at);
  if (outcome.kind === 'tombstone') {
    return {
      put: { table: plan.table, record: outcome.record },
      entry: { sig: signature(outcome.record), rev: plan.rev },
      conflicts: [],
      localWon: false,
    };
  }
  if (outcome.kind === 'keep') return { entry: { rev: plan.rev }, conflicts: [], localWon: true };
  return {
    entry: { rev: plan.rev, ...(current ? { sig: signature(current) } : {}) },
    conflicts: [],
    localWon: false,
  };
}

/**
 * Conflict log entries for the losers that differ from the version kept, one per content (the
 * same losing content reached by two routes is logged once).
 */
export function conflictRows(
  plan: WinnerPlan,
  current: SyncRecord | undefined,
  final: SyncRecord,
  losers: readonly Loser[],
  at: number,
): ConflictRecord[] {
  const keptSide: ConflictRecord['kept'] =
    current && sameContent(plan.table, current, final) ? 'local' : 'incoming';
  const logged = new Set<string>();
  const rows: ConflictRecord[] = [];
  for (const loser of losers) {
    if (sameContent(plan.table, loser.record, final)) continue;
    const key = contentKey(plan.table, loser.record);
    if (logged.has(key)) continue;
    logged.add(key);
    rows.push({
      id: loser.id,
      table: plan.table,
      recordId: plan.recordId,
      kept: loser.kept ?? keptSide,
      loser: toStoredRecord(plan.table, loser.record),
      source: 'sync',
      createdAt: at,
      resolved: false,
    });
  }
  return rows;
}

/** A document's winning version meeting the local copy through the conflict rule. */
function settleWinner(
  plan: WinnerPlan,
  current: SyncRecord | undefined,
  entry: LedgerEntry | undefined,
  at: number,
): Settlement {
  const winner = toStoredRecord(plan.table, plan.winner.record);
  const outcome = mergeWithLocal(plan.table, current, entry?.sig, winner);
  const rev = plan.winner.rev;
  const seen = plan.seen;
  const losers = plan.losers.map((l) => l.record);
  if (outcome.kind === 'keep') {
    const incoming: Loser = {
      id: conflictIdForRev(plan.docId, rev),
      record: plan.winner.record,
      kept: 'local',
    };
    const merged = withFacts(plan.table, current!, [plan.winner.record, ...losers]);
    return {
      ...(merged ? { put: { table: plan.table, record: merged } } : {}),
      entry: { rev, seen },
      conflicts: conflictRows(plan, current, merged ?? current!, [...plan.losers, incoming], at),
      localWon: true,
    };
  }
  if (outcome.kind === 'unchanged') {
    const merged = withFacts(plan.table, current!, losers);
    if (merged)
      return {
        put: { table: plan.table, record: merged },
        entry: { sig: signature(current!), rev, seen },
        conflicts: conflictRows(plan, current, merged, plan.losers, at),
        localWon: true,
      };
    return {
      entry: { sig: signature(current!), rev, seen },
      conflicts: conflictRows(plan, current, current!, plan.losers, at),
      localWon: false,
    };
  }
  const local: Loser[] = outcome.localLoser
    ? [
        {
          id: conflictIdForLocal(plan.docId, outcome.localLoser),
          record: outcome.localLoser,
          kept: 'incoming',
        },
      ]
    : [];
  const merged = withFacts(plan.table, winner, [...losers, ...local.map((l) => l.record)]);
  return {
    put: { table: plan.table, record: merged ?? winner },
    // The winner's signature: a merged plan differs from it, so it counts as unsent.
    entry: { sig: signature(winner), rev, seen },
    conflicts: conflictRows(plan, current, merged ?? winner, [...plan.losers, ...local], at),
    localWon: merged !== null,
  };
}

/**
 * What `plan` does to the local copy `current`, given the ledger's `entry` for the document.
 * `at` dates conflict log entries and tombstones.
 */
export function settle(
  plan: Plan,
  current: SyncRecord | undefined,
  entry: LedgerEntry | undefined,
  at: number,
): Settlement {
  // A document with no valid version is left as it is; the ledger only remembers its revision,
  // so it is reported once, not on every sync.
  if (plan.kind === 'invalid') return { entry: { rev: plan.rev }, conflicts: [], localWon: false };
  if (plan.kind === 'deleted') return settleDeletion(plan, current, entry, at);
  return settleWinner(plan, current, entry, at);
}
