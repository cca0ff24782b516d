/** The background's answers to the panel's preference requests (an allow-list of settings). */
import type { Repositories } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/define';
import { welcomePending, type WelcomeRecord } from '@/lib/welcome';
import { PANEL_SETTING_KEYS, type PanelSettings, type panelRequests } from './requests';

async function panelSettings(repos: Repositories): Promise<PanelSettings> {
  const [locale, xPremium, panel, welcome] = await Promise.all(
    PANEL_SETTING_KEYS.map((key) => repos.settings.get(key)),
  );
  return {
    locale: (locale as PanelSettings['locale'] | undefined) ?? 'auto',
    xPremium: (xPremium as boolean | undefined) ?? false,
    panel: (panel as PanelSettings['panel'] | undefined) ?? {},
    welcomePending: welcomePending(welcome as WelcomeRecord | undefined),
  };
}

export function panelHandlers(repos: Repositories): Handlers<typeof panelRequests> {
  return {
    async 'settings.get'() {
      return panelSettings(repos);
    },
    async 'settings.set'(p) {
      if (p.key === 'panel') {
        const stored = (await repos.settings.get('panel')) ?? {};
        await repos.settings.set('panel', { ...stored, ...p.value });
      } else if (p.key === 'locale') await repos.settings.set('locale', p.value);
      else await repos.settings.set('xPremium', p.value);
      return panelSettings(repos);
    },
  };
}
