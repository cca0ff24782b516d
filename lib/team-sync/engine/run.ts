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
}

export function newTally(): Tally {
  return { pushed: 0, pulled: 0, conflicts: 0, skipped: new Map() };
}

export function skip(tally: Tally, docId: string, reason: LocalizedText): void {
  if (!tally.skipped.has(docId)) tally.skipped.set(docId, reason);
}

export function toReport(tally: Tally, startedAt: number, finishedAt: number): SyncReport {
  return {
    pushed: tally.pushed,
    pulled: tally.pulled,
    conflicts: tally.conflicts,
    skipped: [...tally.skipped].map(([docId, reason]) => ({ docId, reason })),
    startedAt,
    finishedAt,
  };
}
