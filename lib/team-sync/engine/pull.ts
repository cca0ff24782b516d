/**
 * The pull: the team's changes into the replica, by CouchDB's replication protocol (`_changes`,
 * then `_bulk_get` of the revisions the replica lacks, written with `new_edits: false` so
 * PouchDB merges them into each document's revision tree as replication does).
 *
 * Why not PouchDB's `replicate`: for one change it makes five requests one after another (its
 * checkpoint on the server read, `_changes`, `_bulk_get`, the checkpoint written, `_changes`
 * again to find the end) and reads and writes its checkpoint in the replica too; that was most of
 * an incremental sync (85–130 ms of 130–170 ms in Chromium, 5 December 2026). Here a sync with
 * one change makes two, and where the server's changes were read up to is kept in the ledger's
 * state (`pulledSeq`), saved with the rest of the ledger. PouchDB still does the rest: the
 * requests (its HTTP adapter, with the member's credentials), the revision trees, the writes. The
 * push of named documents is `push.ts`.
 */
import type { Body } from './plan';
import { writeFailure, type PouchDatabase, type PouchWriteResult } from './pouch';

/**
 * Changes read per request: a `_changes` page and a `_bulk_get` whose body lists only ids and
 * revisions. 1,000 make a new member's first sync of 5,000 documents five rounds.
 */
export const PULL_BATCH = 1000;

/** A document as `_bulk_get` gives it (with its history, `_revisions`). */
export type PulledDoc = Body;

export interface PullResult {
  /** Documents (revisions) written to the replica. */
  written: number;
  /** The server's changes up to here are in the replica. */
  position: number | string;
  /** What was written, when every document was new to the replica and came as one revision. */
  newDocs?: PulledDoc[];
}

/** The leading count of a sequence (CouchDB's "1234-g1AA…", or PouchDB's plain number). */
export function seqCount(seq: unknown): number | undefined {
  if (typeof seq === 'number') return Number.isFinite(seq) ? seq : undefined;
  if (typeof seq !== 'string') return undefined;
  const digits = /^\d+/.exec(seq);
  return digits ? Number(digits[0]) : undefined;
}

/**
 * Where to read the server's changes from. A position past the database's own count of
 * changes belongs to another database of that name (deleted and made again on the server):
 * then from the start, so nothing of the new one is missed. PouchDB's replication found this
 * through its checkpoint on the server, which such a database no longer has.
 */
export function pullStart(saved: number | string, serverInfo: object): number | string {
  const at = seqCount(saved);
  const count = seqCount((serverInfo as { update_seq?: unknown }).update_seq);
  return at !== undefined && count !== undefined && at > count ? 0 : saved;
}

/** The given revisions with their history, as the server holds them. */
async function fetchRevisions(
  remote: PouchDatabase,
  wanted: { id: string; rev: string }[],
): Promise<PulledDoc[]> {
  if (!wanted.length) return [];
  // `latest`: a revision replaced meanwhile comes as its newest descendant, as CouchDB's
  // replicator asks; `attachments`: a document holding any is written whole.
  const res = await remote.bulkGet({ docs: wanted, revs: true, latest: true, attachments: true });
  return res.results.flatMap((result) =>
    result.docs.flatMap((doc) => ('ok' in doc ? [doc.ok as PulledDoc] : [])),
  );
}

/** Writes revisions fetched from the server into the replica's revision trees. */
async function writeRevisions(replica: PouchDatabase, docs: object[]): Promise<number> {
  if (!docs.length) return 0;
  // With `new_edits: false`, PouchDB answers only the documents it could not write.
  const failed = (await replica.bulkDocs(docs, { new_edits: false })) as PouchWriteResult[];
  const failure = failed.find((result) => result.error);
  if (failure) throw writeFailure(failure, `Writing ${String(failure.id)}`);
  return docs.length;
}

/**
 * The given revisions the replica lacks, as `revsDiff` answers, reading the replica once for
 * the documents it has never held and for the ones whose current revision is all that is asked.
 * The pull asks this for each page of changes, and the `idb` adapter's own `revsDiff` reads each
 * document's revision tree in a transaction of its own: about 150 ms per 1,000 documents in
 * Chromium, every one of them missing on a new member's first sync, and every one of them held on
 * the sync after a push (the server's changes list the documents just sent). Any other document
 * the replica holds (deleted ones too) goes to `revsDiff` as before. Also says which documents
 * the replica has never held.
 */
export async function missingRevisions(
  replica: PouchDatabase,
  request: Record<string, string[]>,
): Promise<{ missing: Record<string, { missing?: string[] }>; neverHeld: Set<string> }> {
  const ids = Object.keys(request);
  const missing: Record<string, { missing?: string[] }> = {};
  const neverHeld = new Set<string>();
  if (!ids.length) return { missing, neverHeld };
  const { rows } = await replica.allDocs({ keys: ids });
  const held: Record<string, string[]> = {};
  for (const row of rows as { key: string; error?: unknown; value?: { rev?: unknown } }[]) {
    const asked = request[row.key]!;
    if (row.error === 'not_found') {
      missing[row.key] = { missing: [...asked] };
      neverHeld.add(row.key);
    } else if (!asked.every((rev) => rev === row.value?.rev)) held[row.key] = asked;
  }
  if (Object.keys(held).length) Object.assign(missing, await replica.revsDiff(held));
  return { missing, neverHeld };
}

