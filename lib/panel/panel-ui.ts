/** The part of WXT's shadow-root UI the session drives. */
export interface PanelUi {
  mount(): void;
  remove(): void;
  uiContainer: HTMLElement;
  shadowHost: HTMLElement;
}
