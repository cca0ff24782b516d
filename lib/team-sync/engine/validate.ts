/**
 * Validation of documents that arrive from the team database (pure). Everything from the
 * server is untrusted: a plain client, an older or newer Sapa or a hand edit in Fauxton can
 * write anything. The pack schemas and structure limits decide what a valid record is, so a
 * record that could come in by file can come in by sync, and nothing else can.
 */
import { z } from 'zod';
import { normaliseTag } from '@/lib/text';
import type { LocalizedText, SharedTableName } from '@/lib/db/types';
import { issueToError } from '@/lib/exchange/pack';
import {
  brandKitSchema,
  checklistSettingsSchema,
  hashtagSchema,
  hashtagSetSchema,
  templateSchema,
} from '@/lib/exchange/pack';
import { checkStructure } from '@/lib/exchange/pack';
import { plannedPostSchema, teamMemberSchema } from '@/lib/calendar/schema';
import { postLogSchema, teamSettingsSchema } from '@/lib/db/postlog-schema';
import {
  DOC_VERSION,
  docIdFor,
  isSharedTable,
  isSubscribedRecord,
  parseDocId,
  type SyncRecord,
} from './docs';

// Core types: the record schemas are zod's classic and mini APIs both (lib/db/calendar-schema.ts).
const SCHEMAS: Record<SharedTableName, z.core.$ZodType> = {
  templates: templateSchema,
  hashtagSets: hashtagSetSchema,
  hashtags: hashtagSchema,
  brandKit: brandKitSchema,
  checklistSettings: checklistSettingsSchema,
  plannedPosts: plannedPostSchema,
  teamMembers: teamMemberSchema,
  teamSettings: teamSettingsSchema,
  postLog: postLogSchema,
};

export type DocCheck =
  { ok: true; table: SharedTableName; record: SyncRecord } | { ok: false; reason: LocalizedText };

const fail = (id: string, en: string): DocCheck => ({ ok: false, reason: { id, en } });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one document (its `_id` and body). On success returns the record with schema defaults
 * filled in and unknown fields kept, in its travelling form (no derived fields added).
 */
export function checkDoc(doc: unknown): DocCheck {
  if (!isObject(doc) || typeof doc._id !== 'string')
    return fail('Dokumen ini bukan data Sapa.', 'This document is not Sapa data.');
  const docId = doc._id;
  if (typeof doc.sapa === 'number' && Number.isInteger(doc.sapa) && doc.sapa > DOC_VERSION)
    return fail(
      'Dokumen ini dibuat oleh Sapa versi yang lebih baru. Perbarui Sapa untuk menerimanya.',
      'This document was made by a newer version of Sapa. Update Sapa to receive it.',
    );
  if (doc.sapa !== DOC_VERSION || !isObject(doc.record))
    return fail('Dokumen ini bukan data Sapa.', 'This document is not Sapa data.');
  if (!isSharedTable(doc.table) || !parseDocId(docId))
    return fail(
      'Jenis data dalam dokumen ini tidak dikenal.',
      'The kind of data in this document is not known.',
    );
  const table = doc.table;
  const raw = doc.record;
  if (isSubscribedRecord(raw))
    return fail(
      'Item dari pustaka langganan tidak dibagikan lewat sinkronisasi tim.',
      'Items from a subscribed library are not shared through team sync.',
    );
  let problem = checkStructure(raw, 1)[0];
  let record: SyncRecord | undefined;
  if (!problem) {
    const parsed = z.safeParse(SCHEMAS[table], raw, { reportInput: true });
    if (parsed.success) record = parsed.data as SyncRecord;
    else problem = issueToError(parsed.error.issues[0]!);
  }
  if (problem || !record)
    return fail(
      `Isi dokumen tidak valid: ${problem?.message.id ?? ''}`,
      `The document's contents are not valid: ${problem?.message.en ?? ''}`,
    );
  if (docIdFor(table, record.id) !== docId)
    return fail(
      'ID dokumen tidak cocok dengan isinya.',
      "The document's id does not match its contents.",
    );
  if (table === 'hashtags' && record.id !== normaliseTag(String(record.tag)))
    return fail(
      'ID tagar harus tagarnya sendiri dalam huruf kecil tanpa #.',
      'A hashtag id must be the tag itself in lower case without #.',
    );
  return { ok: true, table, record };
}
