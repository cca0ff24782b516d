/**
 * When the engine looks for local edits, which records it reads (pure). Reading every shared
 * record on every sync was most of an incremental sync's time (issue #14, item 10), so a look
 * reads only the records whose `updatedAt` is at or after the previous look's start (through the
 * `updatedAt` index), plus the documents the ledger holds no signature for.
 *
 * Every edit made through Sapa's repositories is dated with this computer's clock, at or after
 * the moment it is made, so it falls in the next window. A few writers store an older date: a pack
 * import keeps the pack's dates, and the clock may go back. For those a full look (every record
 * read) comes at least every FULL_LOOK_EVERY_MS, at the engine's first run (the browser or Sapa
 * starting; a background the browser started again goes on from `LookMemory`), when the clock
 * went back, and after a restore (see `forgetAfterRestore`).
 */
import { parseDocId } from './docs';
import type { Ledger } from './ledger';
import type { SharedTableName } from '@/lib/db/types';

/**
 * At most this long between two looks that read every record: less than the periodic sync's 15
 * minutes, so each periodic sync reads everything and an old-dated change waits at most that.
 */
export const FULL_LOOK_EVERY_MS = 10 * 60_000;

/** An edit dated just before a look may be committed just after it: the next look overlaps. */
export const LOOK_OVERLAP_MS = 2_000;

export interface LookState {
  /** Start of the last look that completed (a sync that succeeded). */
  lastAt?: number;
  /** Start of the last full look that completed. */
  lastFullAt?: number;
  /**
   * Whether the team shared its post log when the last look that completed started. Entries
   * written while it was off keep their old dates, so the first look after it is turned on
   * reads every record.
   */
  sharedPostLog?: boolean;
}

/**
 * Where the engine keeps its look state between starts of the background. The browser stops an
 * idle service worker after 30 s, so most syncs run in a background that just started; without
 * it each of those read every record (about 150 ms of a 550 ms sync of 5,000 documents). The
 * extension's session storage fits: it outlives the worker, and the browser empties it when it
 * restarts or updates Sapa, so the first sync after either still reads everything.
 */
export interface LookMemory {
  read(): Promise<unknown>;
  write(state: LookState): Promise<void>;
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A look state read back from storage: the fields that are well formed, nothing else. */
export function parseLookState(value: unknown): LookState {
  if (typeof value !== 'object' || value === null) return {};
  const { lastAt, lastFullAt, sharedPostLog } = value as Record<string, unknown>;
  return {
    ...(isTime(lastAt) ? { lastAt } : {}),
    ...(isTime(lastFullAt) ? { lastFullAt } : {}),
    ...(typeof sharedPostLog === 'boolean' ? { sharedPostLog } : {}),
  };
}

/** The records a look reads. */
export interface LookWindow {
  /** Records with `updatedAt` at or after this; undefined: every record. */
  since?: number;
  /** Records read whatever their date: the ledger knows their document but has no signature. */
  ids: { table: SharedTableName; recordId: string }[];
}

/**
 * Where the next look starts: undefined when it must read every record. `sharePostLog`: whether
 * the team shares its post log now (a look after it was turned on reads everything).
 */
export function lookSince(state: LookState, now: number, sharePostLog = false): number | undefined {
  const { lastAt, lastFullAt } = state;
  if (lastAt === undefined || lastFullAt === undefined) return undefined;
  if (sharePostLog && state.sharedPostLog !== true) return undefined;
  if (now < lastAt || now - lastFullAt >= FULL_LOOK_EVERY_MS) return undefined;
  return lastAt - LOOK_OVERLAP_MS;
}

/** Records a completed look that started at `startedAt` (full when `since` was undefined). */
export function lookDone(
  state: LookState,
  startedAt: number,
  since: number | undefined,
  sharePostLog = false,
): void {
  state.lastAt = startedAt;
  state.sharedPostLog = sharePostLog;
  if (since === undefined) state.lastFullAt = startedAt;
}

/**
 * Documents the ledger knows without a signature: a change the server refused (to be sent
 * again), or a document that never had a valid local copy. Their records are read on every
 * look whatever their date; there are few of them.
 */
export function unsignedRecords(ledger: Ledger): LookWindow['ids'] {
  const out: LookWindow['ids'] = [];
  for (const [docId, entry] of Object.entries(ledger)) {
    if (entry.sig !== undefined) continue;
    const target = parseDocId(docId);
    if (target) out.push(target);
  }
  return out;
}

/** The window for a look with the given start. */
export function lookWindow(since: number | undefined, ledger: Ledger): LookWindow {
  return since === undefined ? { ids: [] } : { since, ids: unsignedRecords(ledger) };
}
