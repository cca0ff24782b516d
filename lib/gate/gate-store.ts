import { createStore } from 'zustand/vanilla';
import type { LocalisedText } from '@/lib/checklist';

export interface HeldItem {
  ruleId: string;
  message: LocalisedText;
}

export interface GateState {
  open: boolean;
  items: HeldItem[];
  /** The held publish button's place on screen, to show the dialog beside it. */
  anchor: { top: number; left: number; bottom: number; right: number } | null;
}

export function createGateStore() {
  return createStore<GateState>()(() => ({ open: false, items: [], anchor: null }));
}

export type GateStore = ReturnType<typeof createGateStore>;
