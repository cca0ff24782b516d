/** The content script's one request for composer shortcuts (lib/quick-insert). */
import { z } from 'zod';
import type { HashtagSetRecord } from '@/lib/db/types';
import type { TemplateView } from '@/lib/library/requests';
import { defineRequest } from '@/lib/messaging/define';
import { platform } from '@/lib/messaging/fields';

export interface ShortcutList {
  /** Whether shortcuts expand on this platform (the person can switch them off per platform). */
  enabled: boolean;
  /** The templates that have a shortcut, each with its text for the platform. */
  templates: TemplateView[];
  /** The hashtag sets that have a shortcut. */
  hashtagSets: HashtagSetRecord[];
}

/** The picker at the caret on one platform (lib/quick-insert/composer-picker.ts). */
export interface PickerSetting {
  /** Off where the person switched shortcuts off for the platform: one switch for both. */
  enabled: boolean;
  /** What opens the picker when typed as a word of its own (`;;` unless the person chose). */
  trigger: string;
}

export const shortcutRequests = {
  /** What a composer on `platform` expands: asked once, again after each library change. */
  'shortcuts.list': defineRequest<ShortcutList>()('panel', () => z.object({ platform }).strict()),
  'picker.setting': defineRequest<PickerSetting>()('panel', () => z.object({ platform }).strict()),
};
