/** What a rule is, and the shared context every rule receives. */
import type { RuleContext } from './context';
import type { ChecklistInput, Fix, LocalisedText, PlatformId, Severity, Span } from './types';
import { numberFormat } from '@/lib/i18n/formats';
import { formatList, pluralForm } from '@/lib/i18n/plural';

export interface RuleOutcome {
  status: 'pass' | 'fail';
  message: LocalisedText;
  spans?: Span[];
  fixes?: Fix[];
}

interface RuleBase {
  id: string;
  /** The item number in docs/checklist.md. */
  item: number;
  /** Short name of the check, for settings screens. */
  title: LocalisedText;
  defaultSeverity: Severity;
  /** Only run on these platforms (all when absent). */
  platforms?: readonly PlatformId[];
  /** Only run when this says the input concerns the rule (always when absent). */
  applies?: (input: ChecklistInput) => boolean;
}

export interface AutoRule extends RuleBase {
  kind: 'auto';
  check(ctx: RuleContext): RuleOutcome;
}

export interface ManualRule extends RuleBase {
  kind: 'manual';
  /** The question the person answers by ticking. */
  prompt: LocalisedText;
}

export type Rule = AutoRule | ManualRule;

export function pass(message: LocalisedText): RuleOutcome {
  return { status: 'pass', message };
}

export function fail(message: LocalisedText, spans: Span[] = [], fixes?: Fix[]): RuleOutcome {
  return fixes && fixes.length > 0
    ? { status: 'fail', message, spans, fixes }
    : { status: 'fail', message, spans };
}

/** A number written the Indonesian way (2.200) and the English way (2,200). */
export function num(n: number): { id: string; en: string } {
  return { id: numberFormat('id').format(n), en: numberFormat('en').format(n) };
}

/**
 * An English noun in the form `n` needs ("1 hashtag", "3 hashtags"), chosen by Intl.PluralRules.
 * Indonesian nouns do not change with the count.
 */
export function enPlural(n: number, one: string, other: string): string {
  return pluralForm('en', n, { one, other });
}

/** "a, b, dan c" / "a, b, and c" (Intl.ListFormat). */
export function list(items: readonly string[], lang: 'id' | 'en'): string {
  return formatList(lang, items);
}
