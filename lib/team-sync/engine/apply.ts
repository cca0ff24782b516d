/**
 * Apply: documents from the replica into the app's tables. Each document's live versions go
 * through the conflict rule (`resolve.ts`); the losing leaves are deleted in the replica with
 * the losing version kept in the deletion, so every member logs it; the winner meets the local
 * copy (`settle.ts`) in one transaction; malformed documents are reported and skipped.
 */
import type { LocalizedText } from '@/lib/db/types';
import { parseDocId } from './docs';
import { moveCheckpoint, noteUnpushed, recordExchange, saveLedger } from './ledger';
import { addNewConflicts, inApplyTransaction, putRecords, readLocalCopies } from './local-tables';
import {
  planDocument,
  revisionsToRead,
  revKey,
  selectWork,
  type Body,
  type Incoming,
  type Plan,
  type Revisions,
  type Work,
} from './plan';
import type { PouchDatabase, PouchWriteResult } from './pouch';
import { skip, type SyncRun } from './run';
import { settle } from './settle';

/**
 * Changes applied per transaction of the app's database, each followed by a save of the ledger
 * (the ledger's 32 parts all change when 1,000 documents arrive). A new member's first sync of
 * 5,000 documents in Chromium applied them in 2.5–2.9 s at 1,000 a batch and in 2.0–2.1 s at
 * 5,000 (5 December 2026); the shared tables are held for about 1.5 s then, once.
 */
const CHANGES_BATCH = 5000;

const NOT_SAPA: LocalizedText = {
  id: 'Dokumen ini bukan data Sapa.',
  en: 'This document is not Sapa data.',
};

/** Reads the given revisions (with their history, to find a deleted leaf's parent). */
async function readRevisions(replica: PouchDatabase, work: readonly Work[]): Promise<Revisions> {
  const wanted = revisionsToRead(work);
  const fetched: Revisions = new Map();
  if (!wanted.length) return fetched;
  const res = await replica.bulkGet({ docs: wanted, revs: true });
  for (const result of res.results) {
    for (const d of result.docs) {
      if ('ok' in d) {
        const body = d.ok as Body;
        fetched.set(revKey(body._id, body._rev), body);
      }
    }
  }
  return fetched;
}

/** Plans each document; documents that are not Sapa's are reported once and remembered. */
function planAll(run: SyncRun, work: readonly Work[], fetched: Revisions): Plan[] {
  const plans: Plan[] = [];
  for (const w of work) {
    const docId = w.item.id;
    const report = (reason: LocalizedText) => skip(run.tally, docId, reason);
    const target = parseDocId(docId);
    if (!target) {
      report(NOT_SAPA);
      recordExchange(run.ledger, docId, { rev: w.item.doc._rev });
      continue;
    }
    plans.push(planDocument(w, target, fetched, run.ledger.entries[docId], report, run.now()));
  }
  return plans;
}

/** Deletes the losing live leaves in the replica; true when it wrote any. */
async function deleteLosingLeaves(run: SyncRun, plans: readonly Plan[]): Promise<boolean> {
  const deletes = plans.flatMap((p) => (p.kind === 'winner' ? p.deletes : []));
  if (!deletes.length) return false;
  const byDoc = new Map(plans.map((p) => [p.docId, p]));
  await noteUnpushed(
    run.replica,
    run.ledger,
    deletes.map((d) => d._id as string),
  );
  const results = (await run.replica.bulkDocs(deletes)) as PouchWriteResult[];
  let wrote = false;
  results.forEach((r, i) => {
    const docId = deletes[i]!._id as string;
    if (!r.ok || !r.rev) return;
    // The loser is logged from this plan already; as "seen", its deletion is not read back.
    const plan = byDoc.get(docId);
    if (plan?.kind === 'winner') plan.seen.push(r.rev);
    wrote = true;
  });
  return wrote;
}

/**
 * Settles every plan against the local copies in one transaction, so a local edit made
 * meanwhile is either read here or made after the write; true when a local edit won.
 */
