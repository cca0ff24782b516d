/** Runs the rules over one input and sums up what the publish gate needs. */
import { RuleContext } from './context';
import type { Rule } from './rule';
import { RULES } from './rules/index';
import { DEFAULT_SETTINGS, type ChecklistSettings, type RuleSetting } from './settings';
import { PLATFORM_IDS, type CheckResult, type ChecklistInput } from './types';

export { RULES };

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

function settingFor(settings: ChecklistSettings, rule: Rule): RuleSetting {
  return settings.rules[rule.id] ?? { enabled: true, severity: rule.defaultSeverity };
}

/**
 * Run every enabled rule that applies to the platform. The text is parsed once and the parse is
 * shared by all rules. Disabled rules give no result.
 */
export function runChecklist(
  input: ChecklistInput,
  settings: ChecklistSettings = DEFAULT_SETTINGS,
): CheckResult[] {
  if (!PLATFORM_IDS.includes(input.platform)) {
    throw new RangeError(`Unknown platform: ${String(input.platform)}`);
  }
  const ctx = new RuleContext(input, settings);
  const results: CheckResult[] = [];
  for (const rule of RULES) {
    const setting = settingFor(settings, rule);
    if (!setting.enabled) continue;
    if (rule.platforms && !rule.platforms.includes(input.platform)) continue;
    if (rule.applies && !rule.applies(input)) continue;
    if (rule.kind === 'manual') {
      results.push({
        ruleId: rule.id,
        severity: setting.severity,
        status: 'manual',
        message: rule.prompt,
        spans: [],
        ticked: input.ticks?.[rule.id] === true,
        required: setting.required === true,
      });
      continue;
    }
    let outcome;
    try {
      outcome = rule.check(ctx);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      outcome = {
        status: 'fail' as const,
        message: {
          id: `Pemeriksaan "${rule.title.id}" gagal dijalankan: ${detail}`,
          en: `The check "${rule.title.en}" could not run: ${detail}`,
        },
      };
    }
    const result: CheckResult = {
      ruleId: rule.id,
      severity: setting.severity,
      status: outcome.status,
      message: outcome.message,
      spans: outcome.spans ?? [],
    };
    if (outcome.fixes && outcome.fixes.length > 0) result.fixes = outcome.fixes;
    results.push(result);
  }
  return results;
}

export interface ChecklistSummary {
  /** What stops publishing: failed checks of severity block, and required manual items not ticked. */
  blocking: CheckResult[];
  /** Failed checks of severity warn. */
  warnings: CheckResult[];
  /** Failed checks of severity info. */
  notes: CheckResult[];
  /** Manual items not ticked yet (required or not). */
  manualPending: CheckResult[];
  /** Required manual items not ticked yet (also in `blocking`). */
  requiredPending: CheckResult[];
  passed: CheckResult[];
  /** True when nothing blocks publishing. */
  canPublish: boolean;
}

export function summarise(results: readonly CheckResult[]): ChecklistSummary {
  const s: ChecklistSummary = {
    blocking: [],
    warnings: [],
    notes: [],
    manualPending: [],
    requiredPending: [],
    passed: [],
    canPublish: true,
  };
  for (const r of results) {
    if (r.status === 'pass') {
      s.passed.push(r);
    } else if (r.status === 'fail') {
      if (r.severity === 'block') s.blocking.push(r);
      else if (r.severity === 'warn') s.warnings.push(r);
      else s.notes.push(r);
    } else if (!r.ticked) {
      s.manualPending.push(r);
      if (r.required) {
        s.requiredPending.push(r);
        s.blocking.push(r);
      }
    }
  }
  s.canPublish = s.blocking.length === 0;
  return s;
}
