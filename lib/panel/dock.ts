/** Where the panel goes beside the composer. Pure: rectangles in, a place out. */

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface DockPlace {
  placement: 'right' | 'left' | 'below' | 'edge';
  top: number;
  left: number;
  /** The most the panel may grow downwards before it would leave the window. */
  maxHeight: number;
}

const GAP = 12;
const MARGIN = 16;
/** Below this the panel is not worth showing beside the composer; it goes to the edge instead. */
const MIN_HEIGHT = 240;

/**
 * Beside the composer (or its dialog) without covering it: to its right when there is room, else
 * to its left, else below it, else at the window's right edge (over the page, never over the
 * text the person is typing when that can be helped).
 */
export function dockBeside(
  anchor: Box,
  viewport: { width: number; height: number },
  panelWidth: number,
): DockPlace {
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - MIN_HEIGHT));
  const heightFrom = (top: number) => Math.max(MIN_HEIGHT, viewport.height - top - MARGIN);

  if (viewport.width - anchor.right >= panelWidth + GAP + MARGIN) {
    const top = clampTop(anchor.top);
    return { placement: 'right', left: anchor.right + GAP, top, maxHeight: heightFrom(top) };
  }
  if (anchor.left >= panelWidth + GAP + MARGIN) {
    const top = clampTop(anchor.top);
    return {
      placement: 'left',
      left: anchor.left - GAP - panelWidth,
      top,
      maxHeight: heightFrom(top),
    };
  }
  if (viewport.height - anchor.bottom - GAP - MARGIN >= MIN_HEIGHT) {
    const top = anchor.bottom + GAP;
    const left = Math.max(
      MARGIN,
      Math.min(anchor.right - panelWidth, viewport.width - panelWidth - MARGIN),
    );
    return { placement: 'below', left, top, maxHeight: viewport.height - top - MARGIN };
  }
  const top = MARGIN;
  return {
    placement: 'edge',
    left: Math.max(MARGIN, viewport.width - panelWidth - MARGIN),
    top,
    maxHeight: viewport.height - 2 * MARGIN,
  };
}
