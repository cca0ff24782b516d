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
 *
 * The parts: `ledger.ts` (what was last exchanged), `export.ts`, `apply.ts` (with `plan.ts` and
 * `settle.ts`), `transport.ts` (with `pull.ts` and `push.ts`, the replication protocol);
 * `local-tables.ts` holds their reads and writes of Dexie.
 */
import type { SapaDb } from '@/lib/db/schema';
import { applyHandedOver, applyLatest, applyPulled } from './apply';
import { SyncError, toSyncError } from './errors';
import { countPending, exportEdits } from './export';
import { openLedger, type LedgerState } from './ledger';
import { sharesPostLog } from './local-tables';
import { lookDone, lookSince, parseLookState, type LookMemory, type LookState } from './look';
import type { PouchDatabase } from './pouch';
import { newTally, toReport, type SyncReport, type SyncRun } from './run';
import { checkServer, knownServer, pull, push } from './transport';

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
  /** Keeps the look state across starts of the background (`look.ts`); in memory without it. */
  lookMemory?: LookMemory;
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

/** Exports local edits; true when it wrote to the replica (or may have: see `applyLatest`). */
async function exportLocalEdits(run: SyncRun): Promise<boolean> {
  let exported = await exportEdits(run);
  // A restore from a backup: the whole replica meets the restored records first.
  if (exported.restored) {
    await applyPulled(run);
    exported = await exportEdits(run);
  }
  if (!exported.stale.length) return exported.written > 0;
  // The replica holds a revision the ledger did not know (an interrupted run): apply it
  // first, so the local edit meets it through the conflict rule, then export again.
  await applyLatest(run, exported.stale);
  await exportEdits(run);
  return true;
}

async function syncOnce(run: SyncRun): Promise<void> {
  // The server is asked while the local work runs; its answer is awaited before the pull.
  const checked = checkServer(run.remote);
  checked.catch(() => undefined); // a failure is thrown below, not reported as unhandled
  await applyPulled(run); // anything pulled by an interrupted run
  // The edits just exported are applied (the ledger knows them: nothing is written), so the
  // checkpoint is at the replica's last change and the pull can hand over what it writes.
  if (await exportLocalEdits(run)) await applyPulled(run);
  const info = await checked;
  const server = knownServer(run.remote, info);
  const pulled = await pull(run, info, server);
  const wrote = pulled ? await applyHandedOver(run, pulled) : await applyPulled(run);
  if (wrote) await exportLocalEdits(run); // local edits that won
  if (needsPush(run)) await push(run, server);
}

/**
 * Whether the replica may hold something the server lacks: documents written and not pushed,
 * or a ledger that may not list them all (`unpushedListsAll`). A sync with neither (taking a
 * teammate's change, or the periodic one) skips the push's round of replication requests.
 */
function needsPush(run: SyncRun): boolean {
  return run.ledger.unpushed.size > 0 || !run.ledger.unpushedListsAll;
}

/**
 * Where this run's look starts (`lookSince`), or every record for a replica without its saved
 * state: a new replica (the team connected again after a disconnect, under the same name) or
 * one whose state was lost. The look state kept from before describes another replica then.
 */
function lookSinceFor(
  ledger: LedgerState,
  looks: LookState,
  now: number,
  share: boolean,
): number | undefined {
  return ledger.stateRev === undefined ? undefined : lookSince(looks, now, share);
}

export function createCouchSync(options: CouchSyncOptions): CouchSync {
  const { db, local: replica, remote } = options;
  const now = options.now ?? Date.now;

  // The ledger stays in memory between runs: read from the replica once, then saved by each
  // run as it changes. This engine is the replica's only writer of it. After a failed run it is
  // read again, so what a run changed but could not save is not trusted.
  let ledger: Promise<LedgerState> | undefined;
  const openCached = (): Promise<LedgerState> => (ledger ??= openLedger(replica));
  // Read once from the memory of an earlier background, then kept here and written after each look.
  let looks: Promise<LookState> | undefined;
  const looksCached = (): Promise<LookState> =>
    (looks ??= (options.lookMemory?.read() ?? Promise.resolve(undefined)).then(
      parseLookState,
      () => ({}), // unreadable: this run reads every record
    ));
  const remember = (state: LookState) => {
    options.lookMemory?.write({ ...state }).catch(() => undefined); // next start reads everything
  };

  async function run(): Promise<SyncReport> {
    const startedAt = now();
    try {
      const share = await sharesPostLog(db);
      const looked = await looksCached();
      const ledgerState = await openCached();
      const since = lookSinceFor(ledgerState, looked, startedAt, share);
      const sync: SyncRun = {
        db,
        replica,
        remote,
        now,
        ledger: ledgerState,
        tally: newTally(),
        ...(since === undefined ? {} : { since }),
      };
      await syncOnce(sync);
      lookDone(looked, startedAt, sync.since, share);
      remember(looked);
      return toReport(sync.tally, startedAt, now());
    } catch (error) {
      ledger = undefined;
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
        const share = await sharesPostLog(db);
        const ledgerState = await openCached();
        const since = lookSinceFor(ledgerState, await looksCached(), now(), share);
        return await countPending(db, ledgerState, since);
      } catch (error) {
        ledger = undefined;
        throw toSyncError(error);
      }
    },
  };
}

export { SyncError };
