/**
 * What one document from the replica means, before looking at the local copy (pure): which of
 * its live versions is valid, which one wins under the conflict rule, which losing versions to
 * log, and which losing leaves to delete in the replica. Documents come from any tool that can
 * write to the team database, so every version is checked before it counts.
 */
import { clampRecordTime } from '@/lib/db/clock';
import type { ConflictRecord, LocalizedText, SharedTableName } from '@/lib/db/types';
import { canonical, conflictIdForRev, isDesignDoc, type SyncRecord } from './docs';
import { unseenDeletedLeaves, type Ledger, type LedgerEntry } from './ledger';
import { pickWinner, type Version } from './resolve';
import { checkDoc } from './validate';

/** A document as the replica returns it, typed loosely (documents are untrusted). */
export type Body = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
  _revisions?: { start: number; ids: string[] };
};

/** One document from the replica's changes (or read again after an export met it). */
export interface Incoming {
  id: string;
  doc: Body;
  /** Every leaf revision, deleted ones included. */
  leaves: string[];
}

/** A document to apply, with the revisions to read besides its winning one. */
export interface Work {
  item: Incoming;
  /** Live conflicting revisions. */
  conflicts: string[];
  /** Deleted leaves not looked at yet: versions that lost a conflict another member resolved. */
  deleted: string[];
}

/** Revisions read from the replica, by `revKey`. */
export type Revisions = Map<string, Body>;

/** A losing version for the conflict log (before deciding whether it differs from the kept one). */
export interface Loser {
  id: string;
  record: SyncRecord;
  /** Fixed side, or computed from the local copy when undefined. */
  kept?: ConflictRecord['kept'];
}

/** What one incoming document means, before looking at the local copy. */
export type Plan =
  | {
      kind: 'winner';
      docId: string;
      table: SharedTableName;
      recordId: string;
      winner: Version;
      losers: Loser[];
      /** Deletions of the losing live leaves, to write in the replica. */
      deletes: Record<string, unknown>[];
      /** The ledger's `seen` after this document (deleted leaves looked at). */
      seen: string[];
    }
  | { kind: 'deleted'; docId: string; table: SharedTableName; recordId: string; rev: string }
  | { kind: 'invalid'; docId: string; rev: string };

export function revKey(docId: string, rev: string): string {
  return `${docId}\n${rev}`;
}

/**
 * The documents that need applying: not design documents, and not already applied as they are
 * (same revision as the ledger's, no conflict, no deleted leaf to look at).
 */
export function selectWork(items: readonly Incoming[], ledger: Ledger): Work[] {
  const work: Work[] = [];
  for (const item of items) {
    if (isDesignDoc(item.id) || !item.doc) continue;
    const entry = ledger[item.id];
    const conflicts = item.doc._conflicts ?? [];
    const deleted = item.doc._deleted
      ? []
      : unseenDeletedLeaves(item.leaves, [item.doc._rev, ...conflicts], entry);
    if (item.doc._rev === entry?.rev && !conflicts.length && !deleted.length) continue;
    work.push({ item, conflicts, deleted });
  }
  return work;
}

/** The revisions to read besides the winners: live conflicts and unseen deleted leaves. */
export function revisionsToRead(work: readonly Work[]): { id: string; rev: string }[] {
  return work.flatMap((w) => [...w.conflicts, ...w.deleted].map((rev) => ({ id: w.item.id, rev })));
}

function parentRev(body: Body): string | undefined {
  const revs = body._revisions;
  if (!revs || revs.ids.length < 2) return undefined;
  return `${revs.start - 1}-${revs.ids[1]}`;
}

/**
 * The valid live versions. Invalid ones are reported and left alone: they may be a newer Sapa's,
 * which this version cannot judge, so they are never deleted or applied here. With `now`, each
 * version's `updatedAt` is clamped to now plus the allowance before the conflict rule sees it:
 * another computer's clock (or a hand edit) must not make a version win forever.
 */
function validVersions(
  work: Work,
  fetched: Revisions,
  report: (reason: LocalizedText) => void,
  now?: number,
): Version[] {
  const { id, doc } = work.item;
  const versions: Version[] = [];
  for (const rev of [doc._rev, ...work.conflicts]) {
    const body = rev === doc._rev ? doc : fetched.get(revKey(id, rev));
    if (!body) continue;
    const check = checkDoc(body);
    if (!check.ok) report(check.reason);
    else
      versions.push({
        rev,
        record: now === undefined ? check.record : clampRecordTime(check.record, now),
      });
  }
  return versions;
}

/** The deletion of a losing leaf; the losing version stays readable in it, so every member can log it. */
function deletionOf(
  docId: string,
  table: SharedTableName,
  loser: Version,
): Record<string, unknown> {
  return {
    _id: docId,
    _rev: loser.rev,
    _deleted: true,
    sapa: 1,
    table,
    record: canonical(loser.record),
  };
}

/** Versions that lost a conflict another member resolved, read from their deletions. */
function resolvedElsewhere(docId: string, deleted: readonly string[], fetched: Revisions): Loser[] {
  const losers: Loser[] = [];
  for (const rev of deleted) {
    const body = fetched.get(revKey(docId, rev));
    const parent = body && parentRev(body);
    if (!body || !parent) continue;
    const check = checkDoc(body);
    if (check.ok) losers.push({ id: conflictIdForRev(docId, parent), record: check.record });
  }
  return losers;
}

/**
 * The plan for one of Sapa's documents (`target` is its parsed id). `report` receives the reason
 * for each invalid version; `now` (this computer's clock) clamps incoming times.
 */
export function planDocument(
  work: Work,
  target: { table: SharedTableName; recordId: string },
  fetched: Revisions,
  entry: LedgerEntry | undefined,
  report: (reason: LocalizedText) => void,
  now?: number,
): Plan {
  const { item } = work;
  const { table, recordId } = target;
  const docId = item.id;
  if (item.doc._deleted) return { kind: 'deleted', docId, table, recordId, rev: item.doc._rev };

  const versions = validVersions(work, fetched, report, now);
  if (!versions.length) return { kind: 'invalid', docId, rev: item.doc._rev };

  const { winner, losers } = pickWinner(table, versions);
  return {
    kind: 'winner',
    docId,
    table,
    recordId,
    winner,
    losers: [
      ...losers.map((l) => ({ id: conflictIdForRev(docId, l.rev), record: l.record })),
      ...resolvedElsewhere(docId, work.deleted, fetched),
    ],
    deletes: losers.map((l) => deletionOf(docId, table, l)),
    seen: [...(entry?.seen ?? []), ...work.deleted],
  };
}
