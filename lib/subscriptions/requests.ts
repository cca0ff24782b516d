/** Subscriptions' requests: the dashboard only (the libraries Sapa fetches from the web). */
import { z } from 'zod';
import type { SubscriptionRecord } from '@/lib/db/types';
import { defineRequest } from '@/lib/messaging/define';
import { MAX_NAME_CHARS, MAX_URL_CHARS, recordId } from '@/lib/messaging/fields';

export const subscriptionRequests = {
  /**
   * Subscribe to a published library (a pack or a hashtag CSV). The background checks the link
   * (http/https, no credentials) and the host permission, then fetches it at once; the answer is
   * the subscription, with `lastError` set when that first check failed (it is kept anyway).
   */
  'subscriptions.add': defineRequest<SubscriptionRecord>()('dashboard', () =>
    z
      .object({
        url: z.string().trim().min(1).max(MAX_URL_CHARS),
        title: z.string().trim().max(MAX_NAME_CHARS).optional(),
      })
      .strict(),
  ),
  /** Check one subscription now, or all of them without `id`; answers them as they are after. */
  'subscriptions.refresh': defineRequest<SubscriptionRecord[]>()('dashboard', () =>
    z
      .object({ id: z.optional(recordId) })
      .strict()
      .default({}),
  ),
  /** Stop following a library: the subscription goes, its items become tombstones. */
  'subscriptions.remove': defineRequest<{ removed: string; items: number }>()('dashboard', () =>
    z.object({ id: recordId }).strict(),
  ),
};
