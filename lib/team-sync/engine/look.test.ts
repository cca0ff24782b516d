import { describe, expect, it } from 'vitest';
import {
  FULL_LOOK_EVERY_MS,
  LOOK_OVERLAP_MS,
  lookDone,
  lookSince,
  lookWindow,
  type LookState,
} from './look';

describe('which records a look for local edits reads', () => {
  it('reads everything at the first look, then from the previous look on, with an overlap', () => {
    const state: LookState = {};
    expect(lookSince(state, 1_000_000)).toBeUndefined();
    lookDone(state, 1_000_000, undefined);
    expect(lookSince(state, 1_005_000)).toBe(1_000_000 - LOOK_OVERLAP_MS);
    lookDone(state, 1_005_000, 1_000_000 - LOOK_OVERLAP_MS);
    expect(lookSince(state, 1_009_000)).toBe(1_005_000 - LOOK_OVERLAP_MS);
  });

  it('reads everything again once a full look is due, and when the clock went back', () => {
    const state: LookState = {};
    lookDone(state, 1_000_000, undefined);
    lookDone(state, 1_010_000, 1_000_000);
    expect(lookSince(state, 1_000_000 + FULL_LOOK_EVERY_MS)).toBeUndefined();
    expect(lookSince(state, 1_009_999)).toBeUndefined();
  });

  it('always reads the records the ledger holds no signature for', () => {
    const ledger = {
      'hashtagSets:a': { sig: '1|ana|false', rev: '1-a' },
      'hashtagSets:refused': { rev: '2-b' },
      'notsapa:x': { rev: '1-c' },
    };
    expect(lookWindow(5, ledger)).toEqual({
      since: 5,
      ids: [{ table: 'hashtagSets', recordId: 'refused' }],
    });
    expect(lookWindow(undefined, ledger)).toEqual({ ids: [] });
  });
});
