/**
 * A content plan as CSV, both ways (docs/calendar.md, "Exchange"): one row per plan and
 * platform, so `npm run check -- --csv` (which reads the `platform` and `caption` columns) checks
 * an exported plan as it is. Pure: names are looked up in the lists the caller passes.
 *
 * Import is all or nothing: every row is read and every problem reported with its line before
 * anything is written. Rows that share a `plan` value are one plan on several platforms; a
 * `plan` value naming a plan this library has updates that plan (a round trip through a
 * spreadsheet), any other value only groups rows into a new plan.
 */
import {
  csvProblem,
  csvRow,
  detectSeparator,
  MAX_CSV_BYTES,
  readCsv,
  unneutralise,
  type CsvProblem,
  type CsvSeparator,
} from '@/lib/exchange/csv';
import { translator } from '@/lib/i18n';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { textProblem } from '@/lib/text';
import { CALENDAR_LIMITS } from '../limits';
import { MAX_IMPORTED_PLANS } from './limits';
import { floating, parseRule } from '../recurrence';
import {
  PLAN_STATUSES,
  type DayString,
  type PlanStatus,
  type PlannedPostRecord,
  type TimeString,
} from '../types';

/** The columns Sapa writes, in order. */
export const PLAN_CSV_COLUMNS = [
  'plan',
  'date',
  'time',
  'platform',
  'title',
  'caption',
  'template',
  'hashtags',
  'status',
  'assignee',
  'reviewer',
  'notes',
  'repeat',
] as const;
type Column = (typeof PLAN_CSV_COLUMNS)[number];

/** Header names read for each column (lower case): Sapa's own, and the Indonesian ones. */
const COLUMN_NAMES: Record<Column, readonly string[]> = {
  plan: ['plan', 'rencana', 'id'],
  date: ['date', 'tanggal'],
  time: ['time', 'jam', 'waktu'],
  platform: ['platform'],
  title: ['title', 'judul'],
  caption: ['caption', 'keterangan', 'teks'],
  template: ['template', 'templat'],
  hashtags: ['hashtags', 'hashtag set', 'tagar', 'kumpulan tagar'],
  status: ['status'],
  assignee: ['assignee', 'penanggung jawab', 'petugas'],
  reviewer: ['reviewer', 'peninjau'],
  notes: ['notes', 'catatan'],
  repeat: ['repeat', 'ulangi', 'rrule'],
};
const REQUIRED: readonly Column[] = ['date', 'time', 'platform', 'title'];

const MAX_ERRORS = 100;

interface Named {
  id: string;
  name: string;
}

/** What names stand for: the library's templates, hashtag sets and team members. */
export interface PlanCsvNames {
  templates: readonly Named[];
  hashtagSets: readonly Named[];
  members: readonly Named[];
}

const nameOf = (list: readonly Named[], id: string | undefined) =>
  (id && list.find((item) => item.id === id)?.name) || '';

