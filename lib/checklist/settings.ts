/**
 * Per-team checklist settings: the type the database stores, its zod schema and the defaults
 * (docs/checklist.md: platform hard limits block, recommendations warn, manual items are info and
 * not required).
 */
import { z } from 'zod/mini';
import { schemasOnFirstUse } from '@/lib/zod-lazy';
import { PLATFORM_LIMITS } from './limits';
import {
  AUTO_RULE_DEFAULTS,
  MANUAL_DEFAULT_SEVERITY,
  MANUAL_RULE_IDS,
  defaultSeverityOf,
} from './rule-defaults';
import { PLATFORM_IDS, type PlatformId, type Severity } from './types';
import { DEFAULT_SENSITIVE_WORDS } from './words';
import { perPlatform } from '@/lib/platforms';

export type { Severity };

export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  /** Manual items the team marks required: publishing waits until they are ticked. */
  required?: boolean;
}

export interface ChecklistSettings {
  rules: Record<string, RuleSetting>;
  sensitiveWords: { id: string[]; en: string[] };
  bannedHashtags: string[];
  hashtagRanges: Partial<Record<PlatformId, { min: number; max: number }>>;
  /** CamelCase forms the team uses, e.g. "PerpustakaanKota". */
  knownHashtags?: string[];
  /**
   * The default severities the stored rule settings were saved against (see
   * SEVERITY_DEFAULTS_VERSION); absent in settings saved before the field existed.
   */
  defaultsVersion?: number;
}

/**
 * Version 1 (settings without `defaultsVersion`): saved before the style rules became `info`, when
 * these four defaulted to `warn`. Version 2: today's defaults (docs/checklist.md, severity policy).
 */
export const SEVERITY_DEFAULTS_VERSION = 2;
const WARN_BY_DEFAULT_IN_V1: readonly string[] = [
  'hashtag-range',
  'camelcase-hashtags',
  'emoji',
  'brand',
];

/**
 * The schemas, built when first used: the service worker loads this module at each start (the
 * default settings), and few of its requests read settings from outside (docs/architecture.md,
 * "The service worker's start").
 */
function buildSettingsSchemas() {
  const severitySchema = z.enum(['block', 'warn', 'info']);

  const ruleSettingSchema = z.looseObject({
    enabled: z.boolean(),
    severity: severitySchema,
    required: z.optional(z.boolean()),
  });

  const count = () => z.number().check(z.int(), z.minimum(0));
  const hashtagRangeSchema = z
    .object({ min: count(), max: count() })
    .check(z.refine((r) => r.min <= r.max, { message: 'min must not exceed max' }));

  const checklistSettingsSchema = z.looseObject({
    rules: z.record(z.string(), ruleSettingSchema),
    sensitiveWords: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
    bannedHashtags: z.array(z.string()),
    hashtagRanges: z.object(perPlatform(() => z.optional(hashtagRangeSchema))),
    knownHashtags: z.optional(z.array(z.string())),
    defaultsVersion: z.optional(z.number().check(z.int(), z.minimum(1))),
  });
  return { severitySchema, ruleSettingSchema, hashtagRangeSchema, checklistSettingsSchema };
}

const settingsSchema = schemasOnFirstUse(buildSettingsSchemas);

export const severitySchema = settingsSchema('severitySchema');
export const ruleSettingSchema = settingsSchema('ruleSettingSchema');
export const hashtagRangeSchema = settingsSchema('hashtagRangeSchema');
export const checklistSettingsSchema = settingsSchema('checklistSettingsSchema');

// Compile-time check that the schema and the interface agree.
type SchemaOutput = z.infer<typeof checklistSettingsSchema>;
const _agree: (s: SchemaOutput) => ChecklistSettings = (s) => s;
void _agree;

/** Every rule's default setting, from the defaults table (not the rules' code: see rule-defaults.ts). */
export function defaultRuleSettings(): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const [id, severity] of Object.entries(AUTO_RULE_DEFAULTS)) {
    rules[id] = { enabled: true, severity };
  }
  for (const id of MANUAL_RULE_IDS) {
    rules[id] = { enabled: true, severity: MANUAL_DEFAULT_SEVERITY, required: false };
  }
  return rules;
}

export function defaultHashtagRanges(): ChecklistSettings['hashtagRanges'] {
  const ranges: ChecklistSettings['hashtagRanges'] = {};
  for (const p of PLATFORM_IDS) {
    const r = PLATFORM_LIMITS[p].recommendedHashtags;
    if (r) ranges[p] = { ...r.value };
  }
  return ranges;
}

/** Fresh default settings (a new object each call, safe to edit). */
export function defaultSettings(): ChecklistSettings {
  return {
    rules: defaultRuleSettings(),
    sensitiveWords: {
      id: [...DEFAULT_SENSITIVE_WORDS.id],
      en: [...DEFAULT_SENSITIVE_WORDS.en],
    },
    bannedHashtags: [],
    hashtagRanges: defaultHashtagRanges(),
    knownHashtags: [],
    defaultsVersion: SEVERITY_DEFAULTS_VERSION,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The defaults, frozen. Settings objects are treated as immutable: compiled word lists are
 * cached per settings object, so change settings by making a new object (as a store does).
 */
export const DEFAULT_SETTINGS: Readonly<ChecklistSettings> = deepFreeze(defaultSettings());

/**
 * Rule settings saved against older defaults, brought to today's. Nobody could tell a severity
 * left at its old default from one chosen to equal it (the dashboard saved every rule either
 * way), so a style rule still at the old `warn` takes the new default, the way a team that never
 * touched it expects; a severity that differs from the old default was a choice and is kept, as
 * is `enabled`.
 */
export function migrateRuleSettings(
  rules: Record<string, RuleSetting>,
  fromVersion: number,
): Record<string, RuleSetting> {
  if (fromVersion >= SEVERITY_DEFAULTS_VERSION) return rules;
  const out = { ...rules };
  for (const id of WARN_BY_DEFAULT_IN_V1) {
    const own = out[id];
    const severity = defaultSeverityOf(id);
    if (own?.severity === 'warn' && severity) out[id] = { ...own, severity };
  }
  return out;
}

/**
 * Validate stored settings and fill in what is missing (rules added after the team saved its
 * settings get their defaults; severities saved against older defaults are migrated, see
 * migrateRuleSettings). Unknown fields are kept. Throws a ZodError on invalid input.
 */
export function parseSettings(value: unknown): ChecklistSettings {
  const parsed = checklistSettingsSchema.parse(value);
  const rules = migrateRuleSettings(parsed.rules, parsed.defaultsVersion ?? 1);
  return {
    ...parsed,
    rules: { ...defaultRuleSettings(), ...rules },
    hashtagRanges: { ...defaultHashtagRanges(), ...parsed.hashtagRanges },
    defaultsVersion: Math.max(parsed.defaultsVersion ?? 1, SEVERITY_DEFAULTS_VERSION),
  };
}

/** The setting for one rule, falling back to the rule's default. */
export function ruleSetting(settings: ChecklistSettings, ruleId: string): RuleSetting | undefined {
  const own = settings.rules[ruleId];
  if (own) return own;
  const severity = defaultSeverityOf(ruleId);
  if (!severity) return undefined;
  return { enabled: true, severity, required: false };
}
