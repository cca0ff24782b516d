/**
 * When team sync runs: one sync at a time (a trigger during a sync asks for one more pass
 * afterwards), a periodic alarm, a retry with growing waits after a failure, and a short wait
 * after local edits so a burst of them becomes one sync.
 */
import { ensureAlarm as ensureRepeatingAlarm } from '@/lib/extension/apis';
import type { TeamSyncStatus } from './status';
import type { SyncAlarms } from './types';

export const TEAM_SYNC_ALARM = 'sapa-team-sync';
export const TEAM_SYNC_PERIOD_MINUTES = 15;
/** Waits after a failure before trying again (then the periodic alarm takes over). */
export const RETRY_DELAYS_MS = [15_000, 60_000, 5 * 60_000];
/** A burst of edits (typing a template) becomes one sync this long after the last edit. */
export const EDIT_DEBOUNCE_MS = 3_000;

/** The wait before the next retry after `failures` failures in a row; the last wait repeats. */
export function retryDelay(failures: number, delays: readonly number[]): number {
  return delays[Math.min(failures, delays.length - 1)] ?? 60_000;
}

/**
 * Whether a background that starts should sync at once. The browser starts Sapa's service worker
 * for any event (a page's draft save, the dashboard opening) and stops it after 30 s idle, so a
 * sync at every start sent a round of requests to the team server many times an hour. A start
 * syncs when something was left undone: no sync yet, changes waiting, a sync cut off (still
 * "syncing") or failed (its retry timer went with the worker), or a periodic sync missed while
 * the browser was closed (the last attempt older than the period). The alarm does the rest.
 */
export function catchUpDue(status: TeamSyncStatus, now: number): boolean {
  if (status.lastSyncAt === undefined || status.pending > 0 || status.state !== 'idle') return true;
  return now - (status.lastAttemptAt ?? 0) >= TEAM_SYNC_PERIOD_MINUTES * 60_000;
}

/** The periodic sync alarm (browsers keep it across restarts; this makes sure it exists). */
export async function ensureSyncAlarm(alarms: SyncAlarms | undefined): Promise<void> {
  if (alarms) await ensureRepeatingAlarm(alarms, TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES);
}

export async function clearSyncAlarm(alarms: SyncAlarms | undefined): Promise<void> {
  await alarms?.clear(TEAM_SYNC_ALARM);
}

export interface SyncScheduleOptions {
  /** One sync; the schedule makes sure two never overlap. */
  runOnce(): Promise<void>;
  alarms?: SyncAlarms | undefined;
  now: () => number;
  retryDelaysMs: readonly number[];
  editDebounceMs: number;
}

export function createSyncSchedule(options: SyncScheduleOptions) {
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let editTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  /** Runs a sync, or asks the running one for another pass; resolves when all are done. */
  function trigger(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await options.runOnce();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  /** Plans the next try after a failure; returns when it will happen. */
  function retryLater(): number {
    clearTimeout(retryTimer);
    const delay = retryDelay(failures, options.retryDelaysMs);
    failures += 1;
    retryTimer = setTimeout(() => void trigger(), delay);
    return options.now() + delay;
  }

  /** A sync worked: the next failure starts again from the shortest wait. */
  function succeeded(): void {
    failures = 0;
    clearTimeout(retryTimer);
  }

  /** Runs `check` once edits have paused for the debounce time. */
  function afterEdits(check: () => void): void {
    clearTimeout(editTimer);
    editTimer = setTimeout(check, options.editDebounceMs);
  }

  function cancelTimers(): void {
    clearTimeout(retryTimer);
    clearTimeout(editTimer);
  }

  /** Whether a sync is running in this background now. */
  const busy = (): boolean => running !== undefined;

  /** Waits for a running sync, whatever its outcome. */
  async function idle(): Promise<void> {
    await running?.catch(() => undefined);
  }

  /** No sync starts after this; the running one finishes. */
  async function stop(): Promise<void> {
    stopped = true;
    cancelTimers();
    await idle();
  }

  return {
    trigger,
    busy,
    retryLater,
    succeeded,
    resetRetries: () => void (failures = 0),
    afterEdits,
    cancelTimers,
    idle,
    ensureAlarm: () => ensureSyncAlarm(options.alarms),
    clearAlarm: () => clearSyncAlarm(options.alarms),
    stop,
  };
}
export type SyncSchedule = ReturnType<typeof createSyncSchedule>;
