/**
 * What one sync run carries from part to part: the databases, the ledger as it is being
 * updated, and the tally that becomes the report shown in Team sync.
 */
import type { SapaDb } from '@/lib/db/schema';
import type { LocalizedText } from '@/lib/db/types';
import type { LedgerState } from './ledger';
import type { PouchDatabase } from './pouch';

export interface SkippedDoc {
  docId: string;
  reason: LocalizedText;
  /** A change made on this computer that cannot be sent (it stays here until fixed). */
  local?: true;
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

export interface Tally {
  pushed: number;
  pulled: number;
  conflicts: number;
  /** The first reason per document (a document is reported once per run). */
  skipped: Map<string, LocalizedText>;
  /** Which of `skipped` are local changes refused on the way out (not the server's documents). */
  local: Set<string>;
}

export interface SyncRun {
  /** The app's database, the source of truth. */
  db: SapaDb;
  /** This member's PouchDB replica. */
  replica: PouchDatabase;
  /** The team database. */
  remote: PouchDatabase;
  /** Clock for conflict log times and tombstones. */
  now: () => number;
  ledger: LedgerState;
  tally: Tally;
  /** Looks for local edits read records dated this or later; undefined: every record (look.ts). */
  since?: number;
}

export function newTally(): Tally {
  return { pushed: 0, pulled: 0, conflicts: 0, skipped: new Map(), local: new Set() };
}

export function skip(
  tally: Tally,
  docId: string,
  reason: LocalizedText,
  options: { local?: boolean } = {},
): void {
  if (tally.skipped.has(docId)) return;
  tally.skipped.set(docId, reason);
  if (options.local) tally.local.add(docId);
}

export function toReport(tally: Tally, startedAt: number, finishedAt: number): SyncReport {
  return {
    pushed: tally.pushed,
    pulled: tally.pulled,
    conflicts: tally.conflicts,
    skipped: [...tally.skipped].map(([docId, reason]) => ({
      docId,
      reason,
      ...(tally.local.has(docId) ? { local: true as const } : {}),
    })),
    startedAt,
    finishedAt,
  };
}
