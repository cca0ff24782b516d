/** What a rule is, and the shared context every rule receives. */
import type { RuleContext } from './context';
import type { Fix, LocalisedText, PlatformId, Severity, Span } from './types';

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

const nfId = new Intl.NumberFormat('id-ID');
const nfEn = new Intl.NumberFormat('en-US');

/** A number written the Indonesian way (2.200) and the English way (2,200). */
export function num(n: number): { id: string; en: string } {
  return { id: nfId.format(n), en: nfEn.format(n) };
}

/** English plural helper: "1 hashtag", "3 hashtags". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${nfEn.format(n)} ${n === 1 ? one : many}`;
}

/** "a, b and c" / "a, b dan c". */
export function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
