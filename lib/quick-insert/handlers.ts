/**
 * The background's answers to `shortcuts.list` (the library's items that have a shortcut) and
 * `picker.setting` (the picker's trigger and switch for a platform).
 */
import type { Repositories } from '@/lib/db';
import type { PlatformId } from '@/lib/db/types';
import { pickText } from '@/lib/library/render';
import type { Handlers } from '@/lib/messaging/define';
import { DEFAULT_PICKER_TRIGGER, pickerTriggerProblem } from './picker';
import type { shortcutRequests } from './requests';

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Platforms where typed shortcuts stay as typed (the person switched them off). */
    shortcutsOff: PlatformId[];
    /** What opens the picker at the caret (validated by `pickerTriggerProblem` when set). */
    pickerTrigger: string;
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
    async 'picker.setting'(p) {
      const [off, chosen] = await Promise.all([
        repos.settings.get('shortcutsOff'),
        repos.settings.get('pickerTrigger'),
      ]);
      // A stored trigger that is no longer acceptable (edited elsewhere) falls back to the default.
      const trigger =
        chosen && !pickerTriggerProblem(chosen) ? chosen.trim() : DEFAULT_PICKER_TRIGGER;
      return { enabled: !(off ?? []).includes(p.platform), trigger };
    },
  };
}
