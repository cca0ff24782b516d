/**
 * A platform's insights export, pasted or chosen as a file, read into the post log's numbers
 * (docs/report.md, "Numbers from an insights export"). Sapa never reads a platform's insights
 * itself: the person downloads the export and hands it over. Pure: no DOM, no database; the
 * time zone of times without an offset is a parameter.
 *
 * Steps: `readInsightsCsv` (text → header and rows), `guessMapping` (header names → Sapa's
 * fields, editable by the person), `insightsRows` (cells → numbers, times, addresses),
 * `matchInsights` (each row → one post-log entry, or why not), `insightsPatches` (what Apply
 * writes, and what Undo puts back).
 */
import { z } from 'zod';
import { POST_METRICS, type PostLogRecord, type PostMetric } from '@/lib/db';
import { MAX_CSV_BYTES, readCsv } from '@/lib/exchange/csv';
import { platformForHost, type PlatformId } from '@/lib/platforms';
import { instantOfWallTime } from './calendar';
import { parseMetricText } from './month-numbers';

/** What a column can hold: a number of the post log, or what finds the post. */
export type InsightsRole = PostMetric | 'url' | 'time' | 'caption';
export const INSIGHTS_ROLES: readonly InsightsRole[] = ['url', 'time', 'caption', ...POST_METRICS];
/** One role (or none: the column is ignored) per column of the file. */
export type ColumnMapping = (InsightsRole | null)[];

/**
 * Header names of the exports, as public evidence shows them (docs/report.md lists where each
 * was seen), then Sapa's own field names in both languages for a table a person made by hand.
 * Compared without case, accents or repeated spaces. Earlier names win when a file has several
 * (Meta's "Publish time" over its "Date" column, which holds "Lifetime").
 */
export const HEADER_NAMES: Record<InsightsRole, readonly string[]> = {
  url: ['permalink', 'tweet permalink', 'post link', 'video link', 'link', 'url', 'tautan'],
  time: ['publish time', 'time', 'posted', 'post time', 'created at', 'date', 'waktu', 'tanggal'],
  caption: [
    'description',
    'post message',
    'tweet text',
    'post text',
    'title',
    'video title',
    'caption',
    'keterangan',
  ],
  reach: ['reach', 'lifetime post total reach', 'jangkauan'],
  impressions: [
    'impressions',
    'lifetime post total impressions',
    'views',
    'total views',
    'tayangan',
  ],
  likes: ['likes', 'reactions', 'favorites', 'total likes', 'suka'],
  comments: ['comments', 'replies', 'total comments', 'komentar'],
  shares: ['shares', 'retweets', 'reposts', 'total shares', 'dibagikan'],
  saves: ['saves', 'saved', 'bookmarks', 'total bookmarks', 'disimpan'],
  follows: ['follows', 'new follows', 'new followers', 'pengikut baru'],
};

/** A header as compared: NFKC (an export's 𝐁𝐨𝐥𝐝 letters are plain), no accents, lower case. */
export function headerKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type InsightsProblem = 'empty' | 'too-big' | 'too-many-rows' | 'not-csv' | 'unclosed-quote';

export interface InsightsTable {
  header: string[];
  rows: { line: number; fields: string[] }[];
  separator: ',' | ';' | '\t';
}

export const MAX_INSIGHTS_ROWS = 5000;

/** `,`, `;` or a tab: whichever the header line has most of outside quotes (`,` on a tie). */
function separatorOf(firstLine: string): InsightsTable['separator'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** The text as a table, or why it is not one. */
export function readInsightsCsv(
  input: string,
): { ok: true; table: InsightsTable } | { ok: false; problem: InsightsProblem } {
  if (input.length > MAX_CSV_BYTES) return { ok: false, problem: 'too-big' };
  let text = input.replace(/^\uFEFF/, '');
  let firstLine = 1;
  // Excel's own first line naming the separator.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    text = text.slice(sep[0].length);
    firstLine = 2;
  }
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  const separator =
    sep?.[1] === ';' || sep?.[1] === '\t' ? sep[1] : separatorOf(text.split(/\r?\n|\r/, 1)[0]!);
  const { records, errors } = readCsv(text, separator, firstLine);
  if (errors.length > 0) return { ok: false, problem: 'unclosed-quote' };
  const [head, ...rest] = records;
  if (!head || head.fields.length < 2) return { ok: false, problem: 'not-csv' };
  if (rest.length > MAX_INSIGHTS_ROWS) return { ok: false, problem: 'too-many-rows' };
  return {
    ok: true,
    table: { header: head.fields, rows: rest, separator },
  };
}

