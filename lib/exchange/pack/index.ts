/**
 * Pack export and import. Import is two steps: `previewImport` validates the file and says what
 * would happen (nothing is written); `applyImport` writes it in one transaction, all or nothing.
 */
import type { z } from 'zod';
import { clampRecordTime } from '@/lib/db/clock';
import { MAX_HASHTAG_SETS, MAX_HASHTAGS, MAX_TEMPLATES } from '@/lib/db/limits';
import { guard } from '@/lib/db/errors';
import { addConflicts, allRows, getRow, getRows, inTransaction, putRows } from '@/lib/db/records';
import type { SapaDb } from '@/lib/db/schema';
import { isSubscribed, SUBSCRIBED_ID_PREFIX } from '@/lib/db';
import { normaliseTag, searchWordsOf } from '@/lib/text';
import type { ConflictRecord, SharedTableName } from '@/lib/db/types';
import { decide } from './merge';
import { formatMb, formatPath, packError, type PackError, typeName } from './messages';
import { LIMITS, PACK_FORMAT, PACK_VERSION, type Pack, type PackPart, packSchema } from './schema';
import { checkStructure, exceedsJsonDepth } from './structure';

export { canonicalJson, decide, type Decision } from './merge';
export { formatPath, type PackError } from './messages';
export {
  LIMITS,
  PACK_FORMAT,
  PACK_VERSION,
  type Pack,
  type PackPart,
  packSchema,
  brandKitSchema,
  checklistSettingsSchema,
  hashtagSchema,
  hashtagSetSchema,
  templateSchema,
} from './schema';
export { checkStructure } from './structure';

type Row = Record<string, unknown> & { id: string; updatedAt: number; updatedBy: string };

const PARTS: readonly PackPart[] = [
  'templates',
  'hashtagSets',
  'hashtags',
  'brandKit',
  'checklistSettings',
];

// ---------------------------------------------------------------------------------------------
// Parsing and validation

