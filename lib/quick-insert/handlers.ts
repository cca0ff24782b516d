/** The background's answer to `shortcuts.list`: the library's items that have a shortcut. */
import type { Repositories } from '@/lib/db';
import type { PlatformId } from '@/lib/db/types';
import { pickText } from '@/lib/library/render';
import type { Handlers } from '@/lib/messaging/define';
import type { shortcutRequests } from './requests';

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Platforms where typed shortcuts stay as typed (the person switched them off). */
    shortcutsOff: PlatformId[];
  }
}

export function shortcutHandlers(repos: Repositories): Handlers<typeof shortcutRequests> {
  return {
    async 'shortcuts.list'(p) {
      const [off, templates, sets] = await Promise.all([
        repos.settings.get('shortcutsOff'),
        repos.templates.list(),
        repos.hashtagSets.list(),
      ]);
      return {
        enabled: !(off ?? []).includes(p.platform),
        templates: templates
          .filter((t) => t.shortcut)
          .map((t) => ({ ...t, text: pickText(t, p.platform).text })),
        hashtagSets: sets.filter((s) => s.shortcut),
      };
    },
  };
}
