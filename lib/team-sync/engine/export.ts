/**
 * Export: local edits from the app's tables into the replica. An edit is a record whose
 * signature differs from the ledger's; it is written on top of the revision last exchanged, so
 * PouchDB tells when the replica moved on meanwhile (a revision the ledger does not know).
 */
import type { SapaDb } from '@/lib/db/schema';
import { signature, toDoc } from './docs';
import {
  forgetAfterRestore,
  localChanges,
  noteUnpushed,
  recordExchange,
  saveLedger,
  type LedgerState,
  type LocalChange,
} from './ledger';
import { readSharedTables } from './local-tables';
import { lookWindow } from './look';
import { writeFailure, type PouchWriteResult } from './pouch';
import { skip, type SyncRun, type Tally } from './run';
import { checkDoc } from './validate';

/** Documents written to the replica per call (keeps one call's memory bounded). */
const WRITE_BATCH = 1000;

interface OutgoingDoc {
  doc: Record<string, unknown> & { _id: string };
  /** The record's signature, remembered once the replica has the document. */
  sig: string;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The documents for the edits, each on top of the revision last exchanged. An edit the team's
 * documents would not accept is reported instead, and stays pending.
 */
export function outgoingDocs(
  edits: readonly LocalChange[],
  ledger: LedgerState,
  tally: Tally,
): OutgoingDoc[] {
  const docs: OutgoingDoc[] = [];
  for (const edit of edits) {
    const doc = toDoc(edit.table, edit.record, ledger.entries[edit.docId]?.rev);
    const check = checkDoc(doc);
    if (!check.ok) {
      // Counted and shown apart in Team sync: it is not in the pending count, so without this
      // the person would see "0 waiting" while the change never reaches the team.
      skip(tally, edit.docId, check.reason, { local: true });
      continue;
    }
    docs.push({ doc: doc as unknown as OutgoingDoc['doc'], sig: signature(edit.record) });
  }
  return docs;
}

/** Writes one batch; returns the ids that met a newer replica revision (HTTP 409). */
async function writeBatch(run: SyncRun, batch: readonly OutgoingDoc[]): Promise<string[]> {
  await noteUnpushed(
    run.replica,
    run.ledger,
    batch.map((d) => d.doc._id),
  );
  const results = (await run.replica.bulkDocs(batch.map((d) => d.doc))) as PouchWriteResult[];
  const stale: string[] = [];
  results.forEach((result, i) => {
    const { doc, sig } = batch[i]!;
    if (result.ok && result.rev) {
      recordExchange(run.ledger, doc._id, { sig, rev: result.rev });
    } else if (result.status === 409) stale.push(doc._id);
    else throw writeFailure(result, `Writing ${doc._id}`);
  });
  return stale;
}

export interface ExportResult {
  /** Ids that met a newer replica revision: the caller applies them, then exports again. */
  stale: string[];
  /**
   * The local database was restored from a backup since the ledger was last saved: nothing was
   * exported and the ledger forgot what it knew; the caller applies the whole replica (where
   * restored records meet the team's versions through the conflict rule), then exports again.
   */
  restored: boolean;
  /** Documents written into the replica. */
  written: number;
}

/** Writes local edits into the replica and saves the ledger. */
export async function exportEdits(run: SyncRun): Promise<ExportResult> {
  const window = lookWindow(run.since, run.ledger.entries);
  const { tables, restoreId } = await readSharedTables(run.db, window);
  if (restoreId !== run.ledger.restoreId) {
    // Sent as edits, restored records would go out on top of the team's newer versions and
    // silently roll them back for everyone.
    forgetAfterRestore(run.ledger, restoreId);
    run.since = undefined; // restored records carry old dates: the rest of the run reads all
    await saveLedger(run.replica, run.ledger);
    return { stale: [], restored: true, written: 0 };
  }
  const edits = localChanges(tables, run.ledger.entries);
  const stale: string[] = [];
  let written = 0;
  for (const batch of chunks(outgoingDocs(edits, run.ledger, run.tally), WRITE_BATCH)) {
    const refused = await writeBatch(run, batch);
    stale.push(...refused);
    written += batch.length - refused.length;
  }
  await saveLedger(run.replica, run.ledger);
  return { stale, restored: false, written };
}

/**
 * How many documents are not on the server yet: those exported but not pushed, and edits not
 * exported yet (except those the team's documents would not accept, which cannot be sent),
 * looking at the records dated `since` or later (every record when undefined, see `look.ts`).
 */
export async function countPending(
  db: SapaDb,
  ledger: LedgerState,
  since?: number,
): Promise<number> {
  const ids = new Set(ledger.unpushed);
  const { tables } = await readSharedTables(db, lookWindow(since, ledger.entries));
  for (const edit of localChanges(tables, ledger.entries)) {
    if (checkDoc(toDoc(edit.table, edit.record)).ok) ids.add(edit.docId);
  }
  return ids.size;
}
