/**
 * Transport: replication between this member's replica and the team database. The remote
 * database arrives ready to use: the caller opens it with the member's credentials (PouchDB
 * sends them with every request) and with `skip_setup`, so a mistyped address never creates a
 * database. Every failure here becomes a SyncError whose code the Team sync panel explains.
 */
import type { LocalizedText } from '@/lib/db/types';
import { toSyncError } from './errors';
import { markAllPushed, markUnpushed, movePulled, recordExchange, saveLedger } from './ledger';
import {
  pullChanges,
  pullStart,
  type KnownRevision,
  type PulledDoc,
  type PullResult,
} from './pull';
import { PUSH_BATCH, pushDocuments, type PushResult } from './push';
import type { PouchDatabase, PouchWriteResult } from './pouch';
import { skip, type SyncRun } from './run';

/**
 * PouchDB's replication, for a push that compares every change since its checkpoint: no retry
 * (a failed sync is tried again later by the caller, and must fail with a reason), and batches
 * of `PUSH_BATCH` documents. The pull is `pull.ts`, the push of named documents `push.ts`.
 */
const PUSH = { batch_size: PUSH_BATCH, batches_limit: 4, retry: false } as const;

const SERVER_REFUSED: LocalizedText = {
  id: 'Server menolak perubahan ini (tidak sesuai aturan basis data tim).',
  en: "The server refused this change (it doesn't meet the team database's rules).",
};

/** Runs a request to the server; whatever it throws becomes a SyncError. */
async function toServer<T>(request: () => PromiseLike<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toSyncError(error);
  }
}

/**
 * Asks for the database's info before any replication starts, so a server that is not there
 * (or a proxy page answering in its place) fails early, as unreachable. PouchDB returns a
 * missing database or refused credentials inside the info instead of rejecting; the pull then
 * fails with their own codes.
 */
export async function checkServer(remote: PouchDatabase): Promise<object> {
  return toServer(() => remote.info());
}

/**
 * The team database as a push that compares every change (PouchDB's replication, rare: a
 * replica whose state was lost) sees it. PouchDB's replication asks for the database's info
 * (for progress figures Sapa does not show) before it starts and after every batch: here it is
 * the one `checkServer` fetched for this sync. Its checkpoint on the server is read once:
 * PouchDB reads it when it starts and again before each write, only to learn its revision
 * (`updateCheckpoint`), and nothing else writes it (its id names this member's replica).
 * Everything else goes to the database itself.
 */
export function knownServer(remote: PouchDatabase, info: object): PouchDatabase {
  const checkpoints = checkpointsReadOnce(remote);
  return withMethods(remote, {
    info: () => Promise.resolve(info),
    get: checkpoints.get,
    put: checkpoints.put,
  });
}

/**
 * `db` as a replication sees it, with the given methods answered in its place. Every other
 * method runs on the database itself; the constructor is handed out as it is (PouchDB's static
 * members live on it).
 */
function withMethods(db: PouchDatabase, methods: Partial<PouchDatabase>): PouchDatabase {
  return new Proxy(db, {
    get(target, property) {
      if (Object.hasOwn(methods, property)) return methods[property as keyof PouchDatabase];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' && property !== 'constructor'
        ? (value as () => unknown).bind(target)
        : value;
    },
  });
}

const isCheckpoint = (docId: unknown): docId is string =>
  typeof docId === 'string' && docId.startsWith('_local/');

/**
 * `get` and `put` that remember each checkpoint document (`_local/…`) read or written, and answer
 * a second read from memory. A write that fails forgets it: PouchDB answers a conflict (409) by
 * reading the document again, and that read must reach the server.
 */
function checkpointsReadOnce(remote: PouchDatabase): Pick<PouchDatabase, 'get' | 'put'> {
  const known = new Map<string, object>();
  // Other reads and writes, and any with options (the replication's fallback for a server
  // without `_bulk_get` reads documents with `open_revs`), go to the database as they are.
  const get = remote.get.bind(remote) as (...args: unknown[]) => Promise<object>;
  const put = remote.put.bind(remote) as (...args: unknown[]) => Promise<PouchWriteResult>;
  return {
    async get(...args: unknown[]) {
      const [docId] = args;
      if (args.length !== 1 || !isCheckpoint(docId)) return get(...args);
      const kept = known.get(docId);
      if (kept) return structuredClone(kept);
      const doc = await get(docId);
      known.set(docId, structuredClone(doc));
      return doc;
    },
    async put(...args: unknown[]) {
      const docId = (args[0] as { _id?: unknown } | undefined)?._id;
      if (args.length !== 1 || !isCheckpoint(docId)) return put(...args);
      known.delete(docId);
      const written = await put(args[0]);
      if (written.ok && written.rev)
        known.set(docId, { ...structuredClone(args[0] as object), _rev: written.rev });
      return written;
    },
  };
}

