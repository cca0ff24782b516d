/**
 * The CouchDB two-way sync engine. Dexie stays the app's source of truth; a PouchDB replica per
 * member sits between it and the team database:
 *
 *   Dexie ──export──► local PouchDB ◄──replicate──► team CouchDB
 *   Dexie ◄──apply─── local PouchDB
 *
 * One `runOnce()`: apply anything pulled but not yet applied (an interrupted sync), export local
 * edits (records whose signature differs from the ledger) into the replica, pull, apply what
 * came in (resolving conflicts with the `decide()` order, logging losing versions, exporting
 * local edits that won), then push everything in one go. A local edit and a team edit of the
 * same record meet as a conflict in the replica, so the losing version is kept in the deletion
 * of its branch and every member logs it. A failure leaves every edit in Dexie and the
 * replica: it goes out on the next run.
 */
import type { SapaDb } from '@/lib/db/schema';
import {
  SHARED_TABLES,
  type ConflictRecord,
  type LocalizedText,
  type SharedTableName,
} from '@/lib/db/types';
import {
  canonical,
  conflictIdForLocal,
  conflictIdForRev,
  contentKey,
  isDesignDoc,
  parseDocId,
  sameContent,
  signature,
  toDoc,
  toStoredRecord,
  type SyncRecord,
} from './docs';
import { SyncError, toSyncError } from './errors';
import { localChanges, unseenDeletedLeaves, type Ledger, type LedgerEntry } from './ledger';
import { afterServerDeletion, mergeWithLocal, pickWinner, type Version } from './resolve';
import type { PouchDatabase, PouchWriteResult } from './pouch';
import { checkDoc } from './validate';

export interface CouchSyncOptions {
  /** The app's database, the source of truth. */
  db: SapaDb;
  /** This member's replica (a `PouchDB.Database`: idb adapter in the browser, memory in tests). */
  local: PouchDatabase;
  /** The team database (a `PouchDB.Database`, http adapter; the caller sets auth and skip_setup). */
  remote: PouchDatabase;
  /** The member running the sync (the `updatedBy` of their edits). */
  memberId: string;
  /** Clock for conflict log times and tombstones (tests pin it). */
  now?: () => number;
}

export interface SkippedDoc {
  docId: string;
  reason: LocalizedText;
}

export interface SyncReport {
  /** Documents written to the server. */
  pushed: number;
  /** Documents received from the server. */
  pulled: number;
  /** Losing versions added to the conflict log. */
  conflicts: number;
  /** Documents not applied or not sent, with the reason. */
  skipped: SkippedDoc[];
  startedAt: number;
  finishedAt: number;
}

export interface CouchSync {
  /**
   * One-shot sync: export local edits → pull → apply incoming → push. Runs one at a time (a
   * second call waits for the first). Throws SyncError; local edits are kept either way.
   */
  runOnce(): Promise<SyncReport>;
  /** Local changes not yet on the server. */
  pendingCount(): Promise<number>;
}

const LEDGER_ID = '_local/sapa-ledger';
const STATE_ID = '_local/sapa-state';
/** Changes applied per Dexie transaction. */
const CHANGES_BATCH = 1000;
/** Documents written to the replica per call. */
const WRITE_BATCH = 1000;
const REPLICATION = { batch_size: 250, batches_limit: 4, retry: false } as const;
const TABLES = [...SHARED_TABLES];

const SERVER_REFUSED: LocalizedText = {
  id: 'Server menolak perubahan ini (tidak sesuai aturan basis data tim).',
  en: "The server refused this change (it doesn't meet the team database's rules).",
};
const NOT_SAPA: LocalizedText = {
  id: 'Dokumen ini bukan data Sapa.',
  en: 'This document is not Sapa data.',
};

// ---------------------------------------------------------------------------------------------
// The parts of PouchDB used here, typed loosely (documents from the server are untrusted).

type Body = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
};

interface Incoming {
  id: string;
  doc: Body;
  /** Every leaf revision, deleted ones included. */
  leaves: string[];
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
}

interface Session {
  ledger: Ledger;
  ledgerRev?: string;
  ledgerDirty: boolean;
  checkpoint: number | string;
  unpushed: Set<string>;
  stateRev?: string;
  stateDirty: boolean;
  pushed: number;
  pulled: number;
  conflicts: number;
  skipped: Map<string, LocalizedText>;
}

