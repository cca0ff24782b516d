import { detectLocale, type Locale } from '@/lib/i18n/content';
import type { SapaClient } from '@/lib/messaging';
// Not team-checklist: reading the input needs the checklist, which comes with the panel's UI.
import { DEFAULT_TEAM_INPUT, type TeamChecklistInput } from '@/lib/gate/team-input';

export interface TeamSettings {
  /**
   * What the team set up for the checklist, as last read (the defaults until then), unread: the
   * checklist reads it at a press, what it cannot read counting as the defaults.
   */
  checklist(): TeamChecklistInput;
  /** Reads the checklist settings, the brand kit and the panel's settings from the background. */
  refresh(): Promise<void>;
}

/**
 * The team's settings as the content script needs them: the checklist's (the gate decides with
 * them) and the language chosen in the dashboard, which wins over the browser's.
 */
export function createTeamSettings(
  client: SapaClient,
  onLocale: (locale: Locale) => void,
): TeamSettings {
  let team: TeamChecklistInput = DEFAULT_TEAM_INPUT;
  return {
    checklist: () => team,
    async refresh() {
      const [settings, brand, prefs] = await Promise.all([
        client.request('checklistSettings.get'),
        client.request('brandKit.get'),
        client.request('settings.get'),
      ]);
      team = {
        settings: settings.ok ? settings.data : {},
        brand: brand.ok ? brand.data : null,
        xPremium: prefs.ok ? prefs.data.xPremium === true : false,
      };
      if (prefs.ok) onLocale(detectLocale(prefs.data.locale));
    },
  };
}
