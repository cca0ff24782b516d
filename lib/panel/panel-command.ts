/**
 * The keyboard command that opens or closes the panel (the manifest's `commands`, Alt+Shift+S by
 * default, changed by the person at chrome://extensions/shortcuts or in Firefox's add-ons
 * manager). The background hears the browser's command and tells the active tab; the content
 * script with an open composer decides what the press means. Pure: no DOM, no extension API.
 */

/** The command's name in the manifest (wxt.config.ts). */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

/** The shortcut the manifest suggests; the browser may hold another one the person chose. */
export const DEFAULT_PANEL_SHORTCUT = 'Alt+Shift+S';

/** What the background sends to the tab's content scripts (every frame) for the command. */
export const PANEL_TOGGLE_MESSAGE = { sapaCommand: 'panel.toggle' } as const;

export function isPanelToggleMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { sapaCommand?: unknown }).sapaCommand === PANEL_TOGGLE_MESSAGE.sapaCommand
  );
}

export interface CommandSituation {
  /** A composer is open in this frame (otherwise the panel is not on the page here). */
  composerOpen: boolean;
  /** The panel shows as its tab: folded by the person, or by the dock. */
  folded: boolean;
  /** The dock folded it because a site dialog is open over the composer: it must wait. */
  steppedAside: boolean;
  /** The keyboard focus is inside the panel. */
  focusInPanel: boolean;
}

/**
 * `open`: unfold the panel and put the focus in its search; `focusSearch`: it is open, the focus
 * goes to its search; `close`: the person is in the panel and pressed the command again, so it
 * folds and the focus goes back to the composer; `none`: nothing to do in this frame.
 */
export type CommandAction = 'open' | 'focusSearch' | 'close' | 'none';

export function commandAction(situation: CommandSituation): CommandAction {
  if (!situation.composerOpen || situation.steppedAside) return 'none';
  if (situation.folded) return 'open';
  return situation.focusInPanel ? 'close' : 'focusSearch';
}
