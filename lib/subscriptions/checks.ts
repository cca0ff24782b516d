/**
 * Checking subscriptions: one check per subscription at a time (concurrent calls share it), and
 * the due ones one after the other.
 */
import type { SubscriptionRecord } from '@/lib/db';
import { allSubscriptions, refreshSubscription } from './index';
import type { SubscriptionServiceDeps } from './service';

/** How often subscriptions are checked. */
export const CHECK_EVERY_MINUTES = 60;
/**
 * A subscription is due when its last check is older than this: a little under the alarm's
 * period, so an alarm that fires a few seconds early does not skip a round.
 */
export const DUE_AFTER_MS = (CHECK_EVERY_MINUTES - 5) * 60_000;

export function isDue(sub: SubscriptionRecord, now: number): boolean {
  return sub.lastCheckedAt === null || now - sub.lastCheckedAt >= DUE_AFTER_MS;
}

export function createSubscriptionChecks(deps: SubscriptionServiceDeps) {
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
    const due = (await allSubscriptions(db)).filter((s) => isDue(s, t));
    return refreshMany(due);
  }

  return {
    hasPermission,
    inFlight,
    refresh,
    refreshMany,
    refreshDue,
    stop() {
      stopped = true;
    },
    stopped: () => stopped,
  };
}
export type SubscriptionChecks = ReturnType<typeof createSubscriptionChecks>;