/** Each column's role from its header name; a role goes to one column only. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const mapping: ColumnMapping = header.map(() => null);
  for (const role of INSIGHTS_ROLES) {
    for (const name of HEADER_NAMES[role]) {
      const index = keys.findIndex((key, i) => key === name && mapping[i] === null);
      if (index >= 0) {
        mapping[index] = role;
        break;
      }
    }
  }
  return mapping;
}

/** The mapping with one column's role changed; a column that had that role is ignored now. */
export function withColumnRole(
  mapping: ColumnMapping,
  column: number,
  role: InsightsRole | null,
): ColumnMapping {
  return mapping.map((current, i) =>
    i === column ? role : role !== null && current === role ? null : current,
  );
}

export function hasMetricColumn(mapping: ColumnMapping): boolean {
  return mapping.some(
    (role) => role !== null && (POST_METRICS as readonly string[]).includes(role),
  );
}

const countSchema = z.number().int().min(0).max(999_999_999_999);

/**
 * A count as an export writes it: `1.234`, `1,234`, `12 400` (thousands separators of either
 * language, read by the same function as the typed numbers), X's older `424.0`. Null when the
 * cell is empty or `-` (not entered); undefined when it is not a whole number.
 */
export function parseCount(text: string): number | null | undefined {
  const cell = text.trim();
  if (cell === '' || cell === '-' || cell === '–') return null;
  // One or two digits after the mark are decimals, not thousands: "424.0" is 424, "1.5" no count.
  const decimal = /^(\d+)[.,](\d{1,2})$/.exec(cell);
  const value = decimal
    ? /^0+$/.test(decimal[2]!)
      ? Number(decimal[1])
      : undefined
    : parseMetricText(cell);
  if (value === null || value === undefined) return value;
  return countSchema.safeParse(value).success ? value : undefined;
}

/** When a row's post went out: an instant (± the tolerance) or a whole local day. */
export type RowTime = { at: number; dayOnly: boolean };

export type DateOrder = 'mdy' | 'dmy';

const SLASHED =
  /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ ,T]+(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm)?)?$/i;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Meta writes "03/25/2025 22:00" (month first); a file whose first number passes 12 somewhere is
 * day first. Without either sign the evidence's month-first order is kept.
 */
export function dateOrderOf(cells: readonly string[]): DateOrder {
  for (const cell of cells) {
    const m = SLASHED.exec(cell.trim());
    if (m && Number(m[1]) > 12) return 'dmy';
  }
  return 'mdy';
}

/** A time cell read; times without an offset are wall-clock times in `timeZone`. */
export function parseTime(text: string, timeZone: string, order: DateOrder): RowTime | undefined {
  const cell = text.trim();
  const iso = ISO.exec(cell);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const wall = { year: +y!, month: +mo!, day: +d!, hour: +(h ?? 0), minute: +(mi ?? 0) };
    if (!validWall(wall)) return undefined;
    if (zone) {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.replace(/[^0-9]/g, '');
      const offset =
        zone.toUpperCase() === 'Z'
          ? 0
          : sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
      const at =
        Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, +(s ?? 0)) - offset;
      return { at, dayOnly: false };
    }
    return { at: instantOfWallTime(wall, timeZone), dayOnly: h === undefined };
  }
  const slashed = SLASHED.exec(cell);
  if (slashed) {
    const [, a, b, y, h, mi, half] = slashed;
    let hour = +(h ?? 0);
    if (half) hour = (hour % 12) + (half.toLowerCase() === 'pm' ? 12 : 0);
    const wall = {
      year: +y!,
      month: order === 'mdy' ? +a! : +b!,
      day: order === 'mdy' ? +b! : +a!,
      hour,
      minute: +(mi ?? 0),
    };
    if (!validWall(wall)) return undefined;
    return { at: instantOfWallTime(wall, timeZone), dayOnly: h === undefined };
  }
  return undefined;
}

function validWall(w: { year: number; month: number; day: number; hour: number; minute: number }) {
  const probe = new Date(Date.UTC(w.year, w.month - 1, w.day));
  return (
    probe.getUTCMonth() === w.month - 1 &&
    probe.getUTCDate() === w.day &&
    w.hour < 24 &&
    w.minute < 60 &&
    w.year >= 2000
  );
}

