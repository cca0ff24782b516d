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
import { DbError, type SapaDb, type SubscriptionRecord } from '@/lib/db';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import {
  checkSubscriptionUrl,
  createSubscription,
  findByUrl,
  refreshSubscription,
  removeSubscription,
} from './index';
import {
  ensureAlarm,
  type AlarmsLike,
  type FetchLike,
  type PermissionsLike,
} from '@/lib/extension/apis';
import type { Handlers } from '@/lib/messaging/define';
import type { subscriptionRequests } from './requests';

export type SubscriptionHandlers = Handlers<typeof subscriptionRequests>;

export const SUBSCRIPTIONS_ALARM = 'sapa-subscriptions';
/** How often subscriptions are checked. */
export const CHECK_EVERY_MINUTES = 60;
/**
 * A subscription is due when its last check is older than this: a little under the alarm's
 * period, so an alarm that fires a few seconds early does not skip a round.
 */
export const DUE_AFTER_MS = (CHECK_EVERY_MINUTES - 5) * 60_000;

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

export function isDue(sub: SubscriptionRecord, now: number): boolean {
  return sub.lastCheckedAt === null || now - sub.lastCheckedAt >= DUE_AFTER_MS;
}

export function createSubscriptionService(deps: SubscriptionServiceDeps): SubscriptionService {
  const { db, now, log } = deps;
  const inFlight = new Map<string, Promise<SubscriptionRecord | undefined>>();
  let stopped = false;

  const hasPermission = deps.permissions
    ? (pattern: string) => deps.permissions!.contains({ origins: [pattern] })
    : undefined;

  function refresh(id: string): Promise<SubscriptionRecord | undefined> {
    const running = inFlight.get(id);
    if (running) return running;
    const run = refreshSubscription(db, id, {
      fetch: deps.fetch,
      now,
      ...(hasPermission ? { hasPermission } : {}),
      ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
    }).finally(() => inFlight.delete(id));
    inFlight.set(id, run);
    return run;
  }

  /** One after the other: a library has few subscriptions, and the machine may be small. */
  async function refreshMany(subs: SubscriptionRecord[]): Promise<SubscriptionRecord[]> {
    const out: SubscriptionRecord[] = [];
    for (const sub of subs) {
      if (stopped) break;
      try {
        const next = await refresh(sub.id);
        if (next) out.push(next);
      } catch (error) {
        log(`checking subscription ${sub.url} failed`, error);
      }
    }
    return out;
  }

  async function refreshDue(): Promise<SubscriptionRecord[]> {
    await deps.ready();
    const t = now();
    const due = (await db.subscriptions.orderBy('createdAt').toArray()).filter((s) => isDue(s, t));
    return refreshMany(due);
  }

  const handlers: SubscriptionHandlers = {
    async 'subscriptions.add'(p) {
      const checked = checkSubscriptionUrl(p.url);
      if (!checked.ok)
        throw new SapaRequestError(
          sapaError('invalid', {
            key: checked.key,
            detail: `subscriptions.add: ${checked.problem}`,
          }),
        );
      const existing = await findByUrl(db, checked.url);
      if (existing)
        throw new SapaRequestError(
          sapaError('invalid', {
            key: 'subscriptions.url.duplicate',
            params: { title: existing.title },
            detail: `subscriptions.add: already subscribed as ${existing.id}`,
          }),
        );
      if (hasPermission && !(await hasPermission(checked.pattern).catch(() => false)))
        throw new SapaRequestError(
          sapaError('permission', {
            params: { origin: checked.origin },
            detail: `subscriptions.add: no host permission for ${checked.pattern}`,
          }),
        );
      const created = await createSubscription(
        db,
        { url: checked.url, ...(p.title ? { title: p.title } : {}) },
        now(),
      );
      // The first check's outcome, good or not, is part of the answer; the subscription stays.
      return (await refresh(created.id)) ?? created;
    },

    async 'subscriptions.refresh'(p) {
      if (p.id === undefined)
        return refreshMany(await db.subscriptions.orderBy('createdAt').toArray());
      const next = await refresh(p.id);
      if (!next)
        throw new DbError('not-found', 'subscriptions.refresh', {
          message: `subscriptions.refresh: no subscription ${p.id}`,
        });
      return [next];
    },

    async 'subscriptions.remove'(p) {
      // A check running now must not bring items back after the removal: wait for it first.
      await inFlight.get(p.id)?.catch(() => undefined);
      const items = await removeSubscription(db, p.id, now());
      return { removed: p.id, items };
    },
  };

  function start(): void {
    const { alarms } = deps;
    if (alarms) {
      alarms.onAlarm.addListener((alarm) => {
        if (stopped || alarm.name !== SUBSCRIPTIONS_ALARM) return;
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
    refresh,
    stop() {
      stopped = true;
    },
  };
}
