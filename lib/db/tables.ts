/**
 * The database's tables and their indexes, version by version, with no Dexie in it: the content
 * script reads the table names (change notifications) without loading the database library.
 */
export const DB_NAME = 'sapa';

/**
 * Version 1: the first release. No unique indexes anywhere (sync rule); ids are strings.
 * Kept verbatim: Dexie needs every past version's declaration to upgrade old databases.
 */
export const SCHEMA_V1 = {
  templates: 'id, updatedAt, name, category, locale',
  hashtagSets: 'id, updatedAt, name',
  hashtags: 'id, updatedAt',
  brandKit: 'id',
  checklistSettings: 'id',
  drafts: 'id, updatedAt, [platform+composerKey], [platform+updatedAt]',
  postLog: 'id, at, platform, draftId',
  settings: 'key',
} as const;

/**
 * Version 2: templates get folded search words (multi-entry index, for word-prefix search);
 * draft revisions move from an array inside the draft to their own table; `conflicts` keeps
 * versions that lost an import or sync conflict.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  templates: 'id, updatedAt, name, category, locale, *searchWords',
  draftRevisions: 'id, draftId, [draftId+savedAt]',
  conflicts: 'id, [table+recordId], createdAt',
} as const;

/**
 * Version 3: `subscriptions` lists the published libraries Sapa follows. Their templates and
 * hashtag sets live in the usual tables (ids `sub:<subscriptionId>:…`, a `source` field), so
 * nothing else changes shape.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  subscriptions: 'id, url, createdAt',
} as const;

/**
 * Version 4: the brand kit and the checklist settings get the `updatedAt` index the other shared
 * tables have. Team sync looks only at records changed since its last look, through this index,
 * instead of reading every record (issue #14, item 10). No row changes shape.
 */
export const SYNC_INDEX = 'updatedAt';

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  brandKit: 'id, updatedAt',
  checklistSettings: 'id, updatedAt',
} as const;

/**
 * Version 5: the content calendar (issue #16). `plannedPosts` are the team's planned posts, by
 * day, status and assignee; `teamMembers` names the member ids sync writes in `updatedBy`. Both
 * are shared tables (team sync, backups). New tables only: no row changes shape.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  plannedPosts: 'id, date, status, assignee, updatedAt',
  teamMembers: 'id, updatedAt',
} as const;

/**
 * Version 6: a team may share its post log (issue #17). `postLog` gets the `updatedAt` index the
 * shared tables have (the upgrade gives older entries their sync fields and their poster);
 * `teamSettings` holds the team's choice to share it.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  postLog: 'id, at, platform, draftId, updatedAt',
  teamSettings: 'id, updatedAt',
} as const;

export const CURRENT_VERSION = 6;

/** Every table, in a fixed order (dumps, backups, restores, change notifications). */
export type TableName = keyof typeof SCHEMA_V6;
export const ALL_TABLES = Object.keys(SCHEMA_V6) as readonly TableName[];
