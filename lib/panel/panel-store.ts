import { createStore } from 'zustand/vanilla';
import type { Locale } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/db/types';
import type { PlatformId } from '@/lib/platforms/types';
import type { RestoreOffer } from '@/lib/drafts/draft-keeper';

export type PanelNotice =
  | { kind: 'inserted' }
  | { kind: 'restored' }
  | { kind: 'clipboard'; copied: boolean }
  | { kind: 'noComposer' }
  | { kind: 'empty' }
  | { kind: 'publishNoticed' }
  | { kind: 'publishConfirmed' }
  /** A failure reported by the background, already worded in both languages. */
  | { kind: 'error'; message: LocalizedText };

export interface PanelState {
  platform: PlatformId;
  locale: Locale;
  composerKey: string | null;
  collapsed: boolean;
  caption: string;
  notice: PanelNotice | null;
  busy: boolean;
  restoreOffer: RestoreOffer | null;
  draftSavedAt: number | null;
  /** The composer's current text, kept fresh for the live checklist and counts. */
  composerText: string;
  /** The draft that holds this composer's text, once saved (manual ticks are kept with it). */
  draftId: string | null;
  /** Manual checklist items the person ticked for this composer, by rule id. */
  ticks: Record<string, boolean>;
  /** The site's own theme, when it has one the panel should match. */
  theme: 'light' | 'dark' | null;
  /** Seconds of the video chosen for the post, when the page shows one (TikTok), else null. */
  videoSeconds: number | null;
  setCaption(caption: string): void;
  setCollapsed(collapsed: boolean): void;
}

/** The panel's UI state, kept outside React so it survives the panel being remounted. */
export function createPanelStore(platform: PlatformId, locale: Locale) {
  return createStore<PanelState>()((set) => ({
    platform,
    locale,
    composerKey: null,
    collapsed: false,
    caption: '',
    notice: null,
    busy: false,
    restoreOffer: null,
    draftSavedAt: null,
    composerText: '',
    draftId: null,
    ticks: {},
    theme: null,
    videoSeconds: null,
    setCaption: (caption) => set({ caption }),
    setCollapsed: (collapsed) => set({ collapsed }),
  }));
}

/**
 * What the panel resets when the composer changes: the new composer has its own draft and its
 * own manual ticks, which the draft keeper and the checklist tab fill in again.
 */
export function freshComposerState(
  composerKey: string | null,
): Pick<PanelState, 'composerKey' | 'draftSavedAt' | 'draftId' | 'ticks'> {
  return { composerKey, draftSavedAt: null, draftId: null, ticks: {} };
}

export type PanelStore = ReturnType<typeof createPanelStore>;
