/**
 * Hashtag sets as CSV (docs/hashtag-csv.md): one row per tag, columns `set` and `tag`, any
 * other column ignored. Pure parse and serialise (no DOM), plus an all-or-nothing import.
 *
 * Accepted: a UTF-8 byte-order mark, CRLF / LF / CR line ends, quoted fields (with `""` for a
 * quote and line breaks inside), `,` or `;` as the separator (Excel in Indonesian and many
 * European locales writes `;`), and Excel's `sep=;` first line. Problems are reported by line
 * number, in Bahasa Indonesia and English.
 */
import type { SapaDb } from '@/lib/db/schema';
import { inTransaction } from '@/lib/db/records';
import { displayTag, isValidTag, normaliseTag, textProblem } from '@/lib/text';
import type { HashtagSetRecord } from '@/lib/db/types';
import type { Repositories } from '@/lib/db/repositories';
import { MAX_TAGS_PER_SET } from '@/lib/db';
import { MAX_HASHTAG_SETS } from '@/lib/db/limits';

export type CsvSeparator = ',' | ';';

import { CsvImportError, type CsvProblem } from '../csv-error';

export { CsvImportError, type CsvProblem } from '../csv-error';

export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvSet {
  name: string;
  /** Display forms without '#', each once (by normalised id), in file order. */
  tags: string[];
  /** Line of each tag, parallel to `tags`. */
  lines: number[];
  /** Tags the file repeats within this set (kept once). */
  duplicates: string[];
}

export type HashtagCsvResult =
  | { ok: true; sets: CsvSet[]; rows: number; separator: CsvSeparator }
  | { ok: false; errors: CsvProblem[]; separator: CsvSeparator };

/** Header names accepted for each column (lower-case). */
export const SET_COLUMNS = ['set', 'set_name', 'kumpulan', 'nama_set'];
export const TAG_COLUMNS = ['tag', 'hashtag', 'tagar'];
export const MAX_SET_NAME = 200;
export const MAX_CSV_BYTES = 2 * 1024 * 1024;
const MAX_ERRORS = 100;

/** A problem on one line of a file (line 0: the file as a whole), in both languages. */
export function csvProblem(line: number, id: string, en: string): CsvProblem {
  return {
    line,
    message: line > 0 ? { id: `Baris ${line}: ${id}`, en: `Line ${line}: ${en}` } : { id, en },
  };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `,` or `;`: whichever occurs more often outside quotes on the first line (`,` on a tie). */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Splits CSV text into records with the line each starts on. Blank lines are skipped. A tab
 * separator reads what a spreadsheet puts on the clipboard (the post log's insights paste). */
export function readCsv(
  input: string,
  separator: CsvSeparator | '\t',
  firstLine = 1,
): { records: CsvRecord[]; errors: CsvProblem[] } {
  const text = stripBom(input);
  const records: CsvRecord[] = [];
  const errors: CsvProblem[] = [];
  let line = firstLine;
  let start = firstLine;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((f) => f !== '')) records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === separator) endField();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) {
    errors.push(
      csvProblem(
        start,
        'tanda kutip (") tidak ditutup sampai akhir berkas',
        'a quote (") is not closed before the end of the file',
      ),
    );
  } else endRecord();
  return { records, errors };
}

/**
 * Parses a hashtag CSV into sets. Nothing is written. About 100 lines: one walk over the rows
 * that reports each problem with its line number as it meets it.
 */