/**
 * Sends the replica's changes to the server: those of the documents in `only` when given
 * (`push.ts`: compared with the server, no checkpoint needed, so a new member's first push
 * compares only what it wrote, not the thousands of documents it has just pulled), otherwise
 * every change since the push's checkpoint (PouchDB's replication).
 */
export async function replicateTo(
  replica: PouchDatabase,
  remote: PouchDatabase,
  only?: readonly string[],
): Promise<PushResult> {
  if (only) return toServer(() => pushDocuments(replica, remote, only));
  const res = await toServer(() => replica.replicate.to(remote as never, PUSH as never));
  const refused = ((res.errors ?? []) as { id?: unknown }[]).flatMap((error) =>
    typeof error.id === 'string' ? [error.id] : [],
  );
  return { written: res.docs_written, refused };
}

/** The server's changes after `since` into the replica (`pull.ts`); failures become SyncErrors. */
export function pullFrom(
  replica: PouchDatabase,
  remote: PouchDatabase,
  since: number | string = 0,
  knownRevision?: KnownRevision,
): Promise<PullResult> {
  return toServer(() => pullChanges(replica, remote, since, knownRevision));
}

/** What a pull leaves for the apply: the documents it wrote, when they can be handed over. */
export interface Pulled {
  docs: PulledDoc[];
  /** The replica's changes up to here are these documents, or applied already. */
  upTo: number | string;
}

/**
 * Takes the server's changes into the replica (`pull.ts`), from where the last pull got to;
 * `serverInfo` is the database's info `checkServer` fetched for this sync. The new position is
 * saved with the ledger: by the apply that follows when documents arrived, here otherwise.
 * Returns the documents written for the apply to take as they are, when every one was new to
 * the replica and everything the replica held before is applied (the apply checkpoint at its
 * last change); otherwise the apply reads the replica's changes.
 */
export async function pull(
  run: SyncRun,
  serverInfo: object,
  server: PouchDatabase = run.remote,
): Promise<Pulled | undefined> {
  const since = pullStart(run.ledger.pulledSeq, serverInfo);
  const before = await lastChange(run.replica);
  const { entries } = run.ledger;
  const { written, position, newDocs } = await pullFrom(
    run.replica,
    server,
    since,
    (docId) => entries[docId]?.rev,
  );
  run.tally.pulled += written;
  movePulled(run.ledger, position);
  if (!written && run.ledger.stateDirty) await saveLedger(run.replica, run.ledger);
  if (!newDocs || before === undefined || before !== run.ledger.checkpoint) return undefined;
  const upTo = await lastChange(run.replica);
  return upTo === undefined ? undefined : { docs: newDocs, upTo };
}

/** The replica's last change (its `update_seq`). */
async function lastChange(replica: PouchDatabase): Promise<number | string | undefined> {
  const seq = ((await replica.info()) as { update_seq?: unknown }).update_seq;
  return typeof seq === 'number' || typeof seq === 'string' ? seq : undefined;
}

/**
 * Pushes the documents noted as unpushed (every change since the checkpoint when the ledger may
 * have missed some), then records that everything but the refused documents is on the server.
 */
export async function push(run: SyncRun, server: PouchDatabase = run.remote): Promise<void> {
  const { ledger } = run;
  const only = ledger.unpushedListsAll ? [...ledger.unpushed] : undefined;
  const { written, refused } = await replicateTo(run.replica, server, only);
  run.tally.pushed += written;
  markAllPushed(run.ledger);
  // Refused documents stay pending and are offered again next time (the server's rules may
  // change); forgetting their signature makes the next export send them again.
  for (const docId of refused) {
    skip(run.tally, docId, SERVER_REFUSED);
    markUnpushed(run.ledger, docId);
    recordExchange(run.ledger, docId, { sig: undefined });
  }
  await saveLedger(run.replica, run.ledger);
}
