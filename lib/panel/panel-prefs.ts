import { browser } from 'wxt/browser';
// The mini API: the content script reads these on every page (lib/messaging/wire.ts says why).
import { z } from 'zod/mini';
import type { PlatformId } from '@/lib/platforms/types';

/** How the person left the panel on one platform: open or collapsed, and how wide. */
export interface PanelPrefs {
  collapsed: boolean;
  width?: number;
  /** The panel has said once that it folded to its tab for lack of room beside the composer. */
  roomHintShown?: boolean;
  /** The panel has said once that it went below the composer for lack of room beside it. */
  belowHintShown?: boolean;
}

const prefsSchema = z.object({
  collapsed: z._default(z.boolean(), false),
  width: z.optional(z.int().check(z.minimum(240), z.maximum(720))),
  roomHintShown: z.optional(z.boolean()),
  belowHintShown: z.optional(z.boolean()),
});

/** The extension's own storage (browser.storage.local): never the site's localStorage. */
export interface PrefsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** `browser.storage.local`: how the person left the panel stays with the extension. */
export function extensionPrefsStorage(): PrefsStorage {
  return {
    get: (key) => browser.storage.local.get(key),
    set: (items) => browser.storage.local.set(items),
  };
}

const keyFor = (platform: PlatformId) => `panel:${platform}`;

export async function loadPanelPrefs(
  storage: PrefsStorage,
  platform: PlatformId,
): Promise<PanelPrefs> {
  try {
    const stored = (await storage.get(keyFor(platform)))[keyFor(platform)];
    const parsed = prefsSchema.safeParse(stored ?? {});
    return parsed.success ? parsed.data : { collapsed: false };
  } catch {
    return { collapsed: false };
  }
}

export async function savePanelPrefs(
  storage: PrefsStorage,
  platform: PlatformId,
  prefs: PanelPrefs,
): Promise<void> {
  const parsed = prefsSchema.safeParse(prefs);
  if (parsed.success) await storage.set({ [keyFor(platform)]: parsed.data });
}
