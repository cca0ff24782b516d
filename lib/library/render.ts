/**
 * Template rendering: pure, no DOM. `{{name}}` (spaces inside the braces allowed) is replaced by
 * the value the person filled in, a brand-kit value, or a variable's default; anything still
 * empty stays visible as `{{name}}` and is listed in `missing`, so the checklist's
 * "unfilled placeholder" rule can block it.
 */
import type { BrandKitRecord, ContentLocale, PlatformId, TemplateRecord } from '@/lib/db/types';

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
  'libraryName' | 'website' | 'linkInBio' | 'tagline' | 'signOff' | 'handles' | 'signatureHashtags'
>;

export interface RenderOptions {
  platform: PlatformId;
  /** UI/content locale used for dates. */
  locale: ContentLocale;
  values?: Record<string, string | undefined>;
  brandKit?: Partial<BrandValues> | null;
}

export interface RenderResult {
  text: string;
  /** Variables still unfilled, in order of first appearance, each once. */
  missing: string[];
  /** Whether a per-platform variant was used instead of the body. */
  usedVariant: boolean;
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

/**
 * A date value ('YYYY-MM-DD' or an ISO date-time) in the locale's full style:
 * id → "Sabtu, 17 Mei 2025", en → "Saturday 17 May 2025" (comma after the day name in newer ICU). Unparseable input is returned as-is
 * (the person may have typed "setiap Sabtu").
 */
export function formatDateValue(value: string, locale: ContentLocale, timeZone?: string): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-GB';
  const trimmed = value.trim();
  const dateOnly = DATE_ONLY_RE.exec(trimmed);
  if (dateOnly) {
    const [, y, m, d] = dateOnly;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return value;
    return new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const date = new Date(trimmed);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(tag, {
      dateStyle: 'full',
      timeStyle: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(date);
  }
  return value;
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

export function renderTemplate(template: RenderableTemplate, options: RenderOptions): RenderResult {
  const { text: source, usedVariant } = pickText(template, options.platform);
  const declared = new Map((template.variables ?? []).map((v) => [v.name, v]));
  const brand = brandValues(options.brandKit, options.platform);
  const missing: string[] = [];

  const valueOf = (name: string): string => {
    const variable = declared.get(name);
    const given = options.values?.[name];
    let raw = given !== undefined && given.trim() !== '' ? given : undefined;
    if (raw === undefined && variable?.default?.trim()) raw = variable.default;
    if (raw === undefined && name in brand) raw = brand[name as BrandVariable] || undefined;
    if (raw === undefined) return '';
    return variable?.type === 'date' ? formatDateValue(raw, options.locale) : raw;
  };

  const text = source.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const value = valueOf(name);
    if (value) return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  // A required variable the chosen text does not use is not reported: it cannot be left unfilled.
  return { text, missing, usedVariant };
}
