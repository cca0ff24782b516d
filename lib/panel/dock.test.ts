import { describe, expect, it } from 'vitest';
import { dockBeside } from './dock';

const viewport = { width: 1280, height: 800 };

describe('dockBeside', () => {
  it('puts the panel to the right of a dialog when there is room, level with its top', () => {
    const place = dockBeside({ top: 60, left: 364, right: 916, bottom: 330 }, viewport, 320);
    expect(place).toEqual({ placement: 'right', left: 928, top: 60, maxHeight: 724 });
  });

  it('goes to the left when the composer sits on the right', () => {
    const place = dockBeside({ top: 100, left: 700, right: 1260, bottom: 300 }, viewport, 320);
    expect(place.placement).toBe('left');
    expect(place.left + 320).toBeLessThanOrEqual(700);
  });

  it('goes below a composer as wide as the window (TikTok Studio’s uploader)', () => {
    const place = dockBeside(
      { top: 104, left: 238, right: 1248, bottom: 182 },
      { width: 1280, height: 560 },
      320,
    );
    expect(place).toMatchObject({ placement: 'below', top: 194 });
    expect(place.left + 320).toBeLessThanOrEqual(1280 - 16);
  });

  it('falls back to the window’s edge when there is no room anywhere', () => {
    const place = dockBeside({ top: 0, left: 0, right: 1280, bottom: 700 }, viewport, 320);
    expect(place).toEqual({ placement: 'edge', left: 944, top: 16, maxHeight: 768 });
  });

  it('keeps the panel inside the window when the composer is scrolled partly out of view', () => {
    const place = dockBeside({ top: -200, left: 100, right: 700, bottom: 100 }, viewport, 320);
    expect(place.top).toBe(16);
  });
});