export function parseHashtagCsv(input: string): HashtagCsvResult {
  let text = stripBom(input);
  let separator = detectSeparator(text);
  const fail = (errors: CsvProblem[]): HashtagCsvResult => ({
    ok: false,
    errors: errors.slice(0, MAX_ERRORS),
    separator,
  });
  if (input.length > MAX_CSV_BYTES)
    return fail([
      csvProblem(
        0,
        'Berkas CSV terlalu besar (maks 2 MB).',
        'The CSV file is too large (max 2 MB).',
      ),
    ]);
  let lineOffset = 0;
  const sep = /^sep=([,;])\s*(\r\n|\n|\r|$)/i.exec(text);
  if (sep) {
    separator = sep[1] as CsvSeparator;
    text = text.slice(sep[0].length);
    lineOffset = 1;
  }
  const { records, errors: readErrors } = readCsv(text, separator, 1 + lineOffset);
  if (readErrors.length) return fail(readErrors);
  const [header, ...rows] = records;
  if (!header) return fail([csvProblem(0, 'Berkas CSV kosong.', 'The CSV file is empty.')]);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const setCol = names.findIndex((n) => SET_COLUMNS.includes(n));
  const tagCol = names.findIndex((n) => TAG_COLUMNS.includes(n));
  if (setCol < 0 || tagCol < 0) {
    return fail([
      csvProblem(
        header.line,
        'baris pertama harus judul kolom "set" dan "tag" (contoh: set,tag)',
        'the first line must name the columns "set" and "tag" (for example: set,tag)',
      ),
    ]);
  }
  const errors: CsvProblem[] = [];
  const sets = new Map<string, CsvSet>();
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    const name = unneutralise((row.fields[setCol] ?? '').trim());
    const raw = (row.fields[tagCol] ?? '').trim();
    if (!name) {
      errors.push(csvProblem(row.line, 'nama set kosong', 'the set name is empty'));
      continue;
    }
    const refused = textProblem(name, 'name');
    if (refused) {
      errors.push(csvProblem(row.line, `nama set ${refused.id}`, `the set name ${refused.en}`));
      continue;
    }
    if (name.length > MAX_SET_NAME) {
      errors.push(
        csvProblem(
          row.line,
          `nama set terlalu panjang (maks ${MAX_SET_NAME} karakter)`,
          `the set name is too long (max ${MAX_SET_NAME} characters)`,
        ),
      );
      continue;
    }
    if (!raw) {
      errors.push(csvProblem(row.line, 'tagar kosong', 'the tag is empty'));
      continue;
    }
    const tag = displayTag(raw);
    if (!isValidTag(tag)) {
      errors.push(
        csvProblem(
          row.line,
          `"${raw}" bukan tagar (hanya huruf, angka dan _, tanpa spasi)`,
          `"${raw}" is not a hashtag (letters, digits and _ only, no spaces)`,
        ),
      );
      continue;
    }
    const key = name.toLowerCase();
    let set = sets.get(key);
    if (!set) {
      set = { name, tags: [], lines: [], duplicates: [] };
      sets.set(key, set);
      seen.set(key, new Set());
    }
    const ids = seen.get(key)!;
    const id = normaliseTag(tag);
    if (ids.has(id)) {
      set.duplicates.push(tag);
      continue;
    }
    if (set.tags.length >= MAX_TAGS_PER_SET) {
      errors.push(
        csvProblem(
          row.line,
          `set "${name}" melebihi ${MAX_TAGS_PER_SET} tagar`,
          `set "${name}" has more than ${MAX_TAGS_PER_SET} tags`,
        ),
      );
      continue;
    }
    ids.add(id);
    set.tags.push(tag);
    set.lines.push(row.line);
  }
  if (errors.length) return fail(errors);
  if (!sets.size)
    return fail([
      csvProblem(0, 'Tidak ada tagar di berkas ini.', 'There are no tags in this file.'),
    ]);
  return { ok: true, sets: [...sets.values()], rows: rows.length, separator };
}

/**
 * First characters that make a spreadsheet read a cell as a formula (Excel, LibreOffice Calc,
 * Google Sheets): `=`, `+`, `-`, `@`, and tab or carriage return before one of them. OWASP's
 * "CSV Injection" advice: prefix such a cell with a single quote, inside the quoted field.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula, made plain text with a leading `'`. */
