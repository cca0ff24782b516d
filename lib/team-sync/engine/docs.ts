/**
 * How a shared record travels as a CouchDB document (pure, no PouchDB, no DOM):
 *
 *   { _id: "<table>:<record id>", _rev, sapa: 1, table, record: { …the record… } }
 *
 * The record is nested so none of its fields can clash with CouchDB's own `_` fields, and it is
 * sent as stored minus derived fields (a template's `searchWords`, recomputed on arrival), with
 * unknown fields kept. Deletions are tombstones (`record.deleted: true`) sent as ordinary updates.
 */
import { canonicalJson } from '@/lib/exchange/pack';
import { searchWordsOf } from '@/lib/text';
import { SHARED_TABLES, type SharedTableName } from '@/lib/db/types';

/** Version of the document shape; a newer Sapa may send a greater number. */
export const DOC_VERSION = 1;

/** Items from a subscribed published library: never shared through team sync. */
export const SUBSCRIBED_ID_PREFIX = 'sub:';

/** A shared record as synced: the meta fields plus anything else, unknown fields included. */
export type SyncRecord = Record<string, unknown> & {
  id: string;
  updatedAt: number;
  updatedBy: string;
  deleted: boolean;
};

export interface SapaDoc {
  _id: string;
  _rev?: string;
  sapa: number;
  table: SharedTableName;
  record: Record<string, unknown>;
}

export function isSharedTable(name: unknown): name is SharedTableName {
  return typeof name === 'string' && (SHARED_TABLES as readonly string[]).includes(name);
}

/** The document id of a record: `<table>:<record id>` (table names contain no colon). */
export function docIdFor(table: SharedTableName, recordId: string): string {
  return `${table}:${recordId}`;
}

/** The table and record id of a document id, or undefined when it is not one of Sapa's. */
export function parseDocId(
  docId: string,
): { table: SharedTableName; recordId: string } | undefined {
  const colon = docId.indexOf(':');
  if (colon < 0) return undefined;
  const table = docId.slice(0, colon);
  const recordId = docId.slice(colon + 1);
  return isSharedTable(table) && recordId ? { table, recordId } : undefined;
}

/** CouchDB's design documents (views, validation): never applied, never reported. */
export function isDesignDoc(docId: string): boolean {
  return docId.startsWith('_design/');
}

/** Records that came from a subscription carry a `source` field and a `sub:` id. */
export function isSubscribedRecord(record: Record<string, unknown>): boolean {
  return (
    'source' in record ||
    (typeof record.id === 'string' && record.id.startsWith(SUBSCRIBED_ID_PREFIX))
  );
}

/** Fields computed from others and kept only in the local database. */
const DERIVED: Partial<Record<SharedTableName, readonly string[]>> = {
  templates: ['searchWords'],
};

/** The record as it travels: the stored record minus derived fields. */
export function toDocRecord(
  table: SharedTableName,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const derived = DERIVED[table];
  if (!derived) return { ...record };
  const out: Record<string, unknown> = { ...record };
  for (const field of derived) delete out[field];
  return out;
}

/** The record as stored locally: derived fields recomputed. */
export function toStoredRecord<T extends Record<string, unknown>>(
  table: SharedTableName,
  record: T,
): T {
  if (table === 'templates') {
    return {
      ...record,
      searchWords: searchWordsOf(typeof record.name === 'string' ? record.name : ''),
    };
  }
  return { ...record };
}

/**
 * A value with object keys sorted, so two members building the same document produce the same
 * JSON (and PouchDB, which derives revision ids from the content, the same revision).
 */
export function canonical<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

/** The document for a stored record (derived fields dropped, keys in canonical order). */
export function toDoc(table: SharedTableName, record: SyncRecord, rev?: string): SapaDoc {
  return {
    _id: docIdFor(table, record.id),
    ...(rev ? { _rev: rev } : {}),
    sapa: DOC_VERSION,
    table,
    record: canonical(toDocRecord(table, record)),
  };
}

/**
 * What the ledger remembers of a record: enough to tell that it changed. Repositories move
 * `updatedAt` forward on every edit (even with a clock that went back), so any local edit
 * changes the signature.
 */
export function signature(record: { updatedAt: unknown; updatedBy: unknown; deleted?: unknown }) {
  return `${String(record.updatedAt)}|${String(record.updatedBy)}|${record.deleted === true}`;
}

/** The content of a record as one string: who changed it when, and derived fields, left out. */
export function contentKey(table: SharedTableName, record: object): string {
  const rest = toDocRecord(table, record as Record<string, unknown>);
  delete rest.updatedAt;
  delete rest.updatedBy;
  return canonicalJson(rest);
}

/** Same content, ignoring who changed it when and ignoring derived fields. */
export function sameContent(
  table: SharedTableName,
  a: Record<string, unknown>,
  b: Record<string, unknown>,
): boolean {
  return contentKey(table, a) === contentKey(table, b);
}

/** Conflict log ids: deterministic, so one losing version is logged once per member. */
export function conflictIdForRev(docId: string, rev: string): string {
  return `sync:${docId}:${rev}`;
}

export function conflictIdForLocal(docId: string, record: SyncRecord): string {
  return `sync:${docId}:local:${record.updatedAt}:${record.updatedBy}`;
}
