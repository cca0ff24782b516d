/**
 * The ledger: per document, the signature of the local record as last exchanged with the local
 * replica and the revision it was exchanged as. A record whose signature differs is a local
 * edit not yet sent, found without scanning the replica. The first half is pure; the second
 * reads and saves the ledger and the apply state in the replica's `_local` documents.
 */
import type { SharedTableName } from '@/lib/db/types';
import { docIdFor, isSubscribedRecord, signature, type SyncRecord } from './docs';
import type { PouchDatabase } from './pouch';

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

// ---------------------------------------------------------------------------------------------
// The ledger as kept in the replica. `_local` documents never replicate, so each member's
// ledger stays its own.

const LEDGER_ID = '_local/sapa-ledger';
const STATE_ID = '_local/sapa-state';

/** The ledger and the apply state of one run, read from the replica and saved back to it. */
export interface LedgerState {
  entries: Ledger;
  /** The replica's changes up to here are applied to the local database. */
  checkpoint: number | string;
  /** Documents written to the replica but not yet pushed (they count as pending). */
  unpushed: Set<string>;
  /** The last full restore of the local database this ledger has taken into account. */
  restoreId?: string;
  /** Revisions of the two `_local` documents, and whether each has changes to save. */
  ledgerRev?: string;
  ledgerDirty: boolean;
  stateRev?: string;
  stateDirty: boolean;
}

interface LocalDoc {
  _id: string;
  _rev?: string;
}

interface LedgerDoc extends LocalDoc {
  entries: Ledger;
}

interface StateDoc extends LocalDoc {
  checkpoint: number | string;
  unpushed: string[];
  restoreId?: string;
}

function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 404;
}

async function readLocalDoc<T extends LocalDoc>(
  replica: PouchDatabase,
  id: string,
): Promise<T | undefined> {
  try {
    return (await replica.get(id)) as unknown as T;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** The ledger as last saved; empty on a member's first sync (or after the ledger was lost). */
export async function openLedger(replica: PouchDatabase): Promise<LedgerState> {
  const [ledger, state] = await Promise.all([
    readLocalDoc<LedgerDoc>(replica, LEDGER_ID),
    readLocalDoc<StateDoc>(replica, STATE_ID),
  ]);
  return {
    entries: ledger?.entries ?? {},
    ledgerRev: ledger?._rev,
    ledgerDirty: false,
    checkpoint: state?.checkpoint ?? 0,
    unpushed: new Set(state?.unpushed ?? []),
    ...(typeof state?.restoreId === 'string' ? { restoreId: state.restoreId } : {}),
    stateRev: state?._rev,
    stateDirty: false,
  };
}

/** Saves the ledger, then the state: a crash in between only re-applies, which is harmless. */
export async function saveLedger(replica: PouchDatabase, state: LedgerState): Promise<void> {
  if (state.ledgerDirty) {
    const res = await replica.put({
      _id: LEDGER_ID,
      ...(state.ledgerRev ? { _rev: state.ledgerRev } : {}),
      entries: state.entries,
    });
    state.ledgerRev = res.rev;
    state.ledgerDirty = false;
  }
  if (state.stateDirty) {
    const res = await replica.put({
      _id: STATE_ID,
      ...(state.stateRev ? { _rev: state.stateRev } : {}),
      checkpoint: state.checkpoint,
      unpushed: [...state.unpushed].sort(),
      ...(state.restoreId ? { restoreId: state.restoreId } : {}),
    });
    state.stateRev = res.rev;
    state.stateDirty = false;
  }
}

/** An entry updated with what was just exchanged; empty fields are dropped to keep it small. */
export function mergeEntry(before: LedgerEntry | undefined, patch: LedgerEntry): LedgerEntry {
  const next: LedgerEntry = { ...before, ...patch };
  if (!next.sig) delete next.sig;
  if (!next.rev) delete next.rev;
  if (!next.seen?.length) delete next.seen;
  return next;
}

/** Remembers what was exchanged for a document (`sig: undefined` forgets the signature). */
export function recordExchange(state: LedgerState, docId: string, patch: LedgerEntry): void {
  state.entries[docId] = mergeEntry(state.entries[docId], patch);
  state.ledgerDirty = true;
}

export function markUnpushed(state: LedgerState, docId: string): void {
  state.unpushed.add(docId);
  state.stateDirty = true;
}

export function markAllPushed(state: LedgerState): void {
  state.unpushed.clear();
  state.stateDirty = true;
}

export function moveCheckpoint(state: LedgerState, seq: number | string): void {
  state.checkpoint = seq;
  state.stateDirty = true;
}

/**
 * After a full restore of the local database: what the ledger remembers of each document no
 * longer describes the local records (older versions were put back, newer ones removed). It
 * forgets every signature and revision (keeping the deleted leaves already logged), and the
 * apply checkpoint goes back to the start, so every document in the replica meets the restored
 * copy through the conflict rule, and documents the restore removed come back.
 */
export function forgetAfterRestore(state: LedgerState, restoreId: string | undefined): void {
  for (const [docId, entry] of Object.entries(state.entries)) {
    state.entries[docId] = mergeEntry(undefined, { seen: entry.seen });
  }
  state.ledgerDirty = true;
  state.checkpoint = 0;
  if (restoreId) state.restoreId = restoreId;
  else delete state.restoreId;
  state.stateDirty = true;
}