export function neutraliseFormula(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

/** The import's side of `neutraliseFormula`: the `'` Sapa (or a spreadsheet) put there goes. */
export function unneutralise(field: string): string {
  return NEUTRALISED.test(field) ? field.slice(1) : field;
}

/** One field as CSV: quoted when it must be, and never a formula a spreadsheet would run. */
export function quoteCsvField(field: string, separator: CsvSeparator = ','): string {
  const safe = neutraliseFormula(field);
  return safe !== field || /["\r\n]/.test(safe) || safe.includes(separator) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

/** One row of fields as a CSV line (without its line end). */
export function csvRow(fields: readonly string[], separator: CsvSeparator = ','): string {
  return fields.map((field) => quoteCsvField(field, separator)).join(separator);
}

/**
 * Sets as CSV: header `set,tag`, one row per tag (tags without '#'), CRLF line ends. With
 * `bom` (default) a UTF-8 byte-order mark comes first so Excel reads the text as UTF-8.
 */
export function serialiseHashtagCsv(
  sets: readonly { name: string; tags: readonly string[] }[],
  options: { separator?: CsvSeparator; bom?: boolean } = {},
): string {
  const separator = options.separator ?? ',';
  const lines = [['set', 'tag'].join(separator)];
  for (const set of sets) {
    for (const tag of set.tags) {
      lines.push(csvRow([set.name, displayTag(tag)], separator));
    }
  }
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}

export interface CsvPlanEntry {
  name: string;
  /** The live set with this name (case-insensitive), when there is one. */
  existingId?: string;
  /** Tags the import adds (not already in the set). */
  added: string[];
  /** Tags already in the set or repeated in the file. */
  skipped: string[];
  /** The set's tags after the import. */
  tags: string[];
}

export type CsvPlan = { ok: true; entries: CsvPlanEntry[] } | { ok: false; errors: CsvProblem[] };

/**
 * What an import would do against the current sets: new names become new sets; a name that
 * exists (case-insensitive) gets the file's tags appended, tags it already has are skipped.
 * Nothing is ever removed. Subscribed sets are left alone.
 */
export function planHashtagCsvImport(
  existing: readonly Pick<HashtagSetRecord, 'id' | 'name' | 'tags' | 'source' | 'deleted'>[],
  sets: readonly CsvSet[],
): CsvPlan {
  // Subscribed sets are read-only: a CSV never adds to them (a same-named set is made instead).
  const own = existing.filter((s) => !s.source);
  const byName = new Map(own.map((s) => [s.name.trim().toLowerCase(), s]));
  const entries: CsvPlanEntry[] = [];
  const errors: CsvProblem[] = [];
  for (const set of sets) {
    const current = byName.get(set.name.toLowerCase());
    const have = new Set((current?.tags ?? []).map(normaliseTag));
    const added: string[] = [];
    const skipped = [...set.duplicates];
    set.tags.forEach((tag) => {
      if (have.has(normaliseTag(tag))) skipped.push(tag);
      else added.push(tag);
    });
    const tags = [...(current?.tags ?? []), ...added];
    if (tags.length > MAX_TAGS_PER_SET) {
      const index = set.tags.indexOf(added[MAX_TAGS_PER_SET - (current?.tags.length ?? 0)]!);
      errors.push(
        csvProblem(
          set.lines[index] ?? 0,
          `set "${set.name}" akan berisi ${tags.length} tagar (maks ${MAX_TAGS_PER_SET})`,
          `set "${set.name}" would hold ${tags.length} tags (max ${MAX_TAGS_PER_SET})`,
        ),
      );
      continue;
    }
    entries.push({
      name: current?.name ?? set.name,
      ...(current ? { existingId: current.id } : {}),
      added,
      skipped,
      tags,
    });
  }
  const total = own.filter((s) => !s.deleted).length + entries.filter((e) => !e.existingId).length;
  if (total > MAX_HASHTAG_SETS)
    errors.push(
      csvProblem(
        0,
        `Setelah impor ini pustaka akan berisi ${total} set tagar (maks ${MAX_HASHTAG_SETS}).`,
        `After this import the library would hold ${total} hashtag sets (max ${MAX_HASHTAG_SETS}).`,
      ),
    );
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

export interface CsvImportResult {
  created: number;
  updated: number;
  tagsAdded: number;
}

/**
 * Writes parsed sets in one transaction: all or nothing. The plan is made again inside the
 * transaction, so changes made since the preview are respected; a plan that no longer fits
 * (too many tags) throws and nothing is written.
 */
export async function applyHashtagCsvImport(
  db: SapaDb,
  repos: Pick<Repositories, 'hashtagSets'>,
  sets: readonly CsvSet[],
): Promise<CsvImportResult> {
  return inTransaction(db, 'rw', ['hashtagSets', 'hashtags'], async () => {
    const plan = planHashtagCsvImport(await repos.hashtagSets.list(), sets);
    if (!plan.ok) throw new CsvImportError(plan.errors);
    const result: CsvImportResult = { created: 0, updated: 0, tagsAdded: 0 };
    for (const entry of plan.entries) {
      if (entry.existingId) {
        if (!entry.added.length) continue;
        await repos.hashtagSets.update(entry.existingId, { tags: entry.tags });
        result.updated++;
      } else {
        await repos.hashtagSets.create({ name: entry.name, tags: entry.tags });
        result.created++;
      }
      result.tagsAdded += entry.added.length;
    }
    return result;
  });
}
