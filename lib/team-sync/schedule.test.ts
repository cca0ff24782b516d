/** When a background that starts syncs at once (`catchUpDue`). */
import { describe, expect, it } from 'vitest';
import { catchUpDue, TEAM_SYNC_PERIOD_MINUTES } from './schedule';
import type { TeamSyncStatus } from './status';

const period = TEAM_SYNC_PERIOD_MINUTES * 60_000;
const now = 10_000_000;
const synced: TeamSyncStatus = {
  state: 'idle',
  pending: 0,
  skipped: [],
  lastSyncAt: now - 60_000,
  lastAttemptAt: now - 60_000,
};

describe('catchUpDue', () => {
  it('does not sync again a minute after a sync that left nothing waiting', () => {
    expect(catchUpDue(synced, now)).toBe(false);
    expect(catchUpDue({ ...synced, lastAttemptAt: now - period + 1 }, now)).toBe(false);
  });

  it('syncs when a periodic sync was missed (the browser was closed)', () => {
    expect(catchUpDue({ ...synced, lastAttemptAt: now - period }, now)).toBe(true);
    expect(catchUpDue({ ...synced, lastAttemptAt: undefined }, now)).toBe(true);
  });

  it('syncs when there has been no sync yet', () => {
    expect(catchUpDue({ ...synced, lastSyncAt: undefined }, now)).toBe(true);
  });

  it('syncs when changes wait, or the last sync failed or was cut off', () => {
    expect(catchUpDue({ ...synced, pending: 1 }, now)).toBe(true);
    expect(catchUpDue({ ...synced, state: 'error' }, now)).toBe(true);
    expect(catchUpDue({ ...synced, state: 'syncing' }, now)).toBe(true);
  });
});
