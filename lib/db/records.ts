/**
 * Whole-record reads and writes for the features that work on tables as a whole (packs, CSV,
 * seeds, subscriptions, team sync). They decide what to write; this file is how it is written,
 * so only lib/db touches Dexie tables.
 */
import type { SapaDb } from './schema';
import { LAST_RESTORE_KEY, type RestoreMark } from './restore-mark';
import { SYNC_INDEX, type TableName } from './tables';
import type { ConflictRecord } from './types';

export type Row = Record<string, unknown>;

/** Runs `work` in one transaction over `tables`: all its writes land, or none. */
export function inTransaction<T>(
  db: SapaDb,
  mode: 'r' | 'rw',
  tables: readonly TableName[],
  work: () => Promise<T>,
): Promise<T> {
  return db.transaction(mode, [...tables], work);
}

/** Asked for this many ids or more, `getRows` counts the table to pick its read. */
const MANY_IDS = 64;

/**
 * The stored rows for `ids`, in the same order (undefined where there is none). Asked for many
 * ids in a table not much bigger than that, it reads the whole table instead: IndexedDB has no
 * read of many keys at once, so Dexie's `bulkGet` makes one request per id (a new member's first
 * sync asked 5,000 ids of a table of ten templates: 243 ms in Chromium, for nothing found).
 */
export async function getRows(
  db: SapaDb,
  table: TableName,
  ids: readonly string[],
): Promise<(Row | undefined)[]> {
  const store = db.table(table);
  if (ids.length >= MANY_IDS && (await store.count()) <= ids.length * 2) {
    const byId = new Map(((await store.toArray()) as Row[]).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  }
  return (await store.bulkGet([...ids])) as (Row | undefined)[];
}

export async function getRow(db: SapaDb, table: TableName, id: string): Promise<Row | undefined> {
  return (await db.table(table).get(id)) as Row | undefined;
}

/** Every row of a table, tombstones included. */
export async function allRows(db: SapaDb, table: TableName): Promise<Row[]> {
  return (await db.table(table).toArray()) as Row[];
}

/** Rows whose id starts with `prefix` (a subscription's items: `sub:<id>:`). */
export async function rowsWithIdPrefix(
  db: SapaDb,
  table: TableName,
  prefix: string,
): Promise<Row[]> {
  return (await db.table(table).where('id').startsWith(prefix).toArray()) as Row[];
}

/** Rows whose indexed `field` equals `value`, in index order. */
export async function rowsWhere(
  db: SapaDb,
  table: TableName,
  field: string,
  value: string,
): Promise<Row[]> {
  return (await db.table(table).where(field).equals(value).toArray()) as Row[];
}

/** Every row ordered by an indexed field. */
export async function rowsOrderedBy(db: SapaDb, table: TableName, field: string): Promise<Row[]> {
  return (await db.table(table).orderBy(field).toArray()) as Row[];
}

export async function addRow(db: SapaDb, table: TableName, row: object): Promise<void> {
  await db.table(table).add(row);
}

export async function putRows(
  db: SapaDb,
  table: TableName,
  rows: readonly object[],
): Promise<void> {
  if (rows.length) await db.table(table).bulkPut([...rows]);
}

export async function deleteRow(db: SapaDb, table: TableName, id: string): Promise<void> {
  await db.table(table).delete(id);
}

/** Adds conflict log entries (ids are unique per entry). */
export async function addConflicts(db: SapaDb, rows: readonly ConflictRecord[]): Promise<void> {
  if (rows.length) await db.conflicts.bulkAdd([...rows]);
}

/**
 * Adds conflict log entries not logged before; returns how many were new. Ids are deterministic,
 * so a losing version seen again (on a later run, or from another member) is logged once.
 */
export async function addNewConflicts(
  db: SapaDb,
  rows: readonly ConflictRecord[],
): Promise<number> {
  if (!rows.length) return 0;
  const existing = await db.conflicts.bulkGet(rows.map((r) => r.id));
  const fresh = rows.filter((_, i) => !existing[i]);
  if (fresh.length) await db.conflicts.bulkPut(fresh);
  return fresh.length;
}

/** The last full restore's mark, or undefined when this database was never restored. */
export async function lastRestore(db: SapaDb): Promise<RestoreMark | undefined> {
  const row = await db.settings.get(LAST_RESTORE_KEY);
  const mark = row?.value as Partial<RestoreMark> | undefined;
  return typeof mark?.id === 'string' && typeof mark.at === 'number'
    ? { at: mark.at, id: mark.id }
    : undefined;
}

/**
 * The rows whose `updatedAt` is `since` or later, through the table's `updatedAt` index: only
 * those rows are read (team sync's look for local edits, lib/db/tables.ts version 4).
 */
export async function rowsUpdatedSince(
  db: SapaDb,
  table: TableName,
  since: number,
): Promise<Row[]> {
  return (await db.table(table).where(SYNC_INDEX).aboveOrEqual(since).toArray()) as Row[];
}
