/** Helpers for the rule tests: run the whole checklist and pick one rule's result. */
import { runChecklist } from '@/lib/checklist/registry';
import { defaultSettings, type ChecklistSettings } from '@/lib/checklist/settings';
import type { CheckResult, ChecklistInput } from '@/lib/checklist/types';

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