async function writeLocalCopies(run: SyncRun, plans: readonly Plan[]): Promise<boolean> {
  const at = run.now();
  const { settled, added } = await inApplyTransaction(run.db, async () => {
    const records = plans.flatMap((p) => (p.kind === 'invalid' ? [] : [p]));
    const copies = await readLocalCopies(run.db, records);
    const settled = plans.map((plan) => ({
      docId: plan.docId,
      ...settle(plan, copies.get(plan.docId), run.ledger.entries[plan.docId], at),
    }));
    const puts = settled.flatMap((s) => (s.put ? [s.put] : []));
    await putRecords(run.db, puts);
    const rows = settled.flatMap((s) => s.conflicts);
    return { settled, added: await addNewConflicts(run.db, rows) };
  });
  run.tally.conflicts += added;
  for (const s of settled) recordExchange(run.ledger, s.docId, s.entry);
  return settled.some((s) => s.localWon);
}

/** Applies documents; true when it wrote to the replica (a local edit to export again). */
async function applyDocs(run: SyncRun, items: readonly Incoming[]): Promise<boolean> {
  const work = selectWork(items, run.ledger.entries);
  if (!work.length) return false;
  const fetched = await readRevisions(run.replica, work);
  const plans = planAll(run, work, fetched);
  const deleted = await deleteLosingLeaves(run, plans);
  const localWon = await writeLocalCopies(run, plans);
  return deleted || localWon;
}

/**
 * Applies every replica change since the checkpoint, in batches, saving the ledger after each;
 * true when it wrote to the replica.
 */
export async function applyPulled(run: SyncRun): Promise<boolean> {
  let wrote = false;
  for (;;) {
    const res = await run.replica.changes({
      since: run.ledger.checkpoint,
      include_docs: true,
      conflicts: true,
      style: 'all_docs',
      limit: CHANGES_BATCH,
    });
    if (!res.results.length) break;
    const items: Incoming[] = res.results.map((change) => ({
      id: change.id,
      doc: change.doc as Body,
      leaves: change.changes.map((c) => c.rev),
    }));
    if (await applyDocs(run, items)) wrote = true;
    moveCheckpoint(run.ledger, res.last_seq);
    await saveLedger(run.replica, run.ledger);
    if (res.results.length < CHANGES_BATCH) break;
  }
  return wrote;
}

/**
 * Applies the documents a pull just wrote, each new to the replica as one revision (`pull` in
 * `transport.ts` hands them over only then), as the replica's changes would give them; the
 * checkpoint then moves to `upTo`, the replica's last change after the pull. The ledger is saved
 * once, at the end: a stop before it applies them again from the replica, which is harmless.
 */
export async function applyHandedOver(
  run: SyncRun,
  pulled: { docs: readonly Body[]; upTo: number | string },
): Promise<boolean> {
  let wrote = false;
  for (let i = 0; i < pulled.docs.length; i += CHANGES_BATCH) {
    const items = pulled.docs
      .slice(i, i + CHANGES_BATCH)
      .map((doc): Incoming => ({ id: doc._id, doc, leaves: [doc._rev] }));
    if (await applyDocs(run, items)) wrote = true;
  }
  moveCheckpoint(run.ledger, pulled.upTo);
  await saveLedger(run.replica, run.ledger);
  return wrote;
}

interface AllDocsRow {
  id: string;
  value?: { rev: string; deleted?: boolean };
  doc?: Body | null;
}

/** Applies the replica's current version of the given documents, then saves the ledger. */
export async function applyLatest(run: SyncRun, ids: string[]): Promise<void> {
  const res = await run.replica.allDocs({ keys: ids, include_docs: true, conflicts: true });
  const items: Incoming[] = [];
  for (const row of res.rows as AllDocsRow[]) {
    if (!row.value) continue;
    // A deleted document comes without its body.
    const doc: Body = row.doc ?? { _id: row.id, _rev: row.value.rev, _deleted: true };
    items.push({ id: row.id, doc, leaves: [doc._rev, ...(doc._conflicts ?? [])] });
  }
  await applyDocs(run, items);
  await saveLedger(run.replica, run.ledger);
}