/** One row of the export, read. */
export interface InsightsRow {
  line: number;
  url?: string;
  time?: RowTime;
  /** The time cell as written, shown when it cannot be read. */
  timeText?: string;
  caption?: string;
  /** Every mapped number: a count, or null for an empty cell (not entered). */
  metrics: Partial<Record<PostMetric, number | null>>;
  /** The first number that is not a whole number, as written. */
  badNumber?: { metric: PostMetric; text: string };
}

function metricRoles(mapping: ColumnMapping): { column: number; metric: PostMetric }[] {
  return mapping.flatMap((role, column) =>
    role !== null && (POST_METRICS as readonly string[]).includes(role)
      ? [{ column, metric: role as PostMetric }]
      : [],
  );
}

/** The rows' cells read with the mapping; Meta's column descriptions line is left out. */
export function insightsRows(
  table: InsightsTable,
  mapping: ColumnMapping,
  timeZone: string,
): { rows: InsightsRow[]; skippedDescriptions: boolean } {
  const metrics = metricRoles(mapping);
  const column = (role: InsightsRole) => mapping.indexOf(role);
  const timeColumn = column('time');
  const order = dateOrderOf(
    timeColumn >= 0 ? table.rows.map((r) => r.fields[timeColumn] ?? '') : [],
  );
  // Facebook's export has Title and Description, one of them often empty: the first with text.
  const captionNames = HEADER_NAMES.caption as readonly string[];
  const captionColumns = [
    column('caption'),
    ...table.header.flatMap((name, i) =>
      mapping[i] === null && captionNames.includes(headerKey(name)) ? [i] : [],
    ),
  ];
  let rows = table.rows;
  // The older Facebook export's second line says what each column means ("Lifetime: The total
  // number of people…"): every number cell holds words. It is no post.
  const first = rows[0];
  const describes =
    first !== undefined &&
    metrics.length > 0 &&
    metrics.every(({ column: c }) => /\p{L}{3,}/u.test(first.fields[c] ?? ''));
  if (describes) rows = rows.slice(1);
  return {
    skippedDescriptions: describes,
    rows: rows.map(({ line, fields }) => {
      const cell = (c: number) => (c >= 0 ? (fields[c] ?? '').trim() : '');
      const row: InsightsRow = { line, metrics: {} };
      const url = cell(column('url'));
      if (url) row.url = url;
      const caption = captionColumns.map(cell).find((text) => text !== '');
      if (caption) row.caption = caption;
      const timeText = cell(timeColumn);
      if (timeText) {
        row.timeText = timeText;
        const time = parseTime(timeText, timeZone, order);
        if (time) row.time = time;
      }
      for (const { column: c, metric } of metrics) {
        const value = parseCount(cell(c));
        if (value === undefined) row.badNumber ??= { metric, text: cell(c) };
        else row.metrics[metric] = value;
      }
      return row;
    }),
  };
}

/**
 * A post's address compared: host without www/m, twitter.com as x.com, an X status by its id, an
 * Instagram reel as its post, no query, no fragment, no trailing slash.
 */
export function addressKey(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(address) ? address : `https://${address}`);
  } catch {
    return undefined;
  }
  let host = url.hostname.toLowerCase().replace(/^(www|m|mobile|web)\./, '');
  if (host === 'twitter.com') host = 'x.com';
  const path = url.pathname.replace(/\/+$/, '');
  const status = /\/status(?:es)?\/(\d+)/.exec(path);
  if (host === 'x.com' && status) return `x.com/i/status/${status[1]}`;
  if (host === 'instagram.com') return `${host}${path.replace(/^\/(reel|reels|tv)\//, '/p/')}`;
  return `${host}${path}`;
}

