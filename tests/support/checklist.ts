/** Helpers for the rule tests: run the whole checklist and pick one rule's result. */
import { expect } from 'vitest';
import { runChecklist } from '@/lib/checklist/registry';
import type { AutoRule } from '@/lib/checklist/rule';
import { defaultSettings, type ChecklistSettings } from '@/lib/checklist/settings';
import type { CheckResult, ChecklistInput, LocalisedText, Severity } from '@/lib/checklist/types';

export function check(
  ruleId: string,
  input: ChecklistInput,
  edit?: (s: ChecklistSettings) => void,
): CheckResult {
  const settings = defaultSettings();
  edit?.(settings);
  const result = runChecklist(input, settings).find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`No result for rule ${ruleId}`);
  return result;
}

export function maybeCheck(
  ruleId: string,
  input: ChecklistInput,
  edit?: (s: ChecklistSettings) => void,
): CheckResult | undefined {
  const settings = defaultSettings();
  edit?.(settings);
  return runChecklist(input, settings).find((r) => r.ruleId === ruleId);
}

/**
 * A rule as the checklist lists it: an automatic check, with the severity it has until the team
 * changes it, and its title in both languages.
 */
export function expectAutomaticRule(
  rule: AutoRule,
  expected: { id: string; severity: Severity; title: LocalisedText },
): void {
  expect(rule).toMatchObject({
    id: expected.id,
    kind: 'auto',
    defaultSeverity: expected.severity,
    title: expected.title,
  });
}

/** The words a result marks in `text`, in order. */
export function markedText(text: string, result: Pick<CheckResult, 'spans'>): string[] {
  return result.spans.map((span) => text.slice(span.start, span.end));
}

/** The labels of a result's fixes, as the person reads them on its buttons. */
export function fixLabels(result: Pick<CheckResult, 'fixes'>): LocalisedText[] | undefined {
  return result.fixes?.map((fix) => fix.label);
}
