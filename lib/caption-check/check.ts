import { runChecklist, type CheckResult, type Severity } from '@/lib/checklist';
import type { TeamChecklistData } from '@/lib/gate/team-checklist';
import type { PlatformId } from '@/lib/platforms';

export type Language = 'id' | 'en';

/** An automatic check that did not pass. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
}

/** A check only a person can do (sources, consent…): listed apart from the findings. */
export interface ManualItem {
  rule: string;
  required: boolean;
  message: string;
}

export interface CaptionCheck {
  platform: PlatformId;
  findings: Finding[];
  manual: ManualItem[];
  /** A finding blocks: the publish gate would hold this post. */
  blocks: boolean;
  /** The checklist's own results, for fixes. */
  results: CheckResult[];
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/**
 * One caption checked for one platform with the team's settings and brand kit, without the
 * platform's composer: the same rules the panel and the publish gate run. Pure.
 */
export function checkCaption(
  text: string,
  platform: PlatformId,
  team: TeamChecklistData,
  lang: Language,
): CaptionCheck {
  const results = runChecklist(
    { text, platform, brand: team.brand, xPremium: team.xPremium },
    team.settings,
  );
  const findings = results
    .filter((result) => result.status === 'fail')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .map((result) => ({
      rule: result.ruleId,
      severity: result.severity,
      message: result.message[lang],
    }));
  const manual = results
    .filter((result) => result.status === 'manual')
    .map((result) => ({
      rule: result.ruleId,
      required: result.required === true,
      message: result.message[lang],
    }));
  const blocks = findings.some((finding) => finding.severity === 'block');
  return { platform, findings, manual, blocks, results };
}
