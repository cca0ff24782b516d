import { guard } from '../errors';
import type { SubscriptionRecord } from '../types';
import type { RepoContext } from './context';

/**
 * The published libraries Sapa follows, for reading (the dashboard lists them). Adding, checking
 * and removing happen in the background (lib/subscriptions), which
 * owns the fetching and the host permissions.
 */
export function subscriptionsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    /** Oldest first, the order they were added in. */
    async list(): Promise<SubscriptionRecord[]> {
      return guard('subscriptions.list', () => db.subscriptions.orderBy('createdAt').toArray());
    },
    async get(id: string): Promise<SubscriptionRecord | undefined> {
      return guard('subscriptions.get', () => db.subscriptions.get(id));
    },
  };
}