/** Live plans as CSV (UTF-8 with a byte-order mark for Excel, CRLF), by day and time. */
export function plansToCsv(
  plans: readonly PlannedPostRecord[],
  names: PlanCsvNames,
  separator: CsvSeparator = ',',
): string {
  const lines = [csvRow(PLAN_CSV_COLUMNS, separator)];
  const live = plans
    .filter((plan) => !plan.deleted)
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  for (const plan of live) {
    const platforms: (PlatformId | '')[] = plan.platforms.length ? plan.platforms : [''];
    for (const platform of platforms) {
      const row: Record<Column, string> = {
        plan: plan.id,
        date: plan.date,
        time: plan.time,
        platform,
        title: plan.title,
        caption: plan.caption,
        template: nameOf(names.templates, plan.templateId),
        hashtags: nameOf(names.hashtagSets, plan.hashtagSetId),
        status: plan.status,
        assignee: nameOf(names.members, plan.assignee),
        reviewer: nameOf(names.members, plan.reviewer),
        notes: plan.notes,
        repeat: plan.recurrence?.rule ?? '',
      };
      lines.push(
        csvRow(
          PLAN_CSV_COLUMNS.map((column) => row[column]),
          separator,
        ),
      );
    }
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** One plan read from the file: `id` is set when it updates a plan this library has. */
export type ImportedPlan = Pick<
  PlannedPostRecord,
  'title' | 'platforms' | 'date' | 'time' | 'caption' | 'notes'
> &
  Partial<
    Pick<
      PlannedPostRecord,
      'id' | 'templateId' | 'hashtagSetId' | 'assignee' | 'reviewer' | 'status'
    >
  > & {
    recurrence?: { rule: string; exceptions: [] };
    /** The file's first line for this plan, for messages. */
    line: number;
  };

export type PlanCsvImport =
  | { ok: true; plans: ImportedPlan[]; created: number; updated: number }
  | { ok: false; errors: CsvProblem[] };

export interface PlanCsvContext extends PlanCsvNames {
  /** Ids of the live plans this library has. */
  existingPlanIds: ReadonlySet<string>;
}

/** `2026-12-17`, or the day first as Indonesian spreadsheets write it: `17/12/2026`, `17-12-2026`. */
export function readDay(text: string): DayString | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m, d] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** `09:30`, `9:30`, `09.30` (the Indonesian way), or with seconds as Excel may write them. */
export function readTime(text: string): TimeString | null {
  const match = /^(\d{1,2})[:.](\d{2})(?::\d{2})?$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

const fold = (text: string) => text.trim().toLocaleLowerCase('id');

/** Platform ids and the names people write for them, folded. */
function platformFrom(text: string): PlatformId | null {
  const folded = fold(text);
  for (const id of PLATFORM_IDS) {
    const names = [id, translator('en')(`platform.${id}`), translator('id')(`platform.${id}`)];
    if (names.some((name) => fold(name) === folded)) return id;
  }
  return null;
}

/** Status ids and their names in both languages, folded. */
function statusFrom(text: string): PlanStatus | null {
  const folded = fold(text);
  for (const status of PLAN_STATUSES) {
    const names = [
      status,
      translator('en')(`calendar.status.${status}`),
      translator('id')(`calendar.status.${status}`),
    ];
    if (names.some((name) => fold(name) === folded)) return status;
  }
  return null;
}

function findByName(list: readonly Named[], text: string): string | undefined {
  const folded = fold(text);
  return list.find((item) => fold(item.name) === folded)?.id;
}

type Row = Record<Column, string> & { line: number };

/** Where each column is in the header, or the problem with the header. */
function columnsOf(header: string[]): Map<Column, number> | CsvProblem {
  const at = new Map<Column, number>();
  header.forEach((field, index) => {
    const folded = fold(field).replace(/_/g, ' ');
    for (const column of PLAN_CSV_COLUMNS)
      if (!at.has(column) && COLUMN_NAMES[column].includes(folded)) at.set(column, index);
  });
  const missing = REQUIRED.filter((column) => !at.has(column));
  if (missing.length === 0) return at;
  return csvProblem(
    1,
    `baris pertama harus menamai kolom ${missing.map((c) => `"${c}"`).join(', ')} (lihat contoh di panduan)`,
    `the first line must name the columns ${missing.map((c) => `"${c}"`).join(', ')} (see the example in the guide)`,
  );
}

/** A row's fields by column, the spreadsheet's formula guard taken off. */
function rowOf(fields: string[], line: number, at: Map<Column, number>): Row {
  const row = { line } as Row;
  for (const column of PLAN_CSV_COLUMNS) {
    const index = at.get(column);
    row[column] = index === undefined ? '' : unneutralise(fields[index] ?? '').trim();
  }
  return row;
}

/** The row as a plan (one platform), or its problems. */
function planOfRow(row: Row, context: PlanCsvContext, errors: CsvProblem[]): ImportedPlan | null {
  const before = errors.length;
  const add = (id: string, en: string) => errors.push(csvProblem(row.line, id, en));
  const date = readDay(row.date);
  if (!date)
    add(
      `tanggal "${row.date}" tidak terbaca (tulis 2026-12-17 atau 17/12/2026)`,
      `the date "${row.date}" cannot be read (write 2026-12-17 or 17/12/2026)`,
    );
  const time = readTime(row.time);
  if (!time)
    add(
      `jam "${row.time}" tidak terbaca (tulis 09:30 atau 09.30)`,
      `the time "${row.time}" cannot be read (write 09:30 or 09.30)`,
    );
  const platform = platformFrom(row.platform);
  if (!platform)
    add(
      `platform "${row.platform}" tidak dikenal (instagram, facebook, x, tiktok)`,
      `unknown platform "${row.platform}" (instagram, facebook, x, tiktok)`,
    );
  if (!row.title) add('judul kosong', 'the title is empty');
  const tooLong = (column: Column, limit: number) =>
    row[column].length > limit &&
    add(
      `kolom "${column}" lebih dari ${limit} karakter`,
      `the "${column}" column is over ${limit} characters`,
    );
  tooLong('title', CALENDAR_LIMITS.title);
  tooLong('caption', CALENDAR_LIMITS.caption);
  tooLong('notes', CALENDAR_LIMITS.notes);
  for (const [column, kind] of [
    ['title', 'name'],
    ['caption', 'text'],
    ['notes', 'text'],
  ] as const) {
    const refused = textProblem(row[column], kind);
    if (refused) add(`kolom "${column}" ${refused.id}`, `the "${column}" column ${refused.en}`);
  }
  const lookUp = (column: Column, list: readonly Named[], what: { id: string; en: string }) => {
    if (!row[column]) return undefined;
    const id = findByName(list, row[column]);
    if (!id)
      add(
        `tidak ada ${what.id} bernama "${row[column]}"`,
        `no ${what.en} is called "${row[column]}"`,
      );
    return id;
  };
  const templateId = lookUp('template', context.templates, { id: 'templat', en: 'template' });
  const hashtagSetId = lookUp('hashtags', context.hashtagSets, {
    id: 'kumpulan tagar',
    en: 'hashtag set',
  });
  const member = { id: 'anggota tim', en: 'team member' };
  const assignee = lookUp('assignee', context.members, member);
  const reviewer = lookUp('reviewer', context.members, member);
  const status = row.status ? statusFrom(row.status) : undefined;
  if (status === null)
    add(`status "${row.status}" tidak dikenal`, `unknown status "${row.status}"`);
  const rule = row.repeat.replace(/^RRULE:/i, '');
  if (rule) {
    const parsed = date && time ? parseRule(rule, floating(date, time)) : { ok: true };
    if (!parsed.ok)
      add(
        `aturan ulang "${row.repeat}" tidak terbaca atau tidak punya akhir (UNTIL atau COUNT)`,
        `the repeat rule "${row.repeat}" cannot be read or has no end (UNTIL or COUNT)`,
      );
  }
  if (errors.length > before || !date || !time || !platform) return null;
  return {
    ...(context.existingPlanIds.has(row.plan) ? { id: row.plan } : {}),
    title: row.title,
    platforms: [platform],
    date,
    time,
    caption: row.caption,
    ...(templateId ? { templateId } : {}),
    ...(hashtagSetId ? { hashtagSetId } : {}),
    ...(assignee ? { assignee } : {}),
    ...(reviewer ? { reviewer } : {}),
    ...(status ? { status } : {}),
    notes: row.notes,
    ...(rule ? { recurrence: { rule, exceptions: [] } } : {}),
    line: row.line,
  };
}

const SHARED_FIELDS = ['date', 'time', 'title', 'caption'] as const;

/** Rows of one plan joined: their platforms added up; they must agree on the rest. */
function joinRows(plans: ImportedPlan[], errors: CsvProblem[]): ImportedPlan {
  const [first, ...others] = plans as [ImportedPlan, ...ImportedPlan[]];
  const joined = { ...first, platforms: [...first.platforms] };
  for (const other of others) {
    const differs = SHARED_FIELDS.find((field) => other[field] !== first[field]);
    if (differs) {
      errors.push(
        csvProblem(
          other.line,
          `baris ini satu rencana dengan baris ${first.line}, tetapi kolom "${differs}" berbeda`,
          `this row is one plan with line ${first.line}, but its "${differs}" column differs`,
        ),
      );
    }
    for (const platform of other.platforms)
      if (!joined.platforms.includes(platform)) joined.platforms.push(platform);
  }
  return joined;
}

/** Reads a content plan. Nothing is written; the caller imports `plans` whole. */
export function readPlanCsv(input: string, context: PlanCsvContext): PlanCsvImport {
  if (input.length > MAX_CSV_BYTES)
    return {
      ok: false,
      errors: [
        csvProblem(
          0,
          'Berkas CSV terlalu besar (maks 2 MB).',
          'The CSV file is too large (max 2 MB).',
        ),
      ],
    };
  const { records, errors } = readCsv(input, detectSeparator(input));
  if (errors.length) return { ok: false, errors };
  const [header, ...rows] = records;
  if (!header || rows.length === 0)
    return {
      ok: false,
      errors: [
        csvProblem(0, 'Tidak ada rencana di berkas ini.', 'There are no plans in this file.'),
      ],
    };
  const at = columnsOf(header.fields);
  if (!(at instanceof Map)) return { ok: false, errors: [at] };

  const problems: CsvProblem[] = [];
  const groups = new Map<string, ImportedPlan[]>();
  for (const record of rows) {
    if (problems.length >= MAX_ERRORS) break;
    const row = rowOf(record.fields, record.line, at);
    const plan = planOfRow(row, context, problems);
    if (!plan) continue;
    // Rows without a plan value are each a plan of their own.
    const key = row.plan ? `plan:${row.plan}` : `line:${row.line}`;
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  const plans = [...groups.values()].map((group) => joinRows(group, problems));
  if (plans.length > MAX_IMPORTED_PLANS)
    problems.push(
      csvProblem(
        0,
        `Berkas ini berisi ${plans.length} rencana; paling banyak ${MAX_IMPORTED_PLANS} sekali impor.`,
        `This file holds ${plans.length} plans; at most ${MAX_IMPORTED_PLANS} can be imported at once.`,
      ),
    );
  if (problems.length) return { ok: false, errors: problems.slice(0, MAX_ERRORS) };
  const updated = plans.filter((plan) => plan.id !== undefined).length;
  return { ok: true, plans, created: plans.length - updated, updated };
}
