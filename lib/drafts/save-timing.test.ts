import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSaveTiming } from './save-timing';

let saves: number[];
let timing: ReturnType<typeof createSaveTiming>;

beforeEach(() => {
  vi.useFakeTimers();
  saves = [];
  timing = createSaveTiming({
    win: window,
    debounceMs: 400,
    maxWaitMs: 1000,
    save: () => {
      saves.push(Date.now());
      timing.clear();
    },
    reportText: () => undefined,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave timing', () => {
  it('saves once typing has paused for 400 ms', () => {
    const start = Date.now();
    timing.changed();
    vi.advanceTimersByTime(200);
    timing.changed();
    vi.advanceTimersByTime(399);
    expect(saves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saves).toEqual([start + 600]);
  });

  it('saves at most one second behind steady typing', () => {
    const start = Date.now();
    for (let i = 0; i < 6; i++) {
      timing.changed();
      vi.advanceTimersByTime(300);
    }
    expect(saves[0]).toBe(start + 1000);
  });
});