/** A losing version for the conflict log (before deciding whether it differs from the kept one). */
interface Loser {
  id: string;
  record: SyncRecord;
  /** Fixed side, or computed from the local copy when undefined. */
  kept?: ConflictRecord['kept'];
}

/** What one incoming document means, before looking at the local copy. */
type Plan =
  | {
      kind: 'winner';
      docId: string;
      table: SharedTableName;
      recordId: string;
      winner: Version;
      losers: Loser[];
      deletes: Record<string, unknown>[];
      seen: string[];
    }
  | { kind: 'deleted'; docId: string; table: SharedTableName; recordId: string; rev: string }
  | { kind: 'invalid'; docId: string; rev: string };

function isNotFound(error: unknown): boolean {
  return (error as { status?: unknown } | null)?.status === 404;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

function parentRev(body: Body): string | undefined {
  const revs = body._revisions;
  if (!revs || revs.ids.length < 2) return undefined;
  return `${revs.start - 1}-${revs.ids[1]}`;
}

export function createCouchSync(options: CouchSyncOptions): CouchSync {
  const { db, local, remote } = options;
  const now = options.now ?? Date.now;
  const replica = local;

  // -------------------------------------------------------------------------------------------
  // Ledger and state (_local documents: they never replicate)

  async function readLocal<T extends LocalDoc>(id: string): Promise<T | undefined> {
    try {
      return (await replica.get(id)) as unknown as T;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async function openSession(): Promise<Session> {
    const [ledger, state] = await Promise.all([
      readLocal<LedgerDoc>(LEDGER_ID),
      readLocal<StateDoc>(STATE_ID),
    ]);
    return {
      ledger: ledger?.entries ?? {},
      ledgerRev: ledger?._rev,
      ledgerDirty: false,
      checkpoint: state?.checkpoint ?? 0,
      unpushed: new Set(state?.unpushed ?? []),
      stateRev: state?._rev,
      stateDirty: false,
      pushed: 0,
      pulled: 0,
      conflicts: 0,
      skipped: new Map(),
    };
  }

  /** Saves the ledger, then the state: a crash in between only re-applies, which is harmless. */
  async function save(s: Session): Promise<void> {
    if (s.ledgerDirty) {
      const res = await replica.put({
        _id: LEDGER_ID,
        ...(s.ledgerRev ? { _rev: s.ledgerRev } : {}),
        entries: s.ledger,
      });
      s.ledgerRev = res.rev;
      s.ledgerDirty = false;
    }
    if (s.stateDirty) {
      const res = await replica.put({
        _id: STATE_ID,
        ...(s.stateRev ? { _rev: s.stateRev } : {}),
        checkpoint: s.checkpoint,
        unpushed: [...s.unpushed].sort(),
      });
      s.stateRev = res.rev;
      s.stateDirty = false;
    }
  }

  function setEntry(s: Session, docId: string, patch: LedgerEntry): void {
    const before = s.ledger[docId] ?? {};
    const next: LedgerEntry = { ...before, ...patch };
    if (!next.sig) delete next.sig;
    if (!next.rev) delete next.rev;
    if (!next.seen?.length) delete next.seen;
    s.ledger[docId] = next;
    s.ledgerDirty = true;
  }

  function skip(s: Session, docId: string, reason: LocalizedText): void {
    if (!s.skipped.has(docId)) s.skipped.set(docId, reason);
  }

  async function readShared(): Promise<
    { table: SharedTableName; records: Record<string, unknown>[] }[]
  > {
    return db.transaction('r', TABLES, async () =>
      Promise.all(
        TABLES.map(async (table) => ({
          table,
          records: (await db.table(table).toArray()) as Record<string, unknown>[],
        })),
      ),
    );
  }

  // -------------------------------------------------------------------------------------------
  // Export: Dexie → replica

  /** Writes local edits into the replica; returns the ids that met a newer replica revision. */
  async function exportOnce(s: Session): Promise<string[]> {
    const changes = localChanges(await readShared(), s.ledger);
    const docs: { doc: Record<string, unknown>; sig: string }[] = [];
    for (const change of changes) {
      const doc = toDoc(change.table, change.record, s.ledger[change.docId]?.rev);
      const check = checkDoc(doc);
      if (!check.ok) {
        skip(s, change.docId, check.reason);
        continue;
      }
      docs.push({ doc: doc as unknown as Record<string, unknown>, sig: signature(change.record) });
    }
    const conflicted: string[] = [];
    for (const part of chunks(docs, WRITE_BATCH)) {
      const results = (await replica.bulkDocs(part.map((d) => d.doc))) as PouchWriteResult[];
      results.forEach((result, i) => {
        const { doc, sig } = part[i]!;
        const docId = doc._id as string;
        if (result.ok && result.rev) {
          setEntry(s, docId, { sig, rev: result.rev });
          s.unpushed.add(docId);
          s.stateDirty = true;
        } else if (result.status === 409) conflicted.push(docId);
        else throw Object.assign(new Error(`Writing ${docId} failed`), result);
      });
    }
    await save(s);
    return conflicted;
  }

  async function exportLocal(s: Session): Promise<void> {
    const conflicted = await exportOnce(s);
    if (!conflicted.length) return;
    // The replica holds a revision the ledger did not know (an interrupted run): apply it
    // first, so the local edit meets it through the conflict rule, then export again.
    await refresh(s, conflicted);
    await exportOnce(s);
  }

  async function refresh(s: Session, ids: string[]): Promise<void> {
    const res = await replica.allDocs({ keys: ids, include_docs: true, conflicts: true });
    const items: Incoming[] = [];
    for (const row of res.rows as {
      id: string;
      value?: { rev: string; deleted?: boolean };
      doc?: Body | null;
    }[]) {
      if (!row.value) continue;
      const doc: Body = row.doc ?? { _id: row.id, _rev: row.value.rev, _deleted: true };
      items.push({ id: row.id, doc, leaves: [doc._rev, ...(doc._conflicts ?? [])] });
    }
    await applyItems(s, items);
    await save(s);
  }

  // -------------------------------------------------------------------------------------------
  // Apply: replica → Dexie

  /** Applies every replica change since the checkpoint; true when it wrote to the replica. */
  async function applyIncoming(s: Session): Promise<boolean> {
    let wrote = false;
    for (;;) {
      const res = await replica.changes({
        since: s.checkpoint,
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
      if (await applyItems(s, items)) wrote = true;
      s.checkpoint = res.last_seq;
      s.stateDirty = true;
      await save(s);
      if (res.results.length < CHANGES_BATCH) break;
    }
    return wrote;
  }

  /** Plans, resolves conflicts in the replica, writes Dexie. True when it wrote to the replica. */
  async function applyItems(s: Session, items: Incoming[]): Promise<boolean> {
    // 1. Which revisions to read besides the winner: live conflicts and unseen deleted leaves.
    const work: { item: Incoming; conflicts: string[]; deleted: string[] }[] = [];
    for (const item of items) {
      if (isDesignDoc(item.id) || !item.doc) continue;
      const entry = s.ledger[item.id];
      const conflicts = item.doc._conflicts ?? [];
      const deleted = item.doc._deleted
        ? []
        : unseenDeletedLeaves(item.leaves, [item.doc._rev, ...conflicts], entry);
      if (item.doc._rev === entry?.rev && !conflicts.length && !deleted.length) continue;
      work.push({ item, conflicts, deleted });
    }
    if (!work.length) return false;

    const wanted = work.flatMap((w) =>
      [...w.conflicts, ...w.deleted].map((rev) => ({ id: w.item.id, rev })),
    );
    const fetched = new Map<string, Body>();
    if (wanted.length) {
      const res = await replica.bulkGet({ docs: wanted, revs: true });
      for (const result of res.results) {
        for (const d of result.docs) {
          if ('ok' in d) {
            const body = d.ok as Body;
            fetched.set(`${body._id}\n${body._rev}`, body);
          }
        }
      }
    }

    // 2. Plans (validation and the winner), and the losing leaves to delete in the replica.
    const plans: Plan[] = [];
    for (const { item, conflicts, deleted } of work) {
      const plan = planDoc(s, item, conflicts, deleted, fetched);
      if (plan) plans.push(plan);
    }

    const deletes = plans.flatMap((p) => (p.kind === 'winner' ? p.deletes : []));
    let wrote = false;
    if (deletes.length) {
      const byDoc = new Map(plans.map((p) => [p.docId, p]));
      const results = (await replica.bulkDocs(deletes)) as PouchWriteResult[];
      results.forEach((r, i) => {
        const docId = deletes[i]!._id as string;
        if (r.ok && r.rev) {
          const plan = byDoc.get(docId);
          if (plan?.kind === 'winner') plan.seen.push(r.rev);
          s.unpushed.add(docId);
          s.stateDirty = true;
          wrote = true;
        }
      });
    }

    // 3. The local copies, in one transaction.
    if (await writeDexie(s, plans)) wrote = true;
    return wrote;
  }

  function planDoc(
    s: Session,
    item: Incoming,
    conflicts: string[],
    deleted: string[],
    fetched: Map<string, Body>,
  ): Plan | undefined {
    const docId = item.id;
    const parsed = parseDocId(docId);
    if (!parsed) {
      skip(s, docId, NOT_SAPA);
      setEntry(s, docId, { rev: item.doc._rev });
      return undefined;
    }
    const { table, recordId } = parsed;
    if (item.doc._deleted) return { kind: 'deleted', docId, table, recordId, rev: item.doc._rev };

    // Invalid versions are reported and left alone: they may be a newer Sapa's, which this
    // version cannot judge, so they are never deleted or applied here.
    const versions: Version[] = [];
    for (const rev of [item.doc._rev, ...conflicts]) {
      const body = rev === item.doc._rev ? item.doc : fetched.get(`${docId}\n${rev}`);
      if (!body) continue;
      const check = checkDoc(body);
      if (check.ok) versions.push({ rev, record: check.record });
      else skip(s, docId, check.reason);
    }
    if (!versions.length) return { kind: 'invalid', docId, rev: item.doc._rev };

    const { winner, losers } = pickWinner(table, versions);
    const deletes: Record<string, unknown>[] = [
      // The losing version stays readable in its deletion, so every member can log it.
      ...losers.map((l) => ({
        _id: docId,
        _rev: l.rev,
        _deleted: true,
        sapa: 1,
        table,
        record: canonical(l.record),
      })),
    ];
    const loserRows: Loser[] = losers.map((l) => ({
      id: conflictIdForRev(docId, l.rev),
      record: l.record,
    }));
    // Versions that lost a conflict another member resolved: read from their deletion.
    for (const rev of deleted) {
      const body = fetched.get(`${docId}\n${rev}`);
      const parent = body && parentRev(body);
      if (!body || !parent) continue;
      const check = checkDoc(body);
      if (check.ok) loserRows.push({ id: conflictIdForRev(docId, parent), record: check.record });
    }
    return {
      kind: 'winner',
      docId,
      table,
      recordId,
      winner,
      losers: loserRows,
      deletes,
      seen: [...(s.ledger[docId]?.seen ?? []), ...deleted],
    };
  }

  /** Writes winners into Dexie (one transaction), logs losers; true when a local edit won. */
  async function writeDexie(s: Session, plans: Plan[]): Promise<boolean> {
    const at = now();
    const ledgerUpdates: [string, LedgerEntry][] = [];
    let localWon = false;
    const added = await db.transaction('rw', [...TABLES, 'conflicts'], async () => {
      const currents = new Map<string, SyncRecord | undefined>();
      for (const table of TABLES) {
        const ids = plans.flatMap((p) =>
          p.kind !== 'invalid' && p.table === table ? [p.recordId] : [],
        );
        if (!ids.length) continue;
        const rows = (await db.table(table).bulkGet(ids)) as (SyncRecord | undefined)[];
        ids.forEach((id, i) => currents.set(`${table}:${id}`, rows[i]));
      }
      const puts = new Map<SharedTableName, SyncRecord[]>();
      const put = (table: SharedTableName, record: SyncRecord) => {
        const list = puts.get(table);
        if (list) list.push(record);
        else puts.set(table, [record]);
      };
      const rows: ConflictRecord[] = [];

      for (const plan of plans) {
        const entry = s.ledger[plan.docId];
        if (plan.kind === 'invalid') {
          ledgerUpdates.push([plan.docId, { rev: plan.rev }]);
          continue;
        }
        const current = currents.get(plan.docId);
        if (plan.kind === 'deleted') {
          const outcome = afterServerDeletion(current, entry?.sig, at);
          if (outcome.kind === 'tombstone') {
            put(plan.table, outcome.record);
            ledgerUpdates.push([plan.docId, { sig: signature(outcome.record), rev: plan.rev }]);
          } else if (outcome.kind === 'keep') {
            ledgerUpdates.push([plan.docId, { rev: plan.rev }]);
            localWon = true;
          } else {
            ledgerUpdates.push([
              plan.docId,
              { rev: plan.rev, ...(current ? { sig: signature(current) } : {}) },
            ]);
          }
          continue;
        }

        const winner = toStoredRecord(plan.table, plan.winner.record);
        const outcome = mergeWithLocal(plan.table, current, entry?.sig, winner);
        const losers: Loser[] = [...plan.losers];
        let final: SyncRecord;
        if (outcome.kind === 'keep') {
          final = current!;
          losers.push({
            id: conflictIdForRev(plan.docId, plan.winner.rev),
            record: plan.winner.record,
            kept: 'local',
          });
          ledgerUpdates.push([plan.docId, { rev: plan.winner.rev, seen: plan.seen }]);
          localWon = true;
        } else if (outcome.kind === 'unchanged') {
          final = current!;
          ledgerUpdates.push([
            plan.docId,
            { sig: signature(current!), rev: plan.winner.rev, seen: plan.seen },
          ]);
        } else {
          final = winner;
          put(plan.table, winner);
          if (outcome.localLoser)
            losers.push({
              id: conflictIdForLocal(plan.docId, outcome.localLoser),
              record: outcome.localLoser,
              kept: 'incoming',
            });
          ledgerUpdates.push([
            plan.docId,
            { sig: signature(winner), rev: plan.winner.rev, seen: plan.seen },
          ]);
        }
        const keptSide: ConflictRecord['kept'] =
          current && sameContent(plan.table, current, final) ? 'local' : 'incoming';
        const logged = new Set<string>();
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
      }

      for (const [table, records] of puts) await db.table(table).bulkPut(records);
      if (!rows.length) return 0;
      const existing = await db.conflicts.bulkGet(rows.map((r) => r.id));
      const fresh = rows.filter((r, i) => !existing[i]);
      if (fresh.length) await db.conflicts.bulkPut(fresh);
      return fresh.length;
    });
    s.conflicts += added;
    for (const [docId, patch] of ledgerUpdates) setEntry(s, docId, patch);
    return localWon;
  }

  // -------------------------------------------------------------------------------------------
  // Replication

  async function checkRemote(): Promise<void> {
    // Also keeps PouchDB from replicating against a missing database, where it can leave a
    // rejected request behind.
    await remote.info();
  }

  async function push(s: Session): Promise<void> {
    const res = await local.replicate.to(remote as never, REPLICATION as never);
    s.pushed += res.docs_written;
    s.unpushed.clear();
    s.stateDirty = true;
    // Refused documents stay pending and are offered again next time (the server's rules may
    // change); forgetting their signature makes the next export send them again.
    for (const error of (res.errors ?? []) as { id?: unknown }[]) {
      if (typeof error.id !== 'string') continue;
      skip(s, error.id, SERVER_REFUSED);
      s.unpushed.add(error.id);
      setEntry(s, error.id, { sig: undefined });
    }
    await save(s);
  }

  async function pull(s: Session): Promise<void> {
    const res = await local.replicate.from(remote as never, REPLICATION as never);
    s.pulled += res.docs_written;
  }

  // -------------------------------------------------------------------------------------------

  async function run(): Promise<SyncReport> {
    const startedAt = now();
    try {
      const s = await openSession();
      await applyIncoming(s); // anything pulled by an interrupted run
      await exportLocal(s);
      await checkRemote();
      await pull(s);
      // Pulling before pushing lets the push's checkpoint move past what was just pulled, so
      // the next run does not compare those documents with the server again.
      if (await applyIncoming(s)) await exportLocal(s);
      await push(s);
      return {
        pushed: s.pushed,
        pulled: s.pulled,
        conflicts: s.conflicts,
        skipped: [...s.skipped].map(([docId, reason]) => ({ docId, reason })),
        startedAt,
        finishedAt: now(),
      };
    } catch (error) {
      throw toSyncError(error);
    }
  }

  let queue: Promise<unknown> = Promise.resolve();

  return {
    runOnce() {
      // One run at a time: a second call waits for the first, then syncs again.
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },

    async pendingCount() {
      try {
        const s = await openSession();
        const ids = new Set(s.unpushed);
        for (const change of localChanges(await readShared(), s.ledger)) {
          if (checkDoc(toDoc(change.table, change.record)).ok) ids.add(change.docId);
        }
        return ids.size;
      } catch (error) {
        throw toSyncError(error);
      }
    },
  };
}

export { SyncError };
