/**
 * Template rendering: pure, no DOM. `{{name}}` (spaces inside the braces allowed) is replaced by
 * the value the person filled in, a brand-kit value, or a variable's default. A required
 * variable still empty stays visible as `{{name}}` and is listed in `missing` (the panel keeps
 * Insert off and the checklist's "unfilled placeholder" rule blocks it). An optional one still
 * empty drops out: with its line when the line holds nothing else but a label ("📍 {{tempat}}",
 * "Sumber: {{sumber}}"), else on its own. Dates and times are written in the template's
 * language; times carry the library's zone (WIB, WITA, WIT) from the brand kit.
 */
import {
  DEFAULT_TIME_ZONE,
  type BrandKitRecord,
  type ContentLocale,
  type LibraryTimeZone,
  type PlatformId,
  type TemplateRecord,
  type TemplateVariable,
} from '@/lib/db/types';
// The measure alone, not the checklist's index: the dashboard's first page renders templates.
import { measurePost } from '@/lib/checklist/measure';
import { dateFormat } from '@/lib/i18n/formats';
import { dateKey, localDate } from '@/lib/report/calendar';
import { BOOK_LIST_VARIABLE, bookList, type BookList, type ListedBook } from './book-list';

/** Names every template can use, filled from the brand kit. */
export const BRAND_VARIABLES = [
  'library',
  'website',
  'linkInBio',
  'tagline',
  'signOff',
  'handle',
  'hashtags',
] as const;
export type BrandVariable = (typeof BRAND_VARIABLES)[number];

export type RenderableTemplate = Pick<TemplateRecord, 'body' | 'variants' | 'variables'>;

export type BrandValues = Pick<
  BrandKitRecord,
  | 'libraryName'
  | 'website'
  | 'linkInBio'
  | 'tagline'
  | 'signOff'
  | 'handles'
  | 'signatureHashtags'
  | 'timeZone'
>;

/** Brand variables a post reads well without: they drop out when the brand kit has no value. */
const OPTIONAL_BRAND_VARIABLES: readonly string[] = ['hashtags', 'signOff', 'tagline'];

export interface RenderOptions {
  platform: PlatformId;
  /** UI/content locale used for dates. */
  locale: ContentLocale;
  values?: Record<string, string | undefined>;
  brandKit?: Partial<BrandValues> | null;
  /** The day of filling in ('YYYY-MM-DD'), for date defaults such as `today` or `--05-17`. */
  today?: string;
  /**
   * The titles picked for the list variable `{{koleksiBaru}}` (book-list.ts): one line each, in
   * the variable's line format, as many as fit the platform's length limit.
   */
  books?: readonly ListedBook[];
  /** X Premium's longer limit applies (for the list's length budget). */
  xPremium?: boolean;
}

export interface RenderResult {
  text: string;
  /** Required variables still unfilled (left as `{{name}}`), in order of appearance, each once. */
  missing: string[];
  /** Optional variables left empty whose line was dropped. */
  dropped: string[];
  /** Optional variables left empty inside a sentence, removed from it. */
  blanked: string[];
  /** Whether a per-platform variant was used instead of the body. */
  usedVariant: boolean;
  /** The list variable's titles: which went in, which did not fit (only when it is used). */
  listed?: Omit<BookList, 'text'>;
}

const PLACEHOLDER_RE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The text for a platform: its variant when present and not blank, else the body. */
export function pickText(
  template: RenderableTemplate,
  platform: PlatformId,
): { text: string; usedVariant: boolean } {
  const variant = template.variants?.[platform];
  return variant && variant.trim()
    ? { text: variant, usedVariant: true }
    : { text: template.body, usedVariant: false };
}

/** Names used in a text, in order, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!))];
}

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD`, the value of a date field, or `null` when the text is not such a date. */
function parseDateOnly(value: string): Date | null {
  const match = DATE_ONLY_RE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date : null;
}

/**
 * A day written out the way each language writes it in a post: "Kamis, 10 Desember 2026",
 * "Thursday 10 December 2026". Built from parts so the result does not depend on the ICU
 * version's punctuation (newer ICU puts a comma after the English day name).
 */
