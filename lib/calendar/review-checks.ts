/**
 * The checklist's results that travel with a plan sent for review (issue #16, item 5), pure.
 * The writer's dashboard runs the team's checklist on the plan's text for each of its platforms;
 * what failed and every point only a person can check (with the writer's tick) go with the
 * "send for review", so the reviewer judges the plan with what the writer saw.
 */
import type { CheckResult } from '@/lib/checklist';
import type { PlatformId } from '@/lib/platforms';
import { CALENDAR_LIMITS } from './limits';
import type { ReviewCheck } from './types';

export interface PlatformRun {
  platform: PlatformId;
  results: readonly CheckResult[];
}

const clip = (text: string) => text.slice(0, CALENDAR_LIMITS.checkMessage);

/**
 * Failed checks per platform, and each manual point once (they are the same on every platform),
 * ticked as the writer ticked it. Passing checks are left out: the reviewer needs what is wrong
 * or what a person vouched for.
 */
export function reviewChecksOf(
  runs: readonly PlatformRun[],
  ticks: Readonly<Record<string, boolean>>,
): ReviewCheck[] {
  const checks: ReviewCheck[] = [];
  const manualSeen = new Set<string>();
  for (const { platform, results } of runs) {
    for (const result of results) {
      const message = { id: clip(result.message.id), en: clip(result.message.en) };
      const base = { platform, ruleId: result.ruleId, severity: result.severity, message };
      if (result.status === 'fail') checks.push({ ...base, status: 'fail' });
      else if (result.status === 'manual' && !manualSeen.has(result.ruleId)) {
        manualSeen.add(result.ruleId);
        checks.push({ ...base, status: 'manual', ticked: ticks[result.ruleId] === true });
      }
    }
  }
  return checks.slice(0, CALENDAR_LIMITS.reviewChecks);
}

/** Whether the results say nothing is wrong: no failed check and every manual point ticked. */
export function allClear(checks: readonly ReviewCheck[]): boolean {
  return checks.every((check) => check.status === 'manual' && check.ticked === true);
}
