/**
 * Each rule's default severity, as data (docs/checklist.md, severity policy: platform hard limits
 * block, signs of a real problem warn, style advice is info, manual items are info until the team
 * requires them). The rules take their default from here, and the database's default settings are
 * built from here alone, so neither the service worker's start nor the dashboard's first page
 * loads the rules' code to know them.
 */
import type { Severity } from './types';

export const AUTO_RULE_DEFAULTS = {
  length: 'block',
  'mention-limit': 'block',
  'hashtag-limit': 'block',
  'banned-hashtags': 'block',
  placeholders: 'block',
  // Style advice.
  'hashtag-range': 'info',
  brand: 'info',
  'camelcase-hashtags': 'info',
  emoji: 'info',
  preview: 'info',
  'consent-photo': 'info',
  'duplicate-hashtags': 'warn',
  links: 'warn',
  'event-link': 'warn',
  'unclickable-links': 'warn',
  source: 'warn',
  'sensitive-words': 'warn',
  privacy: 'warn',
  'video-length': 'warn',
  'plan-approved': 'warn',
} as const satisfies Record<string, Severity>;

/** The manual items (the person ticks them): `info` and not required until the team says so. */
export const MANUAL_RULE_IDS = [
  'source-check',
  'sensitive-check',
  'fact-check',
  'political-neutrality',
  'privacy-check',
  'consent',
  'rights-credit',
  'alt-text',
  'video-captions',
  'second-review',
] as const;

export type AutoRuleId = keyof typeof AUTO_RULE_DEFAULTS;
export type ManualRuleId = (typeof MANUAL_RULE_IDS)[number];

export const MANUAL_DEFAULT_SEVERITY: Severity = 'info';

/** The default severity of a rule, or undefined for an id no rule has. */
export function defaultSeverityOf(ruleId: string): Severity | undefined {
  if (Object.hasOwn(AUTO_RULE_DEFAULTS, ruleId)) {
    return AUTO_RULE_DEFAULTS[ruleId as AutoRuleId];
  }
  return (MANUAL_RULE_IDS as readonly string[]).includes(ruleId)
    ? MANUAL_DEFAULT_SEVERITY
    : undefined;
}