/** One zod issue as a bilingual message with its path (packs and synced documents alike). */
export function issueToError(issue: z.core.$ZodIssue): PackError {
  const path = formatPath(issue.path);
  const i = issue as z.core.$ZodIssue & {
    expected?: string;
    input?: unknown;
    origin?: string;
    maximum?: number | bigint;
    minimum?: number | bigint;
    values?: unknown[];
    params?: { id?: string; en?: string };
  };
  switch (issue.code) {
    case 'invalid_type': {
      if (i.input === undefined) return packError(path, 'wajib diisi', 'is required');
      const t = typeName(String(i.expected));
      return packError(path, `harus berupa ${t.id}`, `must be ${t.en}`);
    }
    case 'too_big':
      if (i.origin === 'string')
        return packError(
          path,
          `terlalu panjang (maks ${i.maximum} karakter)`,
          `is too long (max ${i.maximum} characters)`,
        );
      if (i.origin === 'array')
        return packError(
          path,
          `terlalu banyak isi (maks ${i.maximum})`,
          `has too many items (max ${i.maximum})`,
        );
      return packError(
        path,
        `terlalu besar (maks ${i.maximum})`,
        `is too large (max ${i.maximum})`,
      );
    case 'too_small':
      if (i.origin === 'string') return packError(path, 'tidak boleh kosong', 'must not be empty');
      return packError(path, `terlalu kecil (min ${i.minimum})`, `is too small (min ${i.minimum})`);
    case 'invalid_value': {
      const list = (i.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return packError(path, `harus salah satu dari: ${list}`, `must be one of: ${list}`);
    }
    case 'custom':
      if (i.params?.id && i.params.en) return packError(path, i.params.id, i.params.en);
      return packError(path, 'tidak valid', 'is invalid');
    default:
      return packError(path, `tidak valid (${issue.code})`, `is invalid (${issue.code})`);
  }
}

/** Checks that need the whole pack: duplicate ids and the hashtag id rule. */
function crossChecks(pack: Pack): PackError[] {
  const errors: PackError[] = [];
  for (const part of ['templates', 'hashtagSets', 'hashtags'] as const) {
    const seen = new Map<string, number>();
    (pack[part] ?? []).forEach((r, index) => {
      const first = seen.get(r.id);
      if (first !== undefined) {
        errors.push(
          packError(
            `${part}[${index}].id`,
            `id "${r.id}" sudah dipakai oleh ${part}[${first}]`,
            `id "${r.id}" is already used by ${part}[${first}]`,
          ),
        );
      } else seen.set(r.id, index);
    });
  }
  (pack.hashtags ?? []).forEach((h, index) => {
    const expected = normaliseTag(h.tag);
    if (h.id !== expected) {
      errors.push(
        packError(
          `hashtags[${index}].id`,
          `harus "${expected}" (tagar dalam huruf kecil tanpa #)`,
          `must be "${expected}" (the tag in lower case without #)`,
        ),
      );
    }
  });
  return errors;
}

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Validates pack file contents. A leading byte-order mark is accepted and ignored. */
export function parsePack(input: string): ParseResult {
  const fail = (errors: PackError[]): ParseResult => ({ ok: false, errors });
  if (typeof input !== 'string')
    return fail([
      packError('', 'berkas tidak dapat dibaca sebagai teks', 'the file cannot be read as text'),
    ]);
  // Bytes ≥ characters, so this cheap check catches most oversized files before encoding.
  const bytes =
    input.length > LIMITS.fileBytes ? input.length : new TextEncoder().encode(input).length;
  if (bytes > LIMITS.fileBytes) {
    return fail([
      packError(
        '',
        `Berkas terlalu besar (${formatMb(bytes)} MB). Batasnya ${formatMb(LIMITS.fileBytes)} MB.`,
        `The file is too large (${formatMb(bytes)} MB). The limit is ${formatMb(LIMITS.fileBytes)} MB.`,
      ),
    ]);
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return fail([packError('', 'Berkas kosong.', 'The file is empty.')]);
  if (exceedsJsonDepth(text, LIMITS.depth + 1)) {
    return fail([
      packError(
        '',
        `Susunan data terlalu dalam (maks ${LIMITS.depth} tingkat).`,
        `The data is nested too deeply (max ${LIMITS.depth} levels).`,
      ),
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail([
      packError(
        '',
        `Bukan berkas JSON yang valid (${detail}).`,
        `Not a valid JSON file (${detail}).`,
      ),
    ]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([
      packError(
        '',
        'Ini bukan paket Sapa: isinya harus berupa objek JSON.',
        'This is not a Sapa pack: it must be a JSON object.',
      ),
    ]);
  }
  const head = data as { format?: unknown; version?: unknown };
  if (head.format !== PACK_FORMAT) {
    return fail([
      packError(
        'format',
        `Ini bukan paket Sapa (format harus "${PACK_FORMAT}").`,
        `This is not a Sapa pack (format must be "${PACK_FORMAT}").`,
      ),
    ]);
  }
  if (
    typeof head.version === 'number' &&
    Number.isInteger(head.version) &&
    head.version > PACK_VERSION
  ) {
    return fail([
      packError(
        'version',
        `Paket ini dibuat oleh Sapa yang lebih baru (versi ${head.version}). Perbarui Sapa untuk membukanya.`,
        `This pack was made by a newer Sapa (version ${head.version}). Update Sapa to open it.`,
      ),
    ]);
  }
  const structural = checkStructure(data);
  if (structural.length) return fail(structural);
  const parsed = packSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return fail(parsed.error.issues.slice(0, 50).map(issueToError));
  const cross = crossChecks(parsed.data);
  if (cross.length) return fail(cross.slice(0, 50));
  return { ok: true, pack: parsed.data };
}

// ---------------------------------------------------------------------------------------------
// Planning (pure) and preview

export interface ConflictSummary {
  table: SharedTableName;
  id: string;
  /** Which version stays in the table; the other goes to `conflicts`. */
  kept: 'local' | 'incoming';
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
  conflicts: ConflictSummary[];
}

interface PlannedWrite {
  table: SharedTableName;
  record: Row;
  loser?: { kept: 'local' | 'incoming'; record: Record<string, unknown> };
  kind: 'add' | 'update' | 'skip';
}

/**
 * Subscribed records belong to a subscription: a pack cannot bring one (its `sub:` id or its
 * `source` would make the record read-only with no subscription to update it).
 */
function fromSubscription(record: Row): boolean {
  return record.id.startsWith(SUBSCRIBED_ID_PREFIX) || 'source' in record;
}

/**
 * Incoming records per table, normalised for storage (derived fields recomputed, `updatedAt`
 * no later than `now` plus the allowance: a pack's clock is not ours, docs/reliability.md).
 */
function incomingRecords(pack: Pack, now: number): { table: SharedTableName; records: Row[] }[] {
  const out: { table: SharedTableName; records: Row[] }[] = [];
  for (const part of PARTS) {
    const value = pack[part];
    if (value === undefined) continue;
    const list = ((Array.isArray(value) ? value : [value]) as Row[])
      .filter((r) => !fromSubscription(r))
      .map((r) => clampRecordTime(r, now));
    const records =
      part === 'templates'
        ? list.map((t) => ({ ...t, searchWords: searchWordsOf(String(t.name)) }))
        : list.map((r) => ({ ...r }));
    out.push({ table: part, records });
  }
  return out;
}

async function plan(db: SapaDb, pack: Pack, now: number): Promise<PlannedWrite[]> {
  const writes: PlannedWrite[] = [];
  for (const { table, records } of incomingRecords(pack, now)) {
    const locals = (await getRows(
      db,
      table,
      records.map((r) => r.id),
    )) as (Row | undefined)[];
    records.forEach((record, i) => {
      const d = decide(locals[i], record);
      if (d.kind === 'add') writes.push({ table, record, kind: 'add' });
      else if (d.kind === 'update')
        writes.push({
          table,
          record,
          kind: 'update',
          loser: { kept: 'incoming', record: d.loser },
        });
      else if (d.reason === 'older')
        writes.push({ table, record, kind: 'skip', loser: { kept: 'local', record: d.loser } });
      else writes.push({ table, record, kind: 'skip' });
    });
  }
  return writes;
}

function count(writes: PlannedWrite[]): ImportCounts {
  const c: ImportCounts = { added: 0, updated: 0, skipped: 0, conflicts: [] };
  for (const w of writes) {
    if (w.kind === 'add') c.added++;
    else if (w.kind === 'update') c.updated++;
    else c.skipped++;
    if (w.loser) c.conflicts.push({ table: w.table, id: w.record.id, kept: w.loser.kept });
  }
  return c;
}

/** What the library may hold per table, the same as a pack may carry (lib/db/limits.ts). */
const HOLDS: Partial<Record<SharedTableName, number>> = {
  templates: MAX_TEMPLATES,
  hashtagSets: MAX_HASHTAG_SETS,
  hashtags: MAX_HASHTAGS,
};

/**
 * Refuses an import after which the library would hold more than a pack can carry: Sapa could
 * then no longer import its own export (5,000 templates plus the starter ones). Live records of
 * the team's own library are counted, after the planned writes.
 */
async function overLimits(db: SapaDb, writes: readonly PlannedWrite[]): Promise<PackError[]> {
  const errors: PackError[] = [];
  for (const [table, max] of Object.entries(HOLDS) as [SharedTableName, number][]) {
    const planned = writes.filter((w) => w.table === table && w.kind !== 'skip');
    if (!planned.length) continue;
    const live = new Map(
      (await allRows(db, table)).map((r) => [r.id, !r.deleted && !isSubscribed(r)] as const),
    );
    for (const w of planned) live.set(w.record.id, !w.record.deleted);
    const total = [...live.values()].filter(Boolean).length;
    if (total > max)
      errors.push(
        packError(
          table,
          `setelah impor ini pustaka akan berisi ${total} (maks ${max}); hapus sebagian atau impor lebih sedikit`,
          `after this import the library would hold ${total} (max ${max}); delete some first or import fewer`,
        ),
      );
  }
  return errors;
}

export type PreviewResult =
  ({ ok: true; pack: Pack } & ImportCounts) | { ok: false; errors: PackError[] };

/** Validates and dry-runs an import. Writes nothing. */
export async function previewImport(
  db: SapaDb,
  input: string,
  options: { now?: number } = {},
): Promise<PreviewResult> {
  const parsed = parsePack(input);
  if (!parsed.ok) return parsed;
  const now = options.now ?? Date.now();
  const { writes, errors } = await guard('pack.preview', () =>
    inTransaction(db, 'r', PARTS, async () => {
      const writes = await plan(db, parsed.pack, now);
      return { writes, errors: await overLimits(db, writes) };
    }),
  );
  if (errors.length) return { ok: false, errors };
  return { ok: true, pack: parsed.pack, ...count(writes) };
}

const SHARED = [...PARTS, 'conflicts'] as const;

/**
 * Writes a previewed pack in one transaction: everything or nothing. Decisions are made again
 * inside the transaction, so changes made since the preview are respected. Losing versions go
 * to `conflicts`. Returns what was actually done.
 */
export async function applyImport(
  db: SapaDb,
  preview: Extract<PreviewResult, { ok: true }>,
  options: { now?: number } = {},
): Promise<ImportCounts> {
  const now = options.now ?? Date.now();
  return guard('pack.apply', () =>
    inTransaction(db, 'rw', SHARED, async () => {
      const writes = await plan(db, preview.pack, now);
      const over = await overLimits(db, writes);
      if (over.length) throw new Error(over.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
      const byTable = new Map<SharedTableName, Row[]>();
      const conflicts: ConflictRecord[] = [];
      writes.forEach((w, i) => {
        if (w.kind !== 'skip') byTable.set(w.table, [...(byTable.get(w.table) ?? []), w.record]);
        if (w.loser) {
          conflicts.push({
            id: `import:${now}:${i}:${w.table}:${w.record.id}`,
            table: w.table,
            recordId: w.record.id,
            kept: w.loser.kept,
            loser: w.loser.record,
            source: 'import',
            createdAt: now,
            resolved: false,
          });
        }
      });
      for (const [table, rows] of byTable) await putRows(db, table, rows);
      await addConflicts(db, conflicts);
      return count(writes);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportParts = Partial<Record<PackPart, boolean>> & {
  /** Only these template / set ids (default: all). */
  templateIds?: string[];
  hashtagSetIds?: string[];
};

/**
 * Builds a pack from the chosen parts. Tombstones are left out unless `includeDeleted` (use it
 * when the receiver should learn about deletions). Derived fields (`searchWords`) are left out;
 * unknown fields are exported as stored. Subscribed records (`source`) are never exported: they
 * belong to their publisher, who shares them by their own link.
 */
export async function exportPack(
  db: SapaDb,
  parts: ExportParts,
  options: { exportedBy?: string; library?: string; includeDeleted?: boolean; now?: number } = {},
): Promise<Pack> {
  const keep = (r: { deleted?: boolean }) => options.includeDeleted || !r.deleted;
  return guard('pack.export', () =>
    inTransaction(db, 'r', PARTS, async () => {
      const pack: Pack = {
        format: PACK_FORMAT,
        version: PACK_VERSION,
        exportedAt: new Date(options.now ?? Date.now()).toISOString(),
        ...(options.exportedBy ? { exportedBy: options.exportedBy } : {}),
        ...(options.library ? { library: options.library } : {}),
      };
      if (parts.templates) {
        const rows = parts.templateIds
          ? await getRows(db, 'templates', parts.templateIds)
          : await allRows(db, 'templates');
        pack.templates = rows.flatMap((r) => {
          if (!r || !keep(r) || isSubscribed(r)) return [];
          const rest: Record<string, unknown> = { ...r };
          delete rest.searchWords;
          return [rest];
        }) as Pack['templates'];
      }
      if (parts.hashtagSets) {
        const rows =
          parts.hashtagSets && parts.hashtagSetIds
            ? await getRows(db, 'hashtagSets', parts.hashtagSetIds)
            : await allRows(db, 'hashtagSets');
        pack.hashtagSets = rows.filter(
          (r) => r && keep(r) && !isSubscribed(r),
        ) as Pack['hashtagSets'];
      }
      if (parts.hashtags)
        pack.hashtags = (await allRows(db, 'hashtags')).filter(keep) as Pack['hashtags'];
      if (parts.brandKit) {
        const kit = await getRow(db, 'brandKit', 'brand');
        if (kit && keep(kit)) pack.brandKit = kit as Pack['brandKit'];
      }
      if (parts.checklistSettings) {
        const cs = await getRow(db, 'checklistSettings', 'team');
        if (cs && keep(cs)) pack.checklistSettings = cs as Pack['checklistSettings'];
      }
      return pack;
    }),
  );
}

/** The file text for a pack (pretty-printed, UTF-8 without BOM). */
export function packToJson(pack: Pack): string {
  return JSON.stringify(pack, null, 2);
}