function longDate(date: Date, locale: ContentLocale, timeZone: string): string {
  const parts = dateFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('day')} ${part('month')} ${part('year')}`;
  return locale === 'id' ? `${part('weekday')}, ${day}` : `${part('weekday')} ${day}`;
}

/**
 * A date value ('YYYY-MM-DD' or an ISO date-time) in the locale's full style:
 * id → "Sabtu, 17 Mei 2025", en → "Saturday 17 May 2025". Unparseable input is returned as-is
 * (the person may have typed "setiap Sabtu").
 */
export function formatDateValue(value: string, locale: ContentLocale, timeZone?: string): string {
  const trimmed = value.trim();
  const dateOnly = parseDateOnly(trimmed);
  if (dateOnly) return longDate(dateOnly, locale, 'UTC');
  if (DATE_ONLY_RE.test(trimmed)) return value;
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const date = new Date(trimmed);
    if (Number.isNaN(date.getTime())) return value;
    const zone = timeZone ?? 'UTC';
    const time = dateFormat(locale, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(date);
    return `${longDate(date, locale, zone)} ${time}`;
  }
  return value;
}

/** The abbreviation Indonesians write after a time: WIB, WITA or WIT (the same in English posts). */
export const TIME_ZONE_ABBREVIATIONS: Record<LibraryTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** The brand kit's zone; a kit saved before zones existed, or an unknown value, is WIB. */
export function timeZoneOf(kit: Partial<Pick<BrandKitRecord, 'timeZone'>> | null | undefined) {
  const zone = kit?.timeZone;
  return zone && zone in TIME_ZONE_ABBREVIATIONS ? zone : DEFAULT_TIME_ZONE;
}

const CLOCK = '([01]?\\d|2[0-3])[:.]([0-5]\\d)';
const TIME_RE = new RegExp(`^${CLOCK}(?:\\s*[-–—]\\s*${CLOCK})?$`);

function clock(hours: string, minutes: string, locale: ContentLocale): string {
  const at = new Date(Date.UTC(2000, 0, 1, Number(hours), Number(minutes)));
  return dateFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(at);
}

/**
 * A time or a range ("10:00", "9.00-11.00") in the locale's way with the library's zone after
 * it: id "10.00 WIB", "09.00–11.00 WIB"; en "10:00 WIB". Anything else ("selesai", "10.00 WITA")
 * is kept as typed.
 */
export function formatTimeValue(value: string, locale: ContentLocale, zone: LibraryTimeZone) {
  const match = TIME_RE.exec(value.trim());
  if (!match) return value;
  const [, h1, m1, h2, m2] = match;
  const start = clock(h1!, m1!, locale);
  const range = h2 && m2 ? `${start}–${clock(h2, m2, locale)}` : start;
  return `${range} ${TIME_ZONE_ABBREVIATIONS[zone]}`;
}

/** Today's date ('YYYY-MM-DD') in the library's zone: what a date default counts from. */
export function todayIn(zone: LibraryTimeZone, now: Date): string {
  return dateKey(localDate(now.getTime(), zone));
}

const RECURRING_RE = /^--(\d{2})-(\d{2})$/;

/**
 * A date variable's default as a date field's value. `today` is the day of filling in;
 * `--MM-DD` (ISO 8601's yearly date) is the next time that day comes, today included
 * (`--05-17` for Hari Buku Nasional); a fixed `YYYY-MM-DD` stays. Anything else is no date.
 */
export function resolveDateDefault(fallback: string | undefined, today: string): string {
  const value = (fallback ?? '').trim();
  if (value === 'today') return today;
  if (parseDateOnly(value)) return value;
  const recurring = RECURRING_RE.exec(value);
  if (!recurring) return '';
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1, year + 2, year + 3, year + 4]) {
    const candidate = `${y}-${recurring[1]}-${recurring[2]}`;
    if (parseDateOnly(candidate) && candidate >= today) return candidate; // 29 Feb: next leap year
  }
  return '';
}

function handleFor(handle: string | undefined): string {
  const h = (handle ?? '').trim();
  if (!h) return '';
  return h.startsWith('@') ? h : `@${h}`;
}

/** Brand-kit values by variable name (empty string when the kit has no value). */
export function brandValues(
  kit: Partial<BrandValues> | null | undefined,
  platform: PlatformId,
): Record<BrandVariable, string> {
  return {
    library: kit?.libraryName?.trim() ?? '',
    website: kit?.website?.trim() ?? '',
    linkInBio: kit?.linkInBio?.trim() ?? '',
    tagline: kit?.tagline?.trim() ?? '',
    signOff: kit?.signOff?.trim() ?? '',
    handle: handleFor(kit?.handles?.[platform]),
    hashtags: (kit?.signatureHashtags ?? [])
      .map((t) => t.trim().replace(/^#+/, ''))
      .filter(Boolean)
      .map((t) => `#${t}`)
      .join(' '),
  };
}

/** Whether the template asks for this variable: declared required, or a brand variable it needs. */
export function isRequiredVariable(
  name: string,
  declared: ReadonlyMap<string, Pick<TemplateVariable, 'required'>>,
): boolean {
  const variable = declared.get(name);
  if (variable) return variable.required === true;
  return !OPTIONAL_BRAND_VARIABLES.includes(name);
}

