/**
 * The ledger: per document, the signature of the local record as last exchanged with the local
 * replica and the revision it was exchanged as. A record whose signature differs is a local
 * edit not yet sent, found without scanning the replica. The first half is pure; the second
 * reads and saves the ledger and the apply state in the replica's `_local` documents.
 */
import type { SharedTableName } from '@/lib/db/types';
import { docIdFor, isSubscribedRecord, signature, type SyncRecord } from './docs';
import { writeFailure, type PouchDatabase, type PouchWriteResult } from './pouch';

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

/**
 * The ledger is kept in SHARDS `_local` documents, each holding the entries of the documents
 * whose id hashes to it, so a sync that exchanged a few documents writes a few small documents
 * instead of the whole ledger (about 0.5 MB for 5,000 documents; issue #14, item 10). A ledger
 * saved whole by an older Sapa (LEGACY_LEDGER_ID) is read, split, and removed.
 */
const LEGACY_LEDGER_ID = '_local/sapa-ledger';
const SHARDS = 32;
const shardDocId = (shard: number) => `${LEGACY_LEDGER_ID}-${shard}`;
const STATE_ID = '_local/sapa-state';

/** Which ledger document holds a document's entry (FNV-1a of its id). */
export function shardOf(docId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < docId.length; i++) {
    hash ^= docId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % SHARDS;
}

/** The ledger and the apply state of one run, read from the replica and saved back to it. */
export interface LedgerState {
  entries: Ledger;
  /** The replica's changes up to here are applied to the local database. */
  checkpoint: number | string;
  /** The server's changes up to here are in the replica (0: none yet, or from before `pull.ts`). */
  pulledSeq: number | string;
  /** Documents written to the replica but not yet pushed (they count as pending). */
  unpushed: Set<string>;
  /**
   * `unpushed` names every document the replica holds a version of that the server may lack, so
   * a push sends those alone. True for a new replica, and after a push compared every change
   * with the server; false for a replica whose state was lost, or saved by a Sapa that wrote
   * before noting (`noteUnpushed`): its next push compares everything once.
   */
  unpushedListsAll: boolean;
  /** The last full restore of the local database this ledger has taken into account. */
  restoreId?: string;
  /** Revision of each ledger shard, and the shards with changes to save. */
  shardRevs: (string | undefined)[];
  dirtyShards: Set<number>;
  /** The whole-ledger document of an older Sapa, removed once its entries are in the shards. */
  legacyRev?: string;
  /** Revision of the state document, and whether it has changes to save. */
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
  /** `pulledSeq` (absent in a state saved by an older Sapa). */
  pulled?: number | string;
  unpushed: string[];
  restoreId?: string;
  /** `unpushedListsAll` (absent in a state saved by an older Sapa). */
  listsAll?: boolean;
}

const isSeq = (value: unknown): value is number | string =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.length > 0);

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

const allShards = (): number[] => Array.from({ length: SHARDS }, (_, i) => i);

/** A replica nothing was written to yet (`_local` documents do not count). */
async function isNewReplica(replica: PouchDatabase): Promise<boolean> {
  const info = (await replica.info()) as { update_seq?: unknown };
  return info.update_seq === 0 || info.update_seq === '0';
}

/** The ledger as last saved; empty on a member's first sync (or after the ledger was lost). */
export async function openLedger(replica: PouchDatabase): Promise<LedgerState> {
  const [legacy, state, shards] = await Promise.all([
    readLocalDoc<LedgerDoc>(replica, LEGACY_LEDGER_ID),
    readLocalDoc<StateDoc>(replica, STATE_ID),
    Promise.all(allShards().map((k) => readLocalDoc<LedgerDoc>(replica, shardDocId(k)))),
  ]);
  const entries: Ledger = { ...(legacy?.entries ?? {}) };
  for (const shard of shards) Object.assign(entries, shard?.entries ?? {});
  return {
    entries,
    checkpoint: state?.checkpoint ?? 0,
    pulledSeq: isSeq(state?.pulled) ? state.pulled : 0,
    unpushed: new Set(state?.unpushed ?? []),
    unpushedListsAll: state ? state.listsAll === true : await isNewReplica(replica),
    ...(typeof state?.restoreId === 'string' ? { restoreId: state.restoreId } : {}),
    shardRevs: shards.map((shard) => shard?._rev),
    // An older Sapa's whole ledger goes into the shards at the next save.
    dirtyShards: new Set(legacy ? allShards() : []),
    ...(legacy?._rev ? { legacyRev: legacy._rev } : {}),
    stateRev: state?._rev,
    stateDirty: false,
  };
}

