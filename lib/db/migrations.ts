/**
 * Pure row migrations, one per schema step. The Dexie `.upgrade()` functions and backup restore
 * both use them, so an old backup restored into a new database gets the same treatment as an
 * old database opened by a new version.
 */
import { displayTag, searchWordsOf } from '@/lib/text';
import type { DraftRevisionRecord, TemplateVariable } from './types';

type Row = Record<string, unknown>;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v1 stored template variables as bare names; v2 stores typed descriptions. */
export function migrateTemplateV1toV2(row: Row): Row {
  const vars = Array.isArray(row.variables) ? row.variables : [];
  const variables: TemplateVariable[] = vars.flatMap((v): TemplateVariable[] => {
    if (typeof v === 'string') {
      return [
        { name: v, label: { id: v, en: v }, type: /date|tanggal/i.test(v) ? 'date' : 'text' },
      ];
    }
    return isRecord(v) ? [v as unknown as TemplateVariable] : [];
  });
  return {
    ...row,
    variants: isRecord(row.variants) ? row.variants : {},
    variables,
    deleted: row.deleted === true,
    searchWords: searchWordsOf(typeof row.name === 'string' ? row.name : ''),
  };
}

/** v1 kept the '#' in the display form and could leave `deleted` unset. */
export function migrateHashtagV1toV2(row: Row): Row {
  return {
    ...row,
    tag: displayTag(typeof row.tag === 'string' ? row.tag : String(row.id ?? '')),
    deleted: row.deleted === true,
  };
}

/** Any shared record from v1: make the tombstone flag explicit. */
export function migrateSharedV1toV2(row: Row): Row {
  return { ...row, deleted: row.deleted === true };
}

/**
 * v1 kept revisions inside the draft (`revisions: {text, savedAt}[]`); v2 keeps them in the
 * `draftRevisions` table. Returns the draft without the array and the revision rows.
 */
export function splitDraftV1(row: Row): { draft: Row; revisions: DraftRevisionRecord[] } {
  const { revisions, ...draft } = row;
  const list = Array.isArray(revisions) ? revisions : [];
  const draftId = String(row.id);
  const out: DraftRevisionRecord[] = list.flatMap((r, i): DraftRevisionRecord[] => {
    if (!isRecord(r) || typeof r.text !== 'string') return [];
    const savedAt = typeof r.savedAt === 'number' ? r.savedAt : 0;
    return [{ id: `${draftId}:v1:${i}`, draftId, text: r.text, startedAt: savedAt, savedAt }];
  });
  return { draft, revisions: out };
}

/**
 * v3 marks subscribed records with `source` (read-only, owned by a subscription). A v2 record
 * cannot come from a subscription, so a `source` it carries (a hand-made pack) is kept under
 * another name instead of locking the record.
 */
export function migrateSharedV2toV3(row: Row): Row {
  if (!('source' in row)) return row;
  const { source, ...rest } = row;
  return { ...rest, legacySource: source };
}

/**
 * v6 shares the post log through team sync when the team chooses to: an entry written before
 * gets the sync fields (dated when it was posted) and its poster, the person of this browser
 * (`memberId`, the id team sync writes in `updatedBy`), who is the only one who could have
 * written it. Fields already there are kept.
 */
export function migratePostLogV5toV6(row: Row, memberId: string): Row {
  const at = typeof row.at === 'number' ? row.at : 0;
  return {
    ...row,
    postedBy: typeof row.postedBy === 'string' && row.postedBy ? row.postedBy : memberId,
    updatedAt: typeof row.updatedAt === 'number' ? row.updatedAt : at,
    updatedBy: typeof row.updatedBy === 'string' && row.updatedBy ? row.updatedBy : memberId,
    deleted: row.deleted === true,
  };
}

/** The member id stored in the settings rows (`memberId`), or 'local' as the repositories say. */
export function memberIdOf(settings: readonly Row[]): string {
  const row = settings.find((r) => r.key === 'memberId');
  return typeof row?.value === 'string' && row.value ? row.value : 'local';
}
