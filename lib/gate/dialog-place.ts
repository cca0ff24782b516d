import type { GateState } from './gate-store';

export const DIALOG_WIDTH = 320;
const GAP = 8;
/** Below the button when at least this much room is left; otherwise above it. */
const ROOM_BELOW = 220;

export interface DialogPlacement {
  left: number;
  top?: number;
  bottom?: number;
  /** What is left of the window on the dialog's side, so it scrolls inside rather than leaving it. */
  maxHeight: number;
}

/**
 * Where the dialog goes: under the held button, or above it when there is no room below; always
 * inside the window, even when the button is scrolled out of view (a Ctrl+Enter press) or the
 * window is small, so a held press always comes with a dialog the person can see.
 */
export function placeDialog(
  anchor: NonNullable<GateState['anchor']>,
  view: { width: number; height: number },
): DialogPlacement {
  const left = Math.max(
    GAP,
    Math.min(anchor.right - DIALOG_WIDTH, view.width - DIALOG_WIDTH - GAP),
  );
  const clamp = (value: number) => Math.min(Math.max(GAP, value), view.height - GAP * 2);
  if (view.height - anchor.bottom > ROOM_BELOW) {
    const top = clamp(anchor.bottom + GAP);
    return { left, top, maxHeight: view.height - top - GAP };
  }
  const bottom = clamp(view.height - anchor.top + GAP);
  return { left, bottom, maxHeight: view.height - bottom - GAP };
}
