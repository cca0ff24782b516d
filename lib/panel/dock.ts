/** Where the panel goes beside the composer. Pure: rectangles in, a place out. */

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'below';

/** The open panel's place: beside the anchor, never over it. */
export interface PanelPlace {
  mode: 'panel';
  placement: Side;
  top: number;
  left: number;
  /** The most the panel may grow downwards before it would leave the visible window. */
  maxHeight: number;
}

/**
 * Folded to its tab: there is no room for the open panel beside the composer (`noRoom`), a site
 * dialog is open where the panel would go (`stepAside`), or the person folded it (`collapsed`).
 */
export interface TabPlace {
  mode: 'tab';
  reason: 'noRoom' | 'stepAside' | 'collapsed';
  top: number;
  left: number;
}

export type DockPlace = PanelPlace | TabPlace;

export interface DockInput {
  /** The composer's dialog, or the composer itself when it is not in one. */
  anchor: Box;
  /** The composer's text box. */
  editor: Box;
  /** The part of the window the person can see (an iframe's window is clipped by its page's). */
  viewport: Box;
  /** The open panel's width and the height it needs to be of use. */
  panel: Size;
  /** The tab's size as last seen (or a good guess). */
  tab: Size;
  /** Site dialogs open over the composer (a "Discard post?" prompt): never covered. */
  obstacles: readonly Box[];
  /** The person folded the panel. */
  collapsed: boolean;
  /**
   * The person opened the panel although there is no room beside the composer's dialog: it may
   * then cover the dialog's other parts, never its text box.
   */
  overDialog: boolean;
}

const GAP = 12;
const MARGIN = 16;
/** Below this the open panel's tabs, a template and its Insert buttons do not fit. */
export const MIN_PANEL_HEIGHT = 360;

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function intersect(a: Box, b: Box): Box {
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

const boxAt = (left: number, top: number, size: Size): Box => ({
  left,
  top,
  right: left + size.width,
  bottom: top + size.height,
});

/** The open panel to the right of, to the left of, or below the box, if the window has room. */
function besideBox(box: Box, viewport: Box, panel: Size, side: Side): PanelPlace | null {
  const place = (left: number, top: number): PanelPlace => ({
    mode: 'panel',
    placement: side,
    left,
    top,
    maxHeight: viewport.bottom - MARGIN - top,
  });
  if (side === 'below') {
    const top = box.bottom + GAP;
    if (top + panel.height + MARGIN > viewport.bottom) return null;
    const right = Math.min(box.right, viewport.right - MARGIN);
    return place(Math.max(viewport.left + MARGIN, right - panel.width), top);
  }
  // Level with the box's top, but never so low that the panel's useful height leaves the window.
  const lowestTop = viewport.bottom - MARGIN - panel.height;
  const top = Math.max(viewport.top + MARGIN, Math.min(box.top, lowestTop));
  if (top > lowestTop) return null;
  if (side === 'right') {
    const left = box.right + GAP;
    return left + panel.width + MARGIN <= viewport.right ? place(left, top) : null;
  }
  const left = box.left - GAP - panel.width;
  return left - MARGIN >= viewport.left ? place(left, top) : null;
}

const SIDES: readonly Side[] = ['right', 'left', 'below'];

/** The first place beside the box that covers no obstacle, or null. */
function firstFree(box: Box, input: DockInput, blocked: { by: boolean }): PanelPlace | null {
  for (const side of SIDES) {
    const place = besideBox(box, input.viewport, input.panel, side);
    if (!place) continue;
    // The panel may grow down to its maximum height: all of that must stay clear.
    const covers = boxAt(place.left, place.top, {
      width: input.panel.width,
      height: place.maxHeight,
    });
    if (input.obstacles.some((obstacle) => overlaps(covers, obstacle))) {
      blocked.by = true;
      continue;
    }
    return place;
  }
  return null;
}

/**
 * The tab's place: beside the anchor (right, left, below, above), else a corner of the window,
 * covering neither the composer nor a site dialog when that can be helped.
 */
export function placeTab(input: DockInput): { top: number; left: number } {
  const { anchor, viewport, tab } = input;
  const fits = (box: Box) =>
    box.left >= viewport.left + MARGIN / 2 &&
    box.top >= viewport.top + MARGIN / 2 &&
    box.right <= viewport.right - MARGIN / 2 &&
    box.bottom <= viewport.bottom - MARGIN / 2;
  const top = Math.max(viewport.top + MARGIN, anchor.top);
  const candidates: Box[] = [
    boxAt(anchor.right + GAP, top, tab),
    boxAt(anchor.left - GAP - tab.width, top, tab),
    boxAt(anchor.right - tab.width, anchor.bottom + GAP, tab),
    boxAt(anchor.right - tab.width, anchor.top - GAP - tab.height, tab),
    boxAt(viewport.right - MARGIN - tab.width, viewport.bottom - MARGIN - tab.height, tab),
    boxAt(viewport.left + MARGIN, viewport.bottom - MARGIN - tab.height, tab),
    boxAt(viewport.left + MARGIN, viewport.top + MARGIN, tab),
  ];
  const clear = (box: Box) =>
    fits(box) &&
    !overlaps(box, input.editor) &&
    !overlaps(box, anchor) &&
    !input.obstacles.some((obstacle) => overlaps(box, obstacle));
  const topRight = boxAt(viewport.right - MARGIN - tab.width, viewport.top + MARGIN, tab);
  const chosen =
    candidates.find(clear) ??
    candidates.find((box) => fits(box) && !overlaps(box, input.editor)) ??
    topRight;
  return { top: chosen.top, left: chosen.left };
}

/**
 * Beside the composer's dialog (or the composer) without covering it: to its right when there is
 * room, else to its left, else below it. Without room there the panel folds to its tab, and the
 * person may open it over the dialog's other parts, beside the text box, never on it. A site
 * dialog open where the panel would go (a confirmation) wins: the panel steps aside to its tab
 * until it closes.
 */
export function dockPanel(input: DockInput): DockPlace {
  const tabFor = (reason: TabPlace['reason']): TabPlace => ({
    mode: 'tab',
    reason,
    ...placeTab(input),
  });
  if (input.collapsed) return tabFor('collapsed');
  const blocked = { by: false };
  const beside = firstFree(input.anchor, input, blocked);
  if (beside) return beside;
  if (input.overDialog) {
    const byEditor = firstFree(input.editor, input, blocked);
    if (byEditor) return byEditor;
  }
  return tabFor(blocked.by ? 'stepAside' : 'noRoom');
}
