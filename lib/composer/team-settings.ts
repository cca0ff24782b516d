import { detectLocale, type Locale } from '@/lib/i18n';
import type { SapaClient } from '@/lib/messaging';
import { teamChecklistData, type TeamChecklistData } from '@/lib/gate/team-checklist';

export interface TeamSettings {
  /** What the team set up for the checklist, as last read (the defaults until then). */
  checklist(): TeamChecklistData;
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
  let team: TeamChecklistData = teamChecklistData({}, null, false);
  return {
    checklist: () => team,
    async refresh() {
      const [settings, brand, prefs] = await Promise.all([
        client.request('checklistSettings.get'),
        client.request('brandKit.get'),
        client.request('settings.get'),
      ]);
      try {
        team = teamChecklistData(
          settings.ok ? settings.data : {},
          brand.ok ? brand.data : null,
          prefs.ok ? prefs.data.xPremium === true : false,
        );
        if (prefs.ok) onLocale(detectLocale(prefs.data.locale));
      } catch {
        // Settings the checklist cannot read: keep the last good ones (defaults at first).
      }
    },
  };
}
