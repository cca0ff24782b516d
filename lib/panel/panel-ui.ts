/** The part of WXT's shadow-root UI the session drives. */
export interface PanelUi {
  mount(): void;
  remove(): void;
  uiContainer: HTMLElement;
  shadowHost: HTMLElement;
}

/**
 * The panel's React UI (the panel, the gate's dialog, the picker) is a script of its own,
 * `entrypoints/panel-ui.tsx`, which a page gets only once a composer appears there: the content
 * script asks the background, which puts this file into the asking frame's isolated world
 * (`lib/background/panel-ui.ts`). The manifest's content script stays small on every page.
 */
export const PANEL_UI_FILE = '/panel-ui.js';

/** What the content script sends to ask for the panel's UI; the sender itself says where. */
export const PANEL_UI_MESSAGE = { sapaPanelUi: 'load' } as const;

export function isPanelUiMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { sapaPanelUi?: unknown }).sapaPanelUi === PANEL_UI_MESSAGE.sapaPanelUi
  );
}
