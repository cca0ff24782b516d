/**
 * Full backup and restore. Backups are dexie-export-import files (JSON, `formatName: 'dexie'`)
 * of every table. Restore checks the file really is a Sapa backup and validates every row
 * before touching anything, migrates rows from older schema versions, then replaces all tables
 * in one transaction: all or nothing.
 */
import { exportWholeDatabase, replaceWholeDatabase } from '@/lib/db/whole';
import { z } from 'zod';
import {
  migrateHashtagV1toV2,
  migrateSharedV1toV2,
  migrateSharedV2toV3,
  migrateTemplateV1toV2,
  migratePostLogV5toV6,
  memberIdOf,
  splitDraftV1,
} from '@/lib/db/migrations';
import { ALL_TABLES, CURRENT_VERSION, DB_NAME, type SapaDb, type TableName } from '@/lib/db/schema';
import { formatPath, packError, type PackError } from '../pack/messages';
import {
  brandKitSchema,
  checklistSettingsSchema,
  hashtagSchema,
  hashtagSetSchema,
  templateSchema,
} from '../pack/schema';
import { checkStructure } from '../pack/structure';
import { platformIdSchema } from '@/lib/platforms';
import { MAX_DRAFT_CHARS } from '@/lib/db/limits';
import { plannedPostSchema, teamMemberSchema } from '@/lib/calendar/schema';
import { postLogSchema, teamSettingsSchema } from '@/lib/db/postlog-schema';

export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** A backup of every table as a Blob (application/json). */
export async function exportBackup(db: SapaDb): Promise<Blob> {
  return exportWholeDatabase(db);
}

type Row = Record<string, unknown>;

const platform = platformIdSchema;
// Core types: the record schemas are zod's classic and mini APIs both (lib/db/calendar-schema.ts).
const ROW_SCHEMAS: Record<TableName, z.core.$ZodType> = {
  templates: templateSchema,
  hashtagSets: hashtagSetSchema,
  hashtags: hashtagSchema,
  brandKit: brandKitSchema,
  checklistSettings: checklistSettingsSchema,
  plannedPosts: plannedPostSchema,
  teamMembers: teamMemberSchema,
  teamSettings: teamSettingsSchema,
  drafts: z.looseObject({
    id: z.string().min(1),
    platform,
    composerKey: z.string(),
    text: z.string().max(MAX_DRAFT_CHARS),
    status: z.enum(['draft', 'ready', 'posted']),
    checklistTicks: z.record(z.string(), z.boolean()).default({}),
    createdAt: z.number(),
    updatedAt: z.number(),
  }),
  draftRevisions: z.looseObject({
    id: z.string().min(1),
    draftId: z.string(),
    text: z.string().max(MAX_DRAFT_CHARS),
    startedAt: z.number(),
    savedAt: z.number(),
  }),
  // Since v6 the post log may be shared: its rows are checked as team sync checks them.
  postLog: postLogSchema,
  settings: z.looseObject({ key: z.string().min(1) }),
  conflicts: z.looseObject({
    id: z.string().min(1),
    table: z.string(),
    recordId: z.string(),
    createdAt: z.number(),
  }),
  subscriptions: z.looseObject({
    id: z.string().min(1),
    url: z.string().min(1).max(2_000),
    title: z.string().max(200),
    createdAt: z.number(),
  }),
};

const backupSchema = z.looseObject({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.looseObject({
    databaseName: z.string(),
    databaseVersion: z.number(),
    tables: z.array(z.looseObject({ name: z.string(), rowCount: z.number() })),
    data: z.array(z.looseObject({ tableName: z.string(), rows: z.array(z.unknown()) })),
  }),
});

/**
 * dexie-export-import annotates values it cannot write as plain JSON in `$types`. Sapa stores
 * only plain JSON, so the one annotation it can meet is 'arrayNonindexKeys' (arrays that came
 * through another realm); those arrays are already complete in the JSON. Anything else
 * (Dates, Blobs…) is not Sapa data: the row is refused (undefined).
 */
