import { SEVERITY_DEFAULTS_VERSION, defaultSettings } from '@/lib/checklist/settings';
import type { ChecklistRuleSetting, ChecklistSettingsRecord } from '../types';
import { perPlatform } from '@/lib/platforms';

/**
 * Default checklist settings come from the checklist engine (docs/checklist.md's severities: platform
 * hard limits block, signs of a real problem warn, style advice is info, manual items are info
 * until the team requires them),
 * so the database and the engine never disagree on a rule id.
 */
export const DEFAULT_RULES: Record<string, ChecklistRuleSetting> = defaultSettings().rules;
export const DEFAULT_SENSITIVE_WORDS = defaultSettings().sensitiveWords;

export const SEED_CHECKLIST_ID = 'team';

export function defaultChecklistSettings(now: number, memberId = 'seed'): ChecklistSettingsRecord {
  return {
    id: 'team',
    updatedAt: now,
    updatedBy: memberId,
    deleted: false,
    rules: structuredClone(DEFAULT_RULES),
    sensitiveWords: structuredClone(DEFAULT_SENSITIVE_WORDS),
    bannedHashtags: [],
    hashtagRanges: perPlatform((site) => ({ ...site.defaultHashtagRange })),
    knownHashtags: [],
    defaultsVersion: SEVERITY_DEFAULTS_VERSION,
  };
}
