import { describe, expect, it } from 'vitest';
import { DIALOG_WIDTH, placeDialog } from './dialog-place';

const laptop = { width: 1280, height: 720 };
const button = (top: number, left = 900) => ({ top, left, bottom: top + 36, right: left + 80 });

describe('placeDialog', () => {
  it('puts the dialog under the button when there is room', () => {
    expect(placeDialog(button(200), laptop)).toEqual({
      left: 980 - DIALOG_WIDTH,
      top: 244,
      maxHeight: 720 - 244 - 8,
    });
  });

  it('puts it above the button near the window’s bottom', () => {
    expect(placeDialog(button(650), laptop)).toEqual({
      left: 980 - DIALOG_WIDTH,
      bottom: 720 - 650 + 8,
      maxHeight: 650 - 16,
    });
  });

  it('keeps it inside the window when the button is scrolled out of view', () => {
    const above = placeDialog(button(-300), laptop);
    expect(above.top).toBe(8);
    const below = placeDialog(button(2000), laptop);
    expect(below.bottom).toBe(8);
    expect(below.maxHeight).toBe(720 - 16);
  });

  it('keeps it inside a narrow window', () => {
    expect(placeDialog(button(200, 0), { width: 360, height: 640 }).left).toBe(8);
    expect(placeDialog(button(200, 5000), laptop).left).toBe(1280 - DIALOG_WIDTH - 8);
  });
});
