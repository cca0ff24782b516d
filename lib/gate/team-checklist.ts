import {
  brandForChecklist,
  defaultSettings,
  parseSettings,
  runChecklist,
  summarise,
  type BrandKit,
  type CheckResult,
} from '@/lib/checklist';
import type { ChecklistSettings } from '@/lib/checklist';
import type { BrandKitRecord } from '@/lib/db/types';
import type { PlatformId } from '@/lib/platforms/types';
import type { TeamChecklistInput } from './team-input';

export { DEFAULT_TEAM_INPUT, type TeamChecklistInput } from './team-input';

/** What the team has set up that the checklist needs, as the background last reported it. */
export interface TeamChecklistData {
  settings: ChecklistSettings;
  brand: BrandKit;
  xPremium: boolean;
}

/** Stored settings as the checklist reads them; unreadable ones give the defaults. */
export function teamChecklistData(
  settings: unknown,
  brand: Partial<BrandKitRecord> | null | undefined,
  xPremium: boolean,
): TeamChecklistData {
  let parsed: ChecklistSettings;
  try {
    parsed = parseSettings(settings);
  } catch {
    parsed = defaultSettings();
  }
  return { settings: parsed, brand: brandForChecklist(brand), xPremium };
}

export interface GateDecision {
  /** Hold the press: a blocking item fails or a required manual item is unticked. */
  hold: boolean;
  /** What the person needs to see, blocking items only. */
  blocking: CheckResult[];
  /** Failing checks that warn only: recorded with the post, never holding it. */
  warnings: CheckResult[];
}

/** What the page knows at a press besides the text: the video's length, the tab's plan. */
export interface PressFacts {
  videoSeconds?: number | null;
  plan?: { title: string; approved: boolean } | null;
}

/** Whether a publish press may go through, for this text on this platform. Pure. */
export function decideGate(
  text: string,
  platform: PlatformId,
  data: TeamChecklistData,
  ticks: Record<string, boolean>,
  facts: PressFacts = {},
): GateDecision {
  const { videoSeconds, plan } = facts;
  const results = runChecklist(
    {
      text,
      platform,
      brand: data.brand,
      ticks,
      xPremium: data.xPremium,
      ...(videoSeconds !== null && videoSeconds !== undefined ? { videoSeconds } : {}),
      ...(plan ? { plan } : {}),
    },
    data.settings,
  );
  const { blocking, warnings } = summarise(results);
  return { hold: blocking.length > 0, blocking, warnings };
}

/** The team's input as the checklist reads it; what cannot be read counts as the defaults. */
export function readTeamChecklist(input: TeamChecklistInput): TeamChecklistData {
  try {
    return teamChecklistData(input.settings, input.brand, input.xPremium);
  } catch {
    return teamChecklistData({}, null, input.xPremium);
  }
}

/** `decideGate` over the team's input as the content script keeps it. Pure. */
export function decidePress(
  text: string,
  platform: PlatformId,
  input: TeamChecklistInput,
  ticks: Record<string, boolean>,
  facts: PressFacts = {},
): GateDecision {
  return decideGate(text, platform, readTeamChecklist(input), ticks, facts);
}

/** The decision's type, for the content script that gets `decidePress` with the panel's UI. */
export type DecidePress = typeof decidePress;
