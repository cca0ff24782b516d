/**
 * The Sapa pack format, version 1 (see docs/pack-format.md). Records are loose objects: fields
 * this version does not know are kept, so a pack from a newer Sapa loses nothing.
 * Control characters, broken text and oversized strings are refused by `checkStructure`
 * (every string, known field or not) before these schemas run.
 */
import { z } from 'zod';
import { schemasOnFirstUse } from '@/lib/zod-lazy';
import { isValidTag } from '@/lib/text';
import { LIBRARY_TIME_ZONES } from '@/lib/db/types';
import { safeLabel, safeName } from '@/lib/text/safe-text';
import { MAX_SHORTCUT_LENGTH, shortcutProblem } from '@/lib/text/shortcut';

export const PACK_FORMAT = 'sapa-pack';
export const PACK_VERSION = 1;

export const LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  depth: 12,
  anyString: 20_000,
  keyLength: 100,
  nodes: 2_000_000,
  templates: 5_000,
  hashtagSets: 2_000,
  hashtags: 50_000,
  tagsPerSet: 60,
  variables: 30,
  options: 50,
  words: 2_000,
} as const;

/**
 * The schemas, built when first used rather than when the module loads: the service worker loads
 * this module (team sync's and backups' checks) at each start, and building them then was a large
 * part of that start (docs/architecture.md, "The service worker's start").
 */
function buildPackSchemas() {
  const tagMessage = {
    id: 'bukan tagar yang valid (hanya huruf, angka, garis bawah; maks 100)',
    en: 'is not a valid hashtag (letters, digits, underscore only; max 100)',
  };

  const text = (max: number) => z.string().max(max);
  // Names and ids go through the one check every way in shares (lib/text, docs/reliability.md).
  const required = (max: number) => safeName(max);
  const tag = z.string().refine((t) => isValidTag(t), { params: tagMessage });

  // Uniqueness across the library is the dashboard's to keep; a clash that arrives anyway (two
  // packs, two team members) is settled when the shortcuts are looked up (lib/quick-insert).
  const shortcut = z
    .string()
    .max(MAX_SHORTCUT_LENGTH + 8)
    .refine((s) => shortcutProblem(s, []) === null, {
      params: {
        id: 'bukan pintasan yang valid (satu kata tanpa spasi, 2 sampai 32 karakter, tidak diawali huruf, angka, # atau @)',
        en: 'is not a valid shortcut (one word without spaces, 2 to 32 characters, not starting with a letter, digit, # or @)',
      },
    })
    .optional();

  const meta = {
    id: required(200),
    updatedAt: z.number().int().min(0).max(8_640_000_000_000_000),
    updatedBy: required(200),
    deleted: z.boolean().default(false),
  };

  const platformMap = <T extends z.ZodType>(value: T) => z.record(z.string().min(1).max(40), value);

  const variableSchema = z.looseObject({
    name: z.string().refine((s) => /^[A-Za-z_][A-Za-z0-9_]{0,39}$/.test(s), {
      params: {
        id: 'nama variabel hanya huruf, angka, garis bawah (maks 40)',
        en: 'variable names use letters, digits, underscore (max 40)',
      },
    }),
    label: z.looseObject({ id: text(200), en: text(200) }),
    type: z.enum(['text', 'date', 'time', 'link', 'choice']),
    options: z.array(text(200)).max(LIMITS.options).optional(),
    required: z.boolean().optional(),
    default: text(2_000).optional(),
  });

  const templateSchema = z.looseObject({
    ...meta,
    name: required(200),
    category: z._default(safeLabel(60), ''),
    body: text(20_000),
    variants: platformMap(text(20_000)).default({}),
    variables: z.array(variableSchema).max(LIMITS.variables).default([]),
    locale: z.enum(['id', 'en']),
    shortcut,
  });

  const hashtagSetSchema = z.looseObject({
    ...meta,
    name: required(200),
    tags: z.array(tag).max(LIMITS.tagsPerSet),
    shortcut,
  });

  const hashtagSchema = z.looseObject({ ...meta, tag });

  const brandKitSchema = z.looseObject({
    ...meta,
    id: z.literal('brand'),
    libraryName: text(200).default(''),
    handles: platformMap(text(100)).default({}),
    signatureHashtags: z.array(tag).max(30).default([]),
    tagline: text(500).default(''),
    website: text(2_000).default(''),
    linkInBio: text(2_000).default(''),
    signOff: text(500).default(''),
    // Absent in packs from before zones existed: the library's kit then reads as WIB.
    timeZone: z.enum(LIBRARY_TIME_ZONES).optional(),
    phone: text(200).default(''),
    whatsApp: text(200).default(''),
    email: text(320).default(''),
  });

  const range = z
    .looseObject({ min: z.number().int().min(0).max(100), max: z.number().int().min(0).max(100) })
    .refine((r) => r.min <= r.max, {
      params: { id: 'min tidak boleh lebih besar dari max', en: 'min must not exceed max' },
    });

  const checklistSettingsSchema = z.looseObject({
    ...meta,
    id: z.literal('team'),
    rules: z.record(
      z.string().min(1).max(60),
      z.looseObject({
        enabled: z.boolean(),
        severity: z.enum(['block', 'warn', 'info']),
        required: z.boolean().optional(),
      }),
    ),
    sensitiveWords: z.looseObject({
      id: z.array(text(100)).max(LIMITS.words),
      en: z.array(text(100)).max(LIMITS.words),
    }),
    bannedHashtags: z.array(tag).max(LIMITS.words),
    hashtagRanges: platformMap(range).default({}),
    knownHashtags: z.array(tag).max(LIMITS.hashtags).optional(),
  });

  const packSchema = z.looseObject({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    exportedAt: z
      .string()
      .max(40)
      .refine((s) => !Number.isNaN(Date.parse(s)), {
        params: { id: 'bukan tanggal ISO 8601', en: 'is not an ISO 8601 date' },
      }),
    exportedBy: text(200).optional(),
    library: text(200).optional(),
    templates: z.array(templateSchema).max(LIMITS.templates).optional(),
    hashtagSets: z.array(hashtagSetSchema).max(LIMITS.hashtagSets).optional(),
    hashtags: z.array(hashtagSchema).max(LIMITS.hashtags).optional(),
    brandKit: brandKitSchema.optional(),
    checklistSettings: checklistSettingsSchema.optional(),
  });
  return {
    variableSchema,
    templateSchema,
    hashtagSetSchema,
    hashtagSchema,
    brandKitSchema,
    checklistSettingsSchema,
    packSchema,
  };
}

const packPartSchema = schemasOnFirstUse(buildPackSchemas);

export const variableSchema = packPartSchema('variableSchema');
export const templateSchema = packPartSchema('templateSchema');
export const hashtagSetSchema = packPartSchema('hashtagSetSchema');
export const hashtagSchema = packPartSchema('hashtagSchema');
export const brandKitSchema = packPartSchema('brandKitSchema');
export const checklistSettingsSchema = packPartSchema('checklistSettingsSchema');
export const packSchema = packPartSchema('packSchema');

export type Pack = z.infer<typeof packSchema>;
export type PackPart = 'templates' | 'hashtagSets' | 'hashtags' | 'brandKit' | 'checklistSettings';
