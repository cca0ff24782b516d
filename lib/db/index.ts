/** The data layer's public surface. Nothing outside lib/db touches tables directly. */
export * from './types';
export {
  SapaDb,
  DB_NAME,
  CURRENT_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  ALL_TABLES,
  dumpAll,
  type TableName,
} from './schema';
export { DbError, classifyDbError, toDbError, type DbErrorCode } from './errors';
export {
  requestPersistentStorage,
  storageEstimate,
  type StorageManagerLike,
  type PersistResult,
} from './storage';
export { normaliseTag, displayTag, isValidTag, foldForSearch } from '@/lib/text';
export * from './repositories';
export {
  DEFAULT_RULES,
  DEFAULT_SENSITIVE_WORDS,
  defaultChecklistSettings,
} from './defaults/checklist';
export { emptyBrandKit } from './defaults/brandKit';
export { watchCommittedWrites } from './observe';
