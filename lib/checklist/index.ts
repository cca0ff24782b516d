/**
 * The pre-post checklist engine: pure functions over a caption, its platform and the team's
 * settings. No DOM and no extension APIs.
 */
export type {
  BrandKit,
  CheckResult,
  ChecklistInput,
  Fix,
  LocalisedText,
  PlatformId,
  Severity,
  Span,
  Status,
  TextEdit,
} from './types';
export { PLATFORM_IDS } from './types';
export { runChecklist, summarise, getRule, RULES, type ChecklistSummary } from './registry';
export {
  checklistSettingsSchema,
  defaultSettings,
  DEFAULT_SETTINGS,
  parseSettings,
  ruleSettingSchema,
  severitySchema,
  type ChecklistSettings,
  type RuleSetting,
} from './settings';
export {
  EXTRA_PLATFORM_LIMITS,
  PLATFORM_LIMITS,
  lengthLimit,
  type ExtraPlatformId,
  type HashtagRange,
  type PlatformLimits,
  type Sourced,
} from './limits';
export {
  extractEmails,
  extractHashtags,
  extractMentions,
  extractUrls,
  normaliseHashtag,
  parseText,
  type HashtagEntity,
  type MentionEntity,
  type ParsedText,
  type UrlEntity,
} from './parse';
export { applyEdits } from './edits';
export { countGraphemes, graphemeOffset } from './graphemes';
export { measureX, xWeightedLength } from './x-length';
export { DEFAULT_SENSITIVE_WORDS } from './words';
export type { AutoRule, ManualRule, Rule } from './rule';
export { measurePost, type PostLength } from './measure';
export { brandForChecklist, contactsOf, type BrandKitSource } from './brand-kit';
