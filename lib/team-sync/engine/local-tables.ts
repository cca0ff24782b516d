/**
 * The engine's reads and writes of the app's own tables, in one place, through lib/db's record
 * functions. The engine works on whole shared tables and needs one transaction around reading
 * the local copies and writing what arrived (so an edit made during a sync meets the incoming
 * version through the rule instead of being overwritten).
 */
import {
  addNewConflicts as addNewConflictRows,
  allRows,
  getRow,
  getRows,
  inTransaction,
  lastRestore,
  putRows,
  rowsUpdatedSince,
} from '@/lib/db/records';
import type { SapaDb } from '@/lib/db/schema';
import { SHARED_TABLES, type ConflictRecord, type SharedTableName } from '@/lib/db/types';
import { docIdFor, type SyncRecord } from './docs';
import type { LookWindow } from './look';

const TABLES = [...SHARED_TABLES];

export interface SharedTable {
  table: SharedTableName;
  records: Record<string, unknown>[];
}

export interface LocalPicture {
  tables: SharedTable[];
  /** The id of the last full restore (undefined: never restored). */
  restoreId: string | undefined;
}

/** The records of one table a look reads: by date through the index, and by id. */
async function lookRows(
  db: SapaDb,
  table: SharedTableName,
  window: LookWindow,
): Promise<Record<string, unknown>[]> {
  if (window.since === undefined) return allRows(db, table);
  const recent = await rowsUpdatedSince(db, table, window.since);
  const seen = new Set(recent.map((row) => row.id));
  const ids = window.ids.flatMap((w) =>
    w.table === table && !seen.has(w.recordId) ? [w.recordId] : [],
  );
  if (!ids.length) return recent;
  const named = (await getRows(db, table, ids)).filter((row) => row !== undefined);
  return [...recent, ...named];
}

/**
 * Whether the team shares its post log (the team settings' `sharePostLog`, off when there is no
 * such record or it was deleted). Only then does a look read the post log, so while it is off
 * no entry of it is written to the replica, counted as waiting, or sent.
 */
export async function sharesPostLog(db: SapaDb): Promise<boolean> {
  const team = await getRow(db, 'teamSettings', 'team');
  return team?.deleted !== true && team?.sharePostLog === true;
}

/**
 * The shared records a look for local edits reads (`window`, from `look.ts`; every record when
 * its `since` is undefined), and the last restore's mark, in one transaction (a consistent
 * picture: restored records are never seen without the mark that says so).
 */
export async function readSharedTables(
  db: SapaDb,
  window: LookWindow = { ids: [] },
): Promise<LocalPicture> {
  return inTransaction(db, 'r', [...TABLES, 'settings'], async () => {
    const share = await sharesPostLog(db);
    const looked = share ? TABLES : TABLES.filter((table) => table !== 'postLog');
    const [tables, mark] = await Promise.all([
      Promise.all(
        looked.map(async (table) => ({ table, records: await lookRows(db, table, window) })),
      ),
      lastRestore(db),
    ]);
    return { tables, restoreId: mark?.id };
  });
}

/** Runs `work` in one read-write transaction over the shared tables and the conflict log. */
export async function inApplyTransaction<T>(db: SapaDb, work: () => Promise<T>): Promise<T> {
  return inTransaction(db, 'rw', [...TABLES, 'conflicts'], work);
}

/** The local copies of the given records, by document id (undefined when there is none). */
export async function readLocalCopies(
  db: SapaDb,
  wanted: readonly { table: SharedTableName; recordId: string }[],
): Promise<Map<string, SyncRecord | undefined>> {
  const copies = new Map<string, SyncRecord | undefined>();
  for (const table of TABLES) {
    const ids = wanted.flatMap((w) => (w.table === table ? [w.recordId] : []));
    if (!ids.length) continue;
    const rows = (await getRows(db, table, ids)) as (SyncRecord | undefined)[];
    ids.forEach((id, i) => copies.set(docIdFor(table, id), rows[i]));
  }
  return copies;
}

/** Writes records, one bulk write per table. */
export async function putRecords(
  db: SapaDb,
  records: readonly { table: SharedTableName; record: SyncRecord }[],
): Promise<void> {
  const byTable = new Map<SharedTableName, SyncRecord[]>();
  for (const { table, record } of records) {
    const list = byTable.get(table);
    if (list) list.push(record);
    else byTable.set(table, [record]);
  }
  for (const [table, list] of byTable) await putRows(db, table, list);
}

/** Adds conflict log entries not logged before; returns how many were new. */
export function addNewConflicts(db: SapaDb, rows: readonly ConflictRecord[]): Promise<number> {
  return addNewConflictRows(db, rows);
}
