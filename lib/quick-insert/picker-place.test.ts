import { describe, expect, it } from 'vitest';
import { pickerPlace } from './picker-place';

const LAPTOP = { width: 1280, height: 720 };

describe('where the picker stands', () => {
  it('stands just below the caret where there is room', () => {
    expect(pickerPlace({ left: 400, top: 120, bottom: 140 }, LAPTOP)).toEqual({
      left: 400,
      top: 146,
    });
  });

  it('stands above the caret near the bottom of the window', () => {
    expect(pickerPlace({ left: 400, top: 600, bottom: 620 }, LAPTOP)).toEqual({
      left: 400,
      bottom: 126,
    });
  });

  it('stays inside the window at its sides', () => {
    expect(pickerPlace({ left: 1200, top: 100, bottom: 120 }, LAPTOP).left).toBe(952);
    expect(pickerPlace({ left: -30, top: 100, bottom: 120 }, LAPTOP).left).toBe(8);
  });

  it('takes the larger side when neither fits the whole picker', () => {
    const small = { width: 800, height: 500 };
    expect(pickerPlace({ left: 10, top: 200, bottom: 220 }, small)).toEqual({ left: 10, top: 226 });
    expect(pickerPlace({ left: 10, top: 300, bottom: 320 }, small)).toEqual({
      left: 10,
      bottom: 206,
    });
  });
});
