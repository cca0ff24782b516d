/**
 * A fetched source → the templates and hashtag sets it publishes. Pure (no DOM, no database):
 * a Sapa pack goes through the pack parser (`parsePack`: size, structure, zod schemas, duplicate
 * ids), a CSV through the hashtag CSV parser (`parseHashtagCsv`: columns `set,tag`). Only
 * templates and hashtag sets are taken from a subscription: a pack's hashtag dictionary, brand
 * kit and checklist settings are the publisher's own and are ignored.
 */
import type { LocalizedText } from '@/lib/db/types';
import { parseHashtagCsv } from '@/lib/exchange/csv';
import { parsePack } from '@/lib/exchange/pack';
import { htmlProblem } from './messages';

export type SourceKind = 'pack' | 'csv';

type Row = Record<string, unknown>;

/** One published item: the table it goes to, its id in the source, and its fields. */
export interface IncomingItem {
  table: 'templates' | 'hashtagSets';
  /** Stable id within the source (a pack record's id, or `csv:<set name>`). */
  sourceId: string;
  /** The record's fields as published (no `id`, `source`, `deleted`, `searchWords`). */
  fields: Row;
}

export type ParsedSource =
  | { ok: true; kind: SourceKind; items: IncomingItem[]; library?: string }
  | { ok: false; kind: SourceKind | null; problems: LocalizedText[] };

function mimeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Pack or CSV: the server's content type when it says so (JSON or CSV types), otherwise the first
 * character (`{` or `[` is JSON). GitHub and many hosts serve both as text/plain.
 */
export function detectKind(body: string, contentType?: string | null): SourceKind | 'html' {
  const mime = mimeOf(contentType);
  if (mime === 'application/json' || mime === 'text/json' || mime.endsWith('+json')) return 'pack';
  if (mime === 'text/csv' || mime === 'application/csv' || mime === 'text/comma-separated-values')
    return 'csv';
  const start = stripBom(body).trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'pack';
  if (mime === 'text/html' || mime === 'application/xhtml+xml' || /^<(!doctype|html)/i.test(start))
    return 'html';
  return 'csv';
}

/** Stable source id of a CSV set: its name, case ignored (the CSV parser groups rows so). */
export function csvSetId(name: string): string {
  return `csv:${name.toLowerCase()}`;
}

function fieldsOf(record: Row): Row {
  const out: Row = { ...record };
  delete out.id;
  delete out.source;
  delete out.deleted;
  delete out.searchWords;
  return out;
}

export function parseSource(body: string, contentType?: string | null): ParsedSource {
  const kind = detectKind(body, contentType);
  if (kind === 'html') return { ok: false, kind: null, problems: [htmlProblem()] };
  if (kind === 'pack') {
    const parsed = parsePack(body);
    if (!parsed.ok) return { ok: false, kind, problems: parsed.errors.map((e) => e.message) };
    const { pack } = parsed;
    const items: IncomingItem[] = [];
    for (const t of pack.templates ?? []) {
      if (!t.deleted) items.push({ table: 'templates', sourceId: t.id, fields: fieldsOf(t) });
    }
    for (const s of pack.hashtagSets ?? []) {
      if (!s.deleted) items.push({ table: 'hashtagSets', sourceId: s.id, fields: fieldsOf(s) });
    }
    return {
      ok: true,
      kind,
      items,
      ...(pack.library?.trim() ? { library: pack.library.trim() } : {}),
    };
  }
  const parsed = parseHashtagCsv(body);
  if (!parsed.ok) return { ok: false, kind, problems: parsed.errors.map((e) => e.message) };
  return {
    ok: true,
    kind,
    items: parsed.sets.map((set) => ({
      table: 'hashtagSets',
      sourceId: csvSetId(set.name),
      fields: { name: set.name, tags: set.tags },
    })),
  };
}
