import Dexie, { type DexieOptions, type Table } from 'dexie';
import {
  migrateHashtagV1toV2,
  migrateSharedV1toV2,
  migrateSharedV2toV3,
  migratePostLogV5toV6,
  migrateTemplateV1toV2,
  memberIdOf,
  splitDraftV1,
} from './migrations';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  ALL_TABLES,
  type TableName,
} from './tables';
import type {
  BrandKitRecord,
  ChecklistSettingsRecord,
  ConflictRecord,
  DraftRecord,
  DraftRevisionRecord,
  HashtagRecord,
  HashtagSetRecord,
  PostLogRecord,
  SettingRecord,
  SubscriptionRecord,
  TeamSettingsRecord,
  TemplateRecord,
} from './types';
import type { PlannedPostRecord, TeamMemberRecord } from './calendar-types';

export {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SYNC_INDEX,
  CURRENT_VERSION,
  ALL_TABLES,
  type TableName,
} from './tables';

export class SapaDb extends Dexie {
  templates!: Table<TemplateRecord, string>;
  hashtagSets!: Table<HashtagSetRecord, string>;
  hashtags!: Table<HashtagRecord, string>;
  brandKit!: Table<BrandKitRecord, string>;
  checklistSettings!: Table<ChecklistSettingsRecord, string>;
  drafts!: Table<DraftRecord, string>;
  draftRevisions!: Table<DraftRevisionRecord, string>;
  postLog!: Table<PostLogRecord, string>;
  settings!: Table<SettingRecord, string>;
  conflicts!: Table<ConflictRecord, string>;
  subscriptions!: Table<SubscriptionRecord, string>;
  plannedPosts!: Table<PlannedPostRecord, string>;
  teamMembers!: Table<TeamMemberRecord, string>;
  teamSettings!: Table<TeamSettingsRecord, string>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx
          .table('templates')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = migrateTemplateV1toV2(row);
          });
        await tx
          .table('hashtags')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = migrateHashtagV1toV2(row);
          });
        for (const name of ['hashtagSets', 'brandKit', 'checklistSettings']) {
          await tx
            .table(name)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
              ref.value = migrateSharedV1toV2(row);
            });
        }
        const drafts = (await tx.table('drafts').toArray()) as Record<string, unknown>[];
        const revisions: DraftRevisionRecord[] = [];
        const cleaned: Record<string, unknown>[] = [];
        for (const row of drafts) {
          const split = splitDraftV1(row);
          cleaned.push(split.draft);
          revisions.push(...split.revisions);
        }
        await tx.table('drafts').bulkPut(cleaned);
        await tx.table('draftRevisions').bulkPut(revisions);
      });
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        // No subscription existed before v3, so no record may claim to come from one: a `source`
        // written by hand or by a pack from elsewhere would make a record read-only for good.
        for (const name of ['templates', 'hashtagSets']) {
          await tx
            .table(name)
            .toCollection()
            .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
              if ('source' in row) ref.value = migrateSharedV2toV3(row);
            });
        }
      });
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6)
      .stores(SCHEMA_V6)
      .upgrade(async (tx) => {
        const settings = (await tx.table('settings').toArray()) as Record<string, unknown>[];
        const memberId = memberIdOf(settings);
        await tx
          .table('postLog')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = migratePostLogV5toV6(row, memberId);
          });
      });
  }
}

/** Full contents of every table, sorted by primary key: for backups and "unchanged" checks. */
export async function dumpAll(db: SapaDb): Promise<Record<TableName, unknown[]>> {
  return db.transaction('r', [...ALL_TABLES], async () => {
    const out = {} as Record<TableName, unknown[]>;
    for (const name of ALL_TABLES) out[name] = await db.table(name).toArray();
    return out;
  });
}
