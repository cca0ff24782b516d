/**
 * Subscriptions in the background: the `sapa-subscriptions` alarm checks every subscription that
 * is due once an hour (and at start-up), and the dashboard's requests add, check and remove
 * them. The browser APIs come in as small interfaces (lib/extension/apis.ts), so all of
 * this runs in tests without a browser.
 *
 * Host permissions are asked for by the dashboard (a permission prompt needs a click); the
 * background only checks them (`permissions.contains`) before every fetch, so a permission
 * taken back in the browser's settings shows up as an error on the subscription.
 */
import type { SapaDb, SubscriptionRecord } from '@/lib/db';
import {
  ensureAlarm,
  type AlarmsLike,
  type FetchLike,
  type PermissionsLike,
} from '@/lib/extension/apis';
import { CHECK_EVERY_MINUTES, createSubscriptionChecks } from './checks';
import { createSubscriptionHandlers, type SubscriptionHandlers } from './request-handlers';

export { CHECK_EVERY_MINUTES, DUE_AFTER_MS, isDue } from './checks';
export type { SubscriptionHandlers } from './request-handlers';

export const SUBSCRIPTIONS_ALARM = 'sapa-subscriptions';

export interface SubscriptionServiceDeps {
  db: SapaDb;
  /** Resolves once the database is open (the background's start-up promise). */
  ready: () => Promise<unknown>;
  fetch: FetchLike;
  alarms?: AlarmsLike;
  /** Absent (tests, or a browser without the API): every origin counts as allowed. */
  permissions?: PermissionsLike;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  timeoutMs?: number;
}

export interface SubscriptionService {
  handlers: SubscriptionHandlers;
  /** Registers the alarm listener (synchronously: MV3 delivers events only to listeners added
   * in the first turn), makes sure the alarm exists, and checks what is due. */
  start(): void;
  /** Checks every subscription whose last check is older than DUE_AFTER_MS. */
  refreshDue(): Promise<SubscriptionRecord[]>;
  /** Checks one now; concurrent calls for the same subscription share one check. */
  refresh(id: string): Promise<SubscriptionRecord | undefined>;
  stop(): void;
}

export function createSubscriptionService(deps: SubscriptionServiceDeps): SubscriptionService {
  const { log } = deps;
  const checks = createSubscriptionChecks(deps);
  const { refreshDue } = checks;
  const handlers = createSubscriptionHandlers(deps.db, deps.now, checks);

  function start(): void {
    const { alarms } = deps;
    if (alarms) {
      alarms.onAlarm.addListener((alarm) => {
        if (checks.stopped() || alarm.name !== SUBSCRIPTIONS_ALARM) return;
        refreshDue().catch((error: unknown) => log('scheduled subscription check failed', error));
      });
      ensureAlarm(alarms, SUBSCRIPTIONS_ALARM, CHECK_EVERY_MINUTES).catch((error: unknown) =>
        log('creating the subscriptions alarm failed', error),
      );
    }
    // Start-up (browser start, extension update, service worker woken): catch up on what is due.
    refreshDue().catch((error: unknown) => log('subscription check at start-up failed', error));
  }

  return {
    handlers,
    start,
    refreshDue,
    refresh: checks.refresh,
    stop: checks.stop,
  };
}
