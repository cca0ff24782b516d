import { createStore } from 'zustand/vanilla';
import type { PlatformId } from '../platforms/types';

export type PanelNotice =
  | { kind: 'inserted' }
  | { kind: 'clipboard'; copied: boolean }
  | { kind: 'noComposer' }
  | { kind: 'empty' }
  | { kind: 'publishNoticed' }
  | { kind: 'publishConfirmed' };

export interface PanelState {
  platform: PlatformId;
  composerKey: string | null;
  collapsed: boolean;
  caption: string;
  notice: PanelNotice | null;
  busy: boolean;
  setCaption(caption: string): void;
  setCollapsed(collapsed: boolean): void;
}

/** The panel's UI state, kept outside React so it survives the panel being remounted. */
export function createPanelStore(platform: PlatformId) {
  return createStore<PanelState>()((set) => ({
    platform,
    composerKey: null,
    collapsed: false,
    caption: '',
    notice: null,
    busy: false,
    setCaption: (caption) => set({ caption }),
    setCollapsed: (collapsed) => set({ collapsed }),
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