/** The entries of the given shards. */
function shardEntries(entries: Ledger, shards: ReadonlySet<number>): Map<number, Ledger> {
  const out = new Map<number, Ledger>([...shards].map((k) => [k, {}]));
  for (const [docId, entry] of Object.entries(entries)) {
    const bucket = out.get(shardOf(docId));
    if (bucket) bucket[docId] = entry;
  }
  return out;
}

/** A `_local` document of the ledger to save, and what its write changes in the state. */
interface PartToSave {
  doc: LocalDoc;
  written(state: LedgerState, rev: string): void;
}

function stateDoc(state: LedgerState): StateDoc {
  return {
    _id: STATE_ID,
    ...(state.stateRev ? { _rev: state.stateRev } : {}),
    checkpoint: state.checkpoint,
    ...(state.pulledSeq ? { pulled: state.pulledSeq } : {}),
    unpushed: [...state.unpushed].sort(),
    ...(state.restoreId ? { restoreId: state.restoreId } : {}),
    ...(state.unpushedListsAll ? { listsAll: true } : {}),
  };
}

function stateWritten(state: LedgerState, rev: string): void {
  state.stateRev = rev;
  state.stateDirty = false;
}

/** The shards that changed, an older Sapa's whole ledger (dropped with them), the state. */
function partsToSave(state: LedgerState): PartToSave[] {
  const parts: PartToSave[] = [];
  for (const [k, entries] of shardEntries(state.entries, state.dirtyShards)) {
    const rev = state.shardRevs[k];
    const doc: LedgerDoc = { _id: shardDocId(k), ...(rev ? { _rev: rev } : {}), entries };
    parts.push({
      doc,
      written(saved, newRev) {
        saved.shardRevs[k] = newRev;
        saved.dirtyShards.delete(k);
      },
    });
  }
  if (state.legacyRev && parts.length)
    parts.push({
      doc: { _id: LEGACY_LEDGER_ID, _rev: state.legacyRev, _deleted: true } as LocalDoc,
      written: (saved) => delete saved.legacyRev,
    });
  if (state.stateDirty) parts.push({ doc: stateDoc(state), written: stateWritten });
  return parts;
}

async function saveState(replica: PouchDatabase, state: LedgerState): Promise<void> {
  const res = await replica.put(stateDoc(state));
  stateWritten(state, res.rev!);
}

/**
 * Saves what changed in one write: PouchDB writes `_local` documents given together in one
 * transaction, so the ledger and the state never disagree after a stop. (Written one by one, the
 * 32 shards a new member's first sync changes took about 145 ms in Chromium, twice.) A document
 * that could not be written stays to save, and its error is thrown, as a single write's would be.
 */
export async function saveLedger(replica: PouchDatabase, state: LedgerState): Promise<void> {
  const parts = partsToSave(state);
  if (!parts.length) return;
  const results = (await replica.bulkDocs(parts.map((part) => part.doc))) as PouchWriteResult[];
  let failure: PouchWriteResult | undefined;
  results.forEach((result, i) => {
    if (result.ok && result.rev) parts[i]!.written(state, result.rev);
    else failure ??= result;
  });
  if (failure) throw writeFailure(failure, 'Saving the ledger');
}

/**
 * Notes documents as unpushed, and saves that, **before** they are written to the replica: a
 * run stopped between the write and the ledger's save (the worker ended, the disk full) then
 * still pushes them, since a push sends only the documents noted. Saving the state alone is
 * safe here: its other fields (the apply checkpoint, the restore) are saved as soon as they
 * change, so they are the saved ones. A document noted whose write then fails is compared with
 * the server and found there, which costs nothing more.
 */
export async function noteUnpushed(
  replica: PouchDatabase,
  state: LedgerState,
  docIds: readonly string[],
): Promise<void> {
  const fresh = docIds.filter((docId) => !state.unpushed.has(docId));
  if (!fresh.length) return;
  for (const docId of fresh) markUnpushed(state, docId);
  // Without the full list, the next push compares every change anyway.
  if (state.unpushedListsAll) await saveState(replica, state);
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
  state.dirtyShards.add(shardOf(docId));
}

export function markUnpushed(state: LedgerState, docId: string): void {
  state.unpushed.add(docId);
  state.stateDirty = true;
}

/** After a push that worked: the replica holds nothing the server lacks. */
export function markAllPushed(state: LedgerState): void {
  state.unpushed.clear();
  state.unpushedListsAll = true;
  state.stateDirty = true;
}

/** The server's changes up to `seq` are in the replica. */
export function movePulled(state: LedgerState, seq: number | string): void {
  if (state.pulledSeq === seq) return;
  state.pulledSeq = seq;
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
  for (const k of allShards()) state.dirtyShards.add(k);
  state.checkpoint = 0;
  if (restoreId) state.restoreId = restoreId;
  else delete state.restoreId;
  state.stateDirty = true;
}