function plainRow(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('$types' in raw)) return raw;
  const { $types, ...rest } = raw as { $types: unknown } & Row;
  const kinds = typeof $types === 'object' && $types !== null ? Object.values($types) : [null];
  return kinds.every((k) => k === 'arrayNonindexKeys') ? rest : undefined;
}

export type RestoreCheck =
  | {
      ok: true;
      version: number;
      tables: Record<TableName, Row[]>;
      counts: Partial<Record<TableName, number>>;
    }
  | { ok: false; errors: PackError[] };

/** Blob contents as text: `Blob.text()` where it exists, FileReader otherwise (older DOMs, jsdom). */
export function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function readText(input: Blob | string): Promise<string> {
  return typeof input === 'string' ? input : blobText(input);
}

type Tables = Record<TableName, Row[]>;
type BackupMeta = z.infer<typeof backupSchema>['data'];

const emptyTables = (): Tables =>
  Object.fromEntries(ALL_TABLES.map((t) => [t, [] as Row[]])) as Tables;

function failure(id: string, en: string, path = ''): { ok: false; errors: PackError[] } {
  return { ok: false, errors: [packError(path, id, en)] };
}

/** The file read as a dexie-export-import backup of this database, or what is wrong with it. */
async function readBackupMeta(
  input: Blob | string,
  expectedName: string,
): Promise<{ ok: true; meta: BackupMeta } | { ok: false; errors: PackError[] }> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_BACKUP_BYTES)
    return failure('Berkas cadangan terlalu besar.', 'The backup file is too large.');
  let data: unknown;
  try {
    const text = await readText(input);
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return failure('Bukan berkas cadangan JSON yang valid.', 'Not a valid JSON backup file.');
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success)
    return failure('Ini bukan berkas cadangan Sapa.', 'This is not a Sapa backup file.');
  const meta = parsed.data.data;
  if (meta.databaseName !== expectedName) {
    return failure(
      `Ini cadangan basis data "${meta.databaseName}", bukan Sapa.`,
      `This is a backup of "${meta.databaseName}", not Sapa.`,
      'data.databaseName',
    );
  }
  if (meta.databaseVersion > CURRENT_VERSION || meta.databaseVersion < 1) {
    return failure(
      'Cadangan ini dibuat oleh versi Sapa yang lebih baru. Perbarui Sapa dulu.',
      'This backup was made by a newer Sapa. Update Sapa first.',
      'data.databaseVersion',
    );
  }
  return { ok: true, meta };
}

/** The rows of every known table, as plain objects; unknown tables and odd values are errors. */
function collectRows(meta: BackupMeta, errors: PackError[]): Tables {
  const known = new Set<string>(ALL_TABLES);
  const raw = emptyTables();
  for (const [ti, table] of meta.data.entries()) {
    if (!known.has(table.tableName)) {
      errors.push(
        packError(
          `data.data[${ti}].tableName`,
          `tabel tidak dikenal "${table.tableName}"`,
          `unknown table "${table.tableName}"`,
        ),
      );
      continue;
    }
    const name = table.tableName as TableName;
    // Drafts may be longer than a pack's strings (up to MAX_DRAFT_CHARS); each field's own
    // limit is the row schema's business (validateRows).
    const structural = checkStructure(table.rows, 5, MAX_DRAFT_CHARS);
    errors.push(...structural.map((e) => ({ ...e, path: `${name}${e.path}` })));
    for (const [ri, value] of table.rows.entries()) {
      const row = plainRow(value);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        errors.push(
          packError(
            formatPath([name, ri]),
            'berisi jenis nilai yang tidak didukung',
            'contains unsupported value types',
          ),
        );
      } else raw[name].push(row as Row);
    }
  }
  return raw;
}

