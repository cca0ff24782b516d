/**
 * The ledger (pure part): per document, the signature of the local record as last exchanged
 * with the local replica and the revision it was exchanged as. A record whose signature differs
 * is a local edit not yet sent, found without scanning the replica.
 */
import type { SharedTableName } from '@/lib/db/types';
import { docIdFor, isSubscribedRecord, signature, type SyncRecord } from './docs';

export interface LedgerEntry {
  /** `updatedAt|updatedBy|deleted` of the local record when last exchanged. */
  sig?: string;
  /** The replica's revision of the document when last exchanged. */
  rev?: string;
  /** Deleted revisions (conflict losers) already looked at, so they are read once. */
  seen?: string[];
}

export type Ledger = Record<string, LedgerEntry>;

export interface LocalChange {
  docId: string;
  table: SharedTableName;
  record: SyncRecord;
}

/** Records to send: shared, not from a subscription, and changed since last exchanged. */
export function localChanges(
  tables: readonly { table: SharedTableName; records: readonly Record<string, unknown>[] }[],
  ledger: Ledger,
): LocalChange[] {
  const out: LocalChange[] = [];
  for (const { table, records } of tables) {
    for (const raw of records) {
      if (typeof raw.id !== 'string' || isSubscribedRecord(raw)) continue;
      const record = raw as SyncRecord;
      const docId = docIdFor(table, record.id);
      if (ledger[docId]?.sig !== signature(record)) out.push({ docId, table, record });
    }
  }
  return out;
}

/** Deleted leaf revisions of a document not looked at yet. */
export function unseenDeletedLeaves(
  leaves: readonly string[],
  live: readonly string[],
  entry: LedgerEntry | undefined,
): string[] {
  const skip = new Set([...live, ...(entry?.seen ?? [])]);
  return leaves.filter((rev) => !skip.has(rev));
}
