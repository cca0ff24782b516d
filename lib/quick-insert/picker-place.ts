/**
 * Where the picker at the caret stands (pure): just below the caret, or just above it when the
 * caret is too near the bottom of the window; never past the window's sides.
 */
import type { PickerPlace } from '@/lib/panel/panel-store';

/** The picker's width and its tallest (quick-picker.css keeps to these). */
export const PICKER_SIZE = { width: 320, height: 420 };
const GAP = 6;
const MARGIN = 8;

export function pickerPlace(
  caret: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number },
): PickerPlace {
  const left = Math.round(
    Math.max(MARGIN, Math.min(caret.left, viewport.width - PICKER_SIZE.width - MARGIN)),
  );
  const roomBelow = viewport.height - caret.bottom - GAP - MARGIN;
  const roomAbove = caret.top - GAP - MARGIN;
  if (roomBelow >= PICKER_SIZE.height || roomBelow >= roomAbove)
    return { left, top: Math.round(Math.max(MARGIN, caret.bottom + GAP)) };
  return { left, bottom: Math.round(viewport.height - caret.top + GAP) };
}