/** The platform of the rows' addresses, when they all name the same one. */
export function platformOfRows(rows: readonly InsightsRow[]): PlatformId | undefined {
  const found = new Set<PlatformId>();
  for (const row of rows) {
    const key = row.url && addressKey(row.url);
    if (!key) continue;
    const host = key.split('/')[0]!;
    const site = platformForHost(host) ?? platformForHost(`www.${host}`);
    if (site) found.add(site.id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A caption compared: NFKC, no accents, lower case, spaces collapsed. */
function captionKey(text: string): string {
  return headerKey(text.normalize('NFKC'));
}

/** How many characters of the caption's start must agree (exports cut long captions). */
export const CAPTION_PREFIX = 24;
/** How far a row's time may be from the entry's (the site's confirmation comes a little later). */
export const DEFAULT_TOLERANCE_MS = 10 * 60_000;

function captionsAgree(row: string | undefined, entry: string): boolean {
  if (!row) return true;
  const a = captionKey(row);
  const b = captionKey(entry);
  const n = Math.min(CAPTION_PREFIX, a.length, b.length);
  return n === 0 ? a.length === 0 || b.length === 0 : a.slice(0, n) === b.slice(0, n);
}

export type RowOutcome =
  | { status: 'matched'; entryId: string }
  | { status: 'ambiguous'; entryIds: string[] }
  | { status: 'duplicate'; entryId: string }
  | { status: 'unmatched'; reason: 'no-entry' | 'no-time' }
  | { status: 'bad-number'; metric: PostMetric; text: string }
  | { status: 'no-numbers' };

export interface MatchedRow {
  row: InsightsRow;
  outcome: RowOutcome;
}

export interface MatchOptions {
  platform: PlatformId;
  /** The person's zone: a date-only cell means that day there. */
  timeZone: string;
  toleranceMs?: number;
}

/**
 * Each row's entry: by address when the row and entries have one, else by time (within the
 * tolerance, or the same day for a date-only cell) and the caption's start. A row that fits
 * several entries, or an entry that two rows fit, is reported and not applied.
 */
export function matchInsights(
  rows: readonly InsightsRow[],
  log: readonly Pick<PostLogRecord, 'id' | 'at' | 'platform' | 'text' | 'url'>[],
  options: MatchOptions,
): MatchedRow[] {
  const tolerance = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const entries = log
    .filter((e) => e.platform === options.platform)
    .map((e) => ({ ...e, key: e.url ? addressKey(e.url) : undefined }));
  const matched: MatchedRow[] = rows.map((row) => {
    if (row.badNumber) return { row, outcome: { status: 'bad-number', ...row.badNumber } };
    if (Object.keys(row.metrics).length === 0) return { row, outcome: { status: 'no-numbers' } };
    const key = row.url ? addressKey(row.url) : undefined;
    if (key) {
      const same = entries.filter((e) => e.key === key);
      if (same.length > 0) return { row, outcome: outcomeOf(same.map((e) => e.id)) };
    }
    if (!row.time) return { row, outcome: { status: 'unmatched', reason: 'no-time' } };
    const { at, dayOnly } = row.time;
    const near = entries.filter(
      (e) =>
        // An entry with another address is another post.
        !(key && e.key && e.key !== key) &&
        (dayOnly ? e.at >= at && e.at < at + 86_400_000 : Math.abs(e.at - at) <= tolerance) &&
        captionsAgree(row.caption, e.text),
    );
    return { row, outcome: outcomeOf(near.map((e) => e.id)) };
  });
  // An entry two rows claim: neither is applied.
  const claims = new Map<string, number>();
  for (const m of matched)
    if (m.outcome.status === 'matched')
      claims.set(m.outcome.entryId, (claims.get(m.outcome.entryId) ?? 0) + 1);
  return matched.map((m) =>
    m.outcome.status === 'matched' && claims.get(m.outcome.entryId)! > 1
      ? { row: m.row, outcome: { status: 'duplicate', entryId: m.outcome.entryId } }
      : m,
  );
}

function outcomeOf(ids: string[]): RowOutcome {
  if (ids.length === 1) return { status: 'matched', entryId: ids[0]! };
  if (ids.length > 1) return { status: 'ambiguous', entryIds: ids };
  return { status: 'unmatched', reason: 'no-entry' };
}

export interface InsightsPatch {
  entryId: string;
  /** Written by Apply: the file's numbers; null clears (an empty cell is not entered). */
  metrics: Partial<Record<PostMetric, number | null>>;
  /** Written by Undo: the entry's numbers before, for the same fields (null: had none). */
  previous: Partial<Record<PostMetric, number | null>>;
}

/** What Apply writes for the matched rows; fields the file has no column for are left alone. */
export function insightsPatches(
  matched: readonly MatchedRow[],
  log: readonly Pick<PostLogRecord, 'id' | 'metrics'>[],
): InsightsPatch[] {
  const byId = new Map(log.map((e) => [e.id, e]));
  return matched.flatMap(({ row, outcome }) => {
    if (outcome.status !== 'matched') return [];
    const entry = byId.get(outcome.entryId);
    if (!entry) return [];
    const previous = Object.fromEntries(
      Object.keys(row.metrics).map((metric) => [
        metric,
        entry.metrics?.[metric as PostMetric] ?? null,
      ]),
    );
    return [{ entryId: entry.id, metrics: { ...row.metrics }, previous }];
  });
}
