import { describe, expect, it } from 'vitest';
import { dockPanel, MIN_PANEL_HEIGHT, overlaps, type Box, type DockInput } from './dock';

const screen = (width: number, height: number): Box => ({
  top: 0,
  left: 0,
  right: width,
  bottom: height,
});

function input(anchor: Box, viewport: Box, more: Partial<DockInput> = {}): DockInput {
  return {
    anchor,
    editor: anchor,
    viewport,
    panel: { width: 320, height: MIN_PANEL_HEIGHT },
    tab: { width: 120, height: 40 },
    obstacles: [],
    collapsed: false,
    overDialog: false,
    ...more,
  };
}

/** The box a place gives the panel (down to its maximum height) or the tab. */
function boxOf(place: ReturnType<typeof dockPanel>, data: DockInput): Box {
  const size =
    place.mode === 'panel' ? { width: data.panel.width, height: place.maxHeight } : data.tab;
  return {
    left: place.left,
    top: place.top,
    right: place.left + size.width,
    bottom: place.top + size.height,
  };
}

const inside = (box: Box, viewport: Box) =>
  box.left >= viewport.left &&
  box.top >= viewport.top &&
  box.right <= viewport.right &&
  box.bottom <= viewport.bottom;

// Instagram's create dialog at its caption step on a 1366×768 screen (the fixture's model): the
// photo square on the left, the caption in a 340 px sidebar on the right.
const instagram1366 = {
  viewport: screen(1366, 768),
  dialog: { top: 52, left: 223, right: 1143, bottom: 715 },
  caption: { top: 111, left: 819, right: 1127, bottom: 279 },
};

describe('dockPanel', () => {
  it('puts the panel to the right of a dialog when there is room, level with its top', () => {
    const place = dockPanel(
      input({ top: 60, left: 364, right: 916, bottom: 330 }, screen(1280, 800)),
    );
    expect(place).toEqual({
      mode: 'panel',
      placement: 'right',
      left: 928,
      top: 60,
      maxHeight: 724,
    });
  });

  it('goes to the left when the composer sits on the right', () => {
    const place = dockPanel(
      input({ top: 100, left: 700, right: 1260, bottom: 300 }, screen(1280, 800)),
    );
    expect(place).toMatchObject({ mode: 'panel', placement: 'left' });
    expect(place.left + 320).toBeLessThanOrEqual(700);
  });

  it('goes below a composer as wide as the window, when the panel fits there', () => {
    const composer = { top: 104, left: 256, right: 1248, bottom: 182 };
    const place = dockPanel(input(composer, screen(1280, 720)));
    expect(place).toMatchObject({ mode: 'panel', placement: 'below', top: 194 });
    expect(inside(boxOf(place, input(composer, screen(1280, 720))), screen(1280, 720))).toBe(true);
  });

  it('folds to its tab when below would push the panel’s lower part out of the window', () => {
    const composer = { top: 104, left: 256, right: 1248, bottom: 420 };
    const place = dockPanel(input(composer, screen(1280, 720)));
    expect(place).toMatchObject({ mode: 'tab', reason: 'noRoom' });
  });

  it('folds to its tab beside Instagram’s dialog at 1366×768, covering none of it', () => {
    const data = input(instagram1366.dialog, instagram1366.viewport, {
      editor: instagram1366.caption,
    });
    const place = dockPanel(data);
    expect(place).toMatchObject({ mode: 'tab', reason: 'noRoom' });
    expect(overlaps(boxOf(place, data), instagram1366.dialog)).toBe(false);
    expect(inside(boxOf(place, data), instagram1366.viewport)).toBe(true);
  });

  it('opened by the person without room, goes over the dialog beside the text box, never on it', () => {
    const data = input(instagram1366.dialog, instagram1366.viewport, {
      editor: instagram1366.caption,
      overDialog: true,
    });
    const place = dockPanel(data);
    expect(place).toMatchObject({ mode: 'panel', placement: 'left' });
    expect(overlaps(boxOf(place, data), instagram1366.caption)).toBe(false);
    expect(inside(boxOf(place, data), instagram1366.viewport)).toBe(true);
  });

  it('steps aside to its tab while a site dialog is open where it would go', () => {
    const discard = { top: 280, left: 483, right: 883, bottom: 488 };
    const data = input(instagram1366.dialog, instagram1366.viewport, {
      editor: instagram1366.caption,
      overDialog: true,
      obstacles: [discard],
    });
    const place = dockPanel(data);
    expect(place).toMatchObject({ mode: 'tab', reason: 'stepAside' });
    expect(overlaps(boxOf(place, data), discard)).toBe(false);
    expect(overlaps(boxOf(place, data), instagram1366.caption)).toBe(false);
  });

  it('takes another side rather than cover a site dialog, when one is free', () => {
    const dialog = { top: 60, left: 364, right: 916, bottom: 330 };
    const chat = { top: 300, left: 900, right: 1280, bottom: 800 };
    const place = dockPanel(input(dialog, screen(1280, 800), { obstacles: [chat] }));
    expect(place).toMatchObject({ mode: 'panel', placement: 'left' });
  });

  it('shows the tab where the person folded it, beside the composer', () => {
    const dialog = { top: 60, left: 364, right: 916, bottom: 330 };
    const place = dockPanel(input(dialog, screen(1280, 800), { collapsed: true }));
    expect(place).toEqual({ mode: 'tab', reason: 'collapsed', left: 928, top: 60 });
  });

  it('stays inside the visible part of an iframe clipped by its page', () => {
    // TikTok Studio's uploader frame, 560 px tall, of which the page shows the top 480 px.
    const visible = { top: 0, left: 0, right: 1000, bottom: 480 };
    const caption = { top: 90, left: 16, right: 984, bottom: 160 };
    const place = dockPanel(input(caption, visible));
    expect(place.mode === 'tab' || inside(boxOf(place, input(caption, visible)), visible)).toBe(
      true,
    );
    const shorter = { ...visible, bottom: 400 };
    expect(dockPanel(input(caption, shorter))).toMatchObject({ mode: 'tab', reason: 'noRoom' });
  });

  it('keeps the panel inside the window when the composer is scrolled partly out of view', () => {
    const place = dockPanel(
      input({ top: -200, left: 100, right: 700, bottom: 100 }, screen(1280, 800)),
    );
    expect(place.top).toBe(16);
  });
});
