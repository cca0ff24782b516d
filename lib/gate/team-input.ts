import type { BrandKitRecord } from '@/lib/db/types';

/**
 * What the background last reported for the checklist, not yet read: the content script keeps it
 * so, and the checklist reads it at a press (`decidePress`). Reading it needs the checklist's
 * rules, which come with the panel's UI (lib/composer/panel-loader.ts), so the script every page
 * runs stays without them.
 */
export interface TeamChecklistInput {
  settings: unknown;
  brand: Partial<BrandKitRecord> | null;
  xPremium: boolean;
}

/** Before the background has answered: the checklist's defaults. */
export const DEFAULT_TEAM_INPUT: TeamChecklistInput = {
  settings: {},
  brand: null,
  xPremium: false,
};
