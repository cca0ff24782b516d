import { describe, expect, it } from 'vitest';
import { PAUSED_AFTER_FAILURES, retryDelay, savingPaused } from './retry-backoff';

describe('when a failed save is tried again', () => {
  it('waits 1 s, 2 s, 4 s … and never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50, 5000].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('tells the person after three failures in a row, not before', () => {
    expect(PAUSED_AFTER_FAILURES).toBe(3);
    expect([0, 1, 2, 3, 10].map(savingPaused)).toEqual([false, false, false, true, true]);
  });
});
