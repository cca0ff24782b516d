/** The dashboard's subscription requests: add (with its first check), check now, remove. */
import { DbError, type SapaDb } from '@/lib/db';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import type { Handlers } from '@/lib/messaging/define';
import type { SubscriptionChecks } from './checks';
import {
  allSubscriptions,
  checkSubscriptionUrl,
  createSubscription,
  findByUrl,
  removeSubscription,
} from './index';
import type { subscriptionRequests } from './requests';

export type SubscriptionHandlers = Handlers<typeof subscriptionRequests>;

export function createSubscriptionHandlers(
  db: SapaDb,
  now: () => number,
  checks: SubscriptionChecks,
): SubscriptionHandlers {
  const { hasPermission, inFlight, refresh, refreshMany } = checks;
  return {
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
      if (p.id === undefined) return refreshMany(await allSubscriptions(db));
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
}