/** Rows of an older database version, given the same upgrades as the database itself. */
function upgradeRows(raw: Tables, version: number): Tables {
  if (version < 2) {
    raw.templates = raw.templates.map(migrateTemplateV1toV2);
    raw.hashtags = raw.hashtags.map(migrateHashtagV1toV2);
    for (const t of ['hashtagSets', 'brandKit', 'checklistSettings'] as const)
      raw[t] = raw[t].map(migrateSharedV1toV2);
    const drafts = raw.drafts.map(splitDraftV1);
    raw.drafts = drafts.map((d) => d.draft);
    raw.draftRevisions = [
      ...raw.draftRevisions,
      ...drafts.flatMap((d) => d.revisions as unknown as Row[]),
    ];
  }
  if (version < 3) {
    raw.templates = raw.templates.map(migrateSharedV2toV3);
    raw.hashtagSets = raw.hashtagSets.map(migrateSharedV2toV3);
  }
  if (version < 6) {
    const memberId = memberIdOf(raw.settings);
    raw.postLog = raw.postLog.map((row) => migratePostLogV5toV6(row, memberId));
  }
  return raw;
}

/** Every row checked against its table's schema; stops at 20 errors. */
function validateRows(raw: Tables, errors: PackError[]): Tables {
  const tables = emptyTables();
  for (const name of ALL_TABLES) {
    for (const [ri, row] of raw[name].entries()) {
      const r = z.safeParse(ROW_SCHEMAS[name], row);
      if (r.success) {
        tables[name].push(r.data as Row);
        continue;
      }
      const path = formatPath([name, ri, ...r.error.issues[0]!.path]);
      errors.push(packError(path, 'baris cadangan tidak valid', 'invalid backup row'));
      if (errors.length >= 20) return tables;
    }
  }
  return tables;
}

/** The primary key of a table's rows: `key` for settings, `id` elsewhere (lib/db/tables.ts). */
const keyOf = (name: TableName, row: Row): unknown => (name === 'settings' ? row.key : row.id);

/**
 * Two rows with one key in a table: restoring would fail inside the transaction, after the
 * person confirmed, with a message that says nothing. Found here, in the check the restore
 * dialog runs before it asks for confirmation.
 */
function duplicateKeys(tables: Tables, errors: PackError[]): void {
  for (const name of ALL_TABLES) {
    const first = new Map<unknown, number>();
    for (const [ri, row] of tables[name].entries()) {
      const key = keyOf(name, row);
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, ri);
        continue;
      }
      errors.push(
        packError(
          formatPath([name, ri, name === 'settings' ? 'key' : 'id']),
          `kunci "${String(key)}" sudah dipakai oleh baris ${earlier} (cadangan berisi baris ganda)`,
          `key "${String(key)}" is already used by row ${earlier} (the backup holds a duplicate row)`,
        ),
      );
      if (errors.length >= 20) return;
    }
  }
}

/** Validates a backup file without writing anything. */
export async function checkBackup(
  input: Blob | string,
  expectedName: string = DB_NAME,
): Promise<RestoreCheck> {
  const read = await readBackupMeta(input, expectedName);
  if (!read.ok) return read;
  const { meta } = read;
  const errors: PackError[] = [];
  const raw = collectRows(meta, errors);
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
  const tables = validateRows(upgradeRows(raw, meta.databaseVersion), errors);
  if (errors.length) return { ok: false, errors };
  duplicateKeys(tables, errors);
  if (errors.length) return { ok: false, errors };
  const counts = Object.fromEntries(ALL_TABLES.map((t) => [t, tables[t].length])) as Record<
    TableName,
    number
  >;
  return { ok: true, version: meta.databaseVersion, tables, counts };
}

/**
 * Replaces the whole database with a checked backup, in one transaction. Returns the check
 * result; when it is not ok, nothing was written.
 */
export async function restoreBackup(
  db: SapaDb,
  input: Blob | string,
  expectedName: string = DB_NAME,
): Promise<RestoreCheck> {
  const check = await checkBackup(input, expectedName);
  if (!check.ok) return check;
  await replaceWholeDatabase(db, check.tables);
  return check;
}
