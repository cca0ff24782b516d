/** The panel's own preferences: the UI language, X Premium, and its layout per platform. */
import { z } from 'zod';
import type { SettingsMap } from '@/lib/db/repositories';
import { defineRequest } from '@/lib/messaging/define';
import { noPayload } from '@/lib/messaging/fields';

/** Settings the panel may read. Sync credentials and other secrets are never in this list. */
export const PANEL_SETTING_KEYS = ['locale', 'xPremium', 'panel', 'welcome'] as const;
export type PanelSettings = {
  locale: SettingsMap['locale'];
  xPremium: boolean;
  panel: SettingsMap['panel'];
  /** The first-run welcome is not finished yet: the panel points to it. */
  welcomePending: boolean;
};

export const panelRequests = {
  'settings.get': defineRequest<PanelSettings>()('panel', noPayload),
  /**
   * The settings the panel reads, written by the dashboard only: the language and X Premium are
   * the library's choice, and a page's panel keeps its own layout in extension storage. Nothing
   * else is writable through the protocol.
   */
  'settings.set': defineRequest<PanelSettings>()('dashboard', () =>
    z.discriminatedUnion('key', [
      z.object({ key: z.literal('locale'), value: z.enum(['auto', 'id', 'en']) }).strict(),
      z.object({ key: z.literal('xPremium'), value: z.boolean() }).strict(),
      z
        .object({
          key: z.literal('panel'),
          value: z
            .object({
              collapsed: z.boolean().optional(),
              side: z.enum(['left', 'right']).optional(),
              width: z.number().int().min(0).max(10_000).optional(),
              tab: z.string().max(50).optional(),
            })
            .strict(),
        })
        .strict(),
    ]),
  ),
};
