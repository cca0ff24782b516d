/**
 * The part of PouchDB's API the sync engine uses, as plain structural types. A real
 * `PouchDB.Database` (pouchdb-browser, or pouchdb-core with any adapter) fits them.
 *
 * Why not `@types/pouchdb-*`: they declare a global `Buffer` interface that merges with Node's
 * and breaks unrelated Node code under `tsc` (scripts that pass Buffers to other libraries).
 * Documents are untrusted input anyway, so the engine checks them at runtime.
 */

export interface PouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  status?: number;
  error?: unknown;
  name?: string;
  message?: string;
}

/** A write PouchDB answered with an error, as an Error carrying that answer (its status, name). */
export function writeFailure(result: PouchWriteResult, what: string): Error {
  return Object.assign(
    new Error(String(result.message ?? result.error ?? `${what} failed`)),
    result,
  );
}

export interface PouchReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

export interface PouchChange {
  id: string;
  seq: number | string;
  changes: { rev: string }[];
  doc?: object;
  deleted?: boolean;
}

export interface PouchChangesResult {
  results: PouchChange[];
  last_seq: number | string;
}

export interface PouchBulkGetResult {
  results: { id: string; docs: ({ ok: object } | { error: unknown })[] }[];
}

export interface PouchAllDocsResult {
  rows: object[];
}

export interface PouchDatabase {
  /** The database's identity for replication checkpoints (for http: the server's uuid and path). */
  id(): Promise<string>;
  info(): Promise<object>;
  get(docId: string): Promise<object>;
  put(doc: object): Promise<PouchWriteResult>;
  bulkDocs(
    docs: object[],
    options?: { new_edits?: boolean },
  ): Promise<(PouchWriteResult | object)[]>;
  bulkGet(options: {
    docs: { id: string; rev?: string }[];
    revs?: boolean;
    latest?: boolean;
    attachments?: boolean;
  }): Promise<PouchBulkGetResult>;
  allDocs(options: {
    keys: string[];
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<PouchAllDocsResult>;
  changes(options: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    style?: 'all_docs' | 'main_only';
    limit?: number;
    /** Over HTTP, changes per request (PouchDB asks 25 at a time otherwise). */
    batch_size?: number;
  }): PromiseLike<PouchChangesResult>;
  /** For each document, the given revisions the database lacks. */
  revsDiff(request: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
  replicate: {
    // `never` parameters: any database and options fit, whatever PouchDB's own typings say.
    to(target: never, options: never): PromiseLike<PouchReplicationResult>;
    from(source: never, options: never): PromiseLike<PouchReplicationResult>;
  };
}
