/**
 * Two-way team sync through CouchDB (see docs/team-sync.md). The background creates one engine
 * per configured team database and calls `runOnce()` on an alarm and on demand.
 */
export { createCouchSync, type CouchSync, type CouchSyncOptions } from './engine';
export type { SkippedDoc, SyncReport } from './run';
export { SyncError, SYNC_ERROR_MESSAGES, classifySyncError, type SyncErrorCode } from './errors';
export { docIdFor, parseDocId, DOC_VERSION, type SapaDoc } from './docs';
export { checkDoc, type DocCheck } from './validate';
export { VALIDATE_DOC_UPDATE } from './validate-doc-update';