// A label before a value: emoji, bullets and punctuation, and at most a few words ending in ':'.
const LABEL_RE =
  /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u{FE0F}\u{200D}]*(?:[\p{L}\p{N}][\p{L}\p{N} ()/.'’-]{0,39}:)?[\s\p{P}\p{S}\u{FE0F}]*$/u;

/** Whether a line, once its placeholders are taken out, is no more than a label. */
function isLabelOnly(line: string): boolean {
  return LABEL_RE.test(line.replace(PLACEHOLDER_RE, ''));
}

/**
 * Drops each line whose placeholders are all empty optional variables and which holds nothing
 * else but a label, then tidies the blank lines the drops leave: never two blank lines in a
 * row, none at the start or the end. Blank lines the template has elsewhere are kept.
 * Returns the text and the names whose lines went.
 */
export function dropEmptyOptionalLines(
  text: string,
  isEmptyOptional: (name: string) => boolean,
): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const out: string[] = [];
  let afterDrop = false; // a line was dropped since the last line with text
  for (const line of text.split('\n')) {
    const names = placeholdersIn(line);
    if (names.length > 0 && names.every(isEmptyOptional) && isLabelOnly(line)) {
      for (const name of names) if (!dropped.includes(name)) dropped.push(name);
      afterDrop = true;
      continue;
    }
    const blank = line.trim() === '';
    if (blank && afterDrop && (out.length === 0 || out[out.length - 1]!.trim() === '')) continue;
    out.push(line);
    if (!blank) afterDrop = false;
  }
  while (afterDrop && out.length > 0 && out[out.length - 1]!.trim() === '') out.pop();
  return { text: out.join('\n'), dropped };
}

const PLACEHOLDER_WITH_SPACE_RE = /( ?)\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * The list variable's text: the picked titles that fit beside the rest of the post. The rest is
 * the template rendered with the list empty; what is left of the platform's limit is the budget.
 */
function listFor(
  template: RenderableTemplate,
  options: RenderOptions,
): { value: string; listed: Omit<BookList, 'text'> } | undefined {
  const { books } = options;
  if (!books) return undefined;
  const source = pickText(template, options.platform).text;
  if (!placeholdersIn(source).includes(BOOK_LIST_VARIABLE)) return undefined;
  const measure = (text: string) =>
    measurePost(text, options.platform, options.xPremium === true).used;
  const marker = '\u0000';
  const rest = renderTemplate(template, {
    ...options,
    books: undefined,
    values: { ...options.values, [BOOK_LIST_VARIABLE]: marker },
  }).text;
  const limit = measurePost('', options.platform, options.xPremium === true).limit;
  const variable = template.variables?.find((v) => v.name === BOOK_LIST_VARIABLE);
  const list = bookList(books, {
    ...(variable?.default ? { format: variable.default } : {}),
    budget: limit - measure(rest.replace(marker, '')),
    measure,
    locale: options.locale,
  });
  return { value: list.text, listed: { included: list.included, left: list.left } };
}

export function renderTemplate(template: RenderableTemplate, options: RenderOptions): RenderResult {
  const { text: source, usedVariant } = pickText(template, options.platform);
  const declared = new Map((template.variables ?? []).map((v) => [v.name, v]));
  const brand = brandValues(options.brandKit, options.platform);
  const zone = timeZoneOf(options.brandKit);

  const list = listFor(template, options);
  const rawValueOf = (name: string): string | undefined => {
    // The list variable's default is its line format, never a value.
    if (name === BOOK_LIST_VARIABLE) return list?.value || options.values?.[name] || undefined;
    const variable = declared.get(name);
    const given = options.values?.[name];
    if (given !== undefined && given.trim() !== '') return given;
    const fallback =
      variable?.type === 'date' && options.today !== undefined
        ? resolveDateDefault(variable.default, options.today) || variable.default
        : variable?.default;
    if (fallback?.trim()) return fallback;
    if (name in brand) return brand[name as BrandVariable] || undefined;
    return undefined;
  };
  const valueOf = (name: string): string => {
    const raw = rawValueOf(name);
    if (raw === undefined) return '';
    const type = declared.get(name)?.type;
    if (type === 'date') return formatDateValue(raw, options.locale);
    if (type === 'time') return formatTimeValue(raw, options.locale, zone);
    return raw;
  };

  const isEmptyOptional = (name: string) =>
    !isRequiredVariable(name, declared) && valueOf(name) === '';
  const kept = dropEmptyOptionalLines(source, isEmptyOptional);

  const missing: string[] = [];
  const blanked: string[] = [];
  const text = kept.text.replace(
    PLACEHOLDER_WITH_SPACE_RE,
    (whole, space: string, name: string) => {
      const value = valueOf(name);
      if (value) return `${space}${value}`;
      if (isRequiredVariable(name, declared)) {
        if (!missing.includes(name)) missing.push(name);
        return whole;
      }
      if (!blanked.includes(name)) blanked.push(name);
      return '';
    },
  );
  // A required variable the chosen text does not use is not reported: it cannot be left unfilled.
  return {
    text,
    missing,
    dropped: kept.dropped,
    blanked,
    usedVariant,
    ...(list ? { listed: list.listed } : {}),
  };
}
