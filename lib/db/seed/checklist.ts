import type { ChecklistRuleSetting, ChecklistSettingsRecord } from '../types';

/**
 * Default checklist settings (CHECKLIST.md): platform hard limits block, recommendations warn,
 * manual items are info until the team marks them required. Rule ids are shared with
 * `lib/checklist/` — one id per row of the checklist (rows 2 and 3 have two checks each).
 */
export const DEFAULT_RULES: Record<string, ChecklistRuleSetting> = {
  length: { enabled: true, severity: 'block' }, // 1
  hashtagLimit: { enabled: true, severity: 'block' }, // 2, the platform's hard limit
  hashtagRange: { enabled: true, severity: 'warn' }, // 2, the team's preferred range
  bannedHashtag: { enabled: true, severity: 'block' }, // 3
  duplicateHashtag: { enabled: true, severity: 'warn' }, // 3
  brandPresent: { enabled: true, severity: 'warn' }, // 4
  hashtagCamelCase: { enabled: true, severity: 'warn' }, // 5
  emoji: { enabled: true, severity: 'warn' }, // 6
  placeholder: { enabled: true, severity: 'block' }, // 7
  links: { enabled: true, severity: 'warn' }, // 8
  sourceCited: { enabled: true, severity: 'warn' }, // 9
  sensitiveWords: { enabled: true, severity: 'warn' }, // 10
  factChecked: { enabled: true, severity: 'info', required: false }, // 11
  politicalNeutrality: { enabled: true, severity: 'info', required: false }, // 12
  patronPrivacy: { enabled: true, severity: 'warn' }, // 13
  consent: { enabled: true, severity: 'info', required: false }, // 14
  rights: { enabled: true, severity: 'info', required: false }, // 15
  altText: { enabled: true, severity: 'info', required: false }, // 16
  videoCaptions: { enabled: true, severity: 'info', required: false }, // 17
  secondReview: { enabled: true, severity: 'info', required: false }, // 18
};

/** A starting list the team edits; deliberately short and generic. */
export const DEFAULT_SENSITIVE_WORDS = {
  id: ['kafir', 'bodoh', 'goblok', 'anjing', 'bangsat', 'pribumi asli', 'antek asing', 'hoaks'],
  en: ['idiot', 'stupid', 'retard', 'infidel', 'scum'],
};

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
    hashtagRanges: {
      instagram: { min: 1, max: 5 },
      tiktok: { min: 1, max: 5 },
      x: { min: 1, max: 2 },
      facebook: { min: 1, max: 2 },
    },
    knownHashtags: [],
  };
}