/**
 * The revision of a document the replica held when it was last exchanged (the ledger's), so
 * held still: a replica loses no revision. Undefined when not known.
 */
export type KnownRevision = (docId: string) => string | undefined;

/**
 * The revisions each change lists that the replica lacks, and the documents it never held. A
 * change listing only the revision last exchanged is left out without reading the replica: the
 * sync after a push finds each document it sent among the server's changes (a new member's first
 * sync sends its starter records, about 100, and the next one read them all back, 20–30 ms).
 */
async function lackedRevisions(
  replica: PouchDatabase,
  changes: readonly { id: string; changes: { rev: string }[] }[],
  knownRevision: KnownRevision,
): Promise<{ wanted: { id: string; rev: string }[]; neverHeld: Set<string> }> {
  const request: Record<string, string[]> = {};
  for (const change of changes) {
    const revs = change.changes.map((c) => c.rev);
    if (revs.every((rev) => rev === knownRevision(change.id))) continue;
    request[change.id] = [...(request[change.id] ?? []), ...revs];
  }
  const { missing, neverHeld } = await missingRevisions(replica, request);
  const wanted = Object.entries(missing).flatMap(([id, answer]) =>
    (answer.missing ?? []).map((rev) => ({ id, rev })),
  );
  return { wanted, neverHeld };
}

/** One page of the server's changes, with the revisions of it the replica lacks. */
interface Batch {
  docs: PulledDoc[];
  /** Documents of the page the replica had never held. */
  neverHeld: Set<string>;
  /** The server's changes up to here are in this batch. */
  position: number | string;
  /** The page was full: the server may have more. */
  more: boolean;
}

async function fetchBatch(
  replica: PouchDatabase,
  remote: PouchDatabase,
  since: number | string,
  knownRevision: KnownRevision,
): Promise<Batch> {
  const page = await remote.changes({
    since,
    style: 'all_docs',
    limit: PULL_BATCH,
    batch_size: PULL_BATCH,
  });
  const neverHeld = new Set<string>();
  if (!page.results.length) return { docs: [], neverHeld, position: since, more: false };
  const lacked = await lackedRevisions(replica, page.results, knownRevision);
  const docs = await fetchRevisions(remote, lacked.wanted);
  return {
    docs,
    neverHeld: lacked.neverHeld,
    position: page.last_seq,
    more: page.results.length >= PULL_BATCH,
  };
}

/**
 * The documents a pull wrote, when each is new to the replica and came as one revision: then
 * they are exactly what the replica's change feed would give the apply, and the apply takes them
 * from here instead of reading them back (0.6–0.7 s of a new member's first sync of 5,000 in
 * Chromium). Anything else (a document the replica held, several revisions of one, more than
 * HANDED_AT_MOST) and the apply reads the feed as always.
 */
const HANDED_AT_MOST = 20_000;

class NewDocuments {
  private docs: Map<string, PulledDoc> | undefined = new Map();

  take(batch: Batch): void {
    const docs = this.docs;
    if (!docs) return;
    for (const doc of batch.docs) {
      if (!batch.neverHeld.has(doc._id) || docs.has(doc._id) || docs.size >= HANDED_AT_MOST) {
        this.docs = undefined;
        return;
      }
      docs.set(doc._id, doc);
    }
  }

  /** The documents, without the history the write needed; undefined when not all are new. */
  list(): PulledDoc[] | undefined {
    if (!this.docs) return undefined;
    return [...this.docs.values()].map(({ _revisions: _, ...doc }) => doc);
  }
}

/**
 * Takes the server's changes after `since` into the replica. The next batch is fetched while one
 * is written: a page's documents appear in no other page, so what the replica lacks of it does
 * not depend on the writes before it. The position moves only past batches written.
 */
export async function pullChanges(
  replica: PouchDatabase,
  remote: PouchDatabase,
  since: number | string,
  knownRevision: KnownRevision = () => undefined,
): Promise<PullResult> {
  let written = 0;
  let position = since;
  const fresh = new NewDocuments();
  let batch = await fetchBatch(replica, remote, since, knownRevision);
  for (;;) {
    const next = batch.more
      ? fetchBatch(replica, remote, batch.position, knownRevision)
      : undefined;
    next?.catch(() => undefined); // a failed write ends the pull first; this one is dropped
    written += await writeRevisions(replica, batch.docs);
    fresh.take(batch);
    position = batch.position;
    if (!next) break;
    batch = await next;
  }
  const docs = written ? fresh.list() : undefined;
  return { written, position, ...(docs ? { newDocs: docs } : {}) };
}
