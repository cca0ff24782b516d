/**
 * One check of one subscription: permission, conditional fetch, parse, apply. The outcome is
 * always written to the subscription (lastCheckedAt, and lastError or the new copy); items change
 * only when a good copy arrived.
 */
import type { SapaDb } from '@/lib/db/schema';
import { getRow } from '@/lib/db/records';
import type { SubscriptionRecord } from '@/lib/db/types';
import { fetchSource, type FetchLike } from './http';
import { subscriptionError } from './messages';
import { parseSource } from './parse';
import { applyGoodCopy, recordFailure, recordNotModified } from './store';
import { checkSubscriptionUrl, permissionPattern } from './url';
import { isSecureTransport } from '@/lib/team-sync/server-url';

export interface RefreshDeps {
  fetch: FetchLike;
  now: () => number;
  /** Whether Sapa may read this host permission pattern (absent: assumed yes). */
  hasPermission?: (pattern: string) => Promise<boolean>;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * A link that redirected to another origin is used only when Sapa may read that origin too (a
 * granted host permission; with no permission API, any secure one) and never when the redirect
 * went to plain http: the person allowed one site, not wherever that site sends Sapa on to.
 */
async function redirectProblem(
  origin: string,
  finalUrl: string,
  hasPermission: RefreshDeps['hasPermission'],
): Promise<Parameters<typeof subscriptionError>[0] | undefined> {
  let final: URL;
  try {
    final = new URL(finalUrl);
  } catch {
    return { code: 'redirect', origin: finalUrl };
  }
  if (final.origin === origin) return undefined;
  const refused = { code: 'redirect' as const, origin: final.origin };
  if (!isSecureTransport(final)) return refused;
  if (!hasPermission) return undefined;
  const allowed = await hasPermission(permissionPattern(final)).catch(() => false);
  return allowed ? undefined : refused;
}

export async function refreshSubscription(
  db: SapaDb,
  id: string,
  deps: RefreshDeps,
): Promise<SubscriptionRecord | undefined> {
  const sub = (await getRow(db, 'subscriptions', id)) as SubscriptionRecord | undefined;
  if (!sub) return undefined;
  const fail = (failure: Parameters<typeof subscriptionError>[0]) =>
    recordFailure(db, id, subscriptionError(failure, deps.now()));

  const url = checkSubscriptionUrl(sub.url);
  if (!url.ok) return fail({ code: 'invalid', problems: [url.message] });
  if (deps.hasPermission) {
    let allowed = false;
    try {
      allowed = await deps.hasPermission(url.pattern);
    } catch {
      allowed = false;
    }
    if (!allowed) return fail({ code: 'permission', origin: url.origin });
  }

  // Validators only after a good copy: a conditional request then asks "changed since that copy?"
  const outcome = await fetchSource(
    deps.fetch,
    url.url,
    sub.lastOkAt !== null
      ? { etag: sub.etag, lastModified: sub.lastModified }
      : { etag: null, lastModified: null },
    {
      ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
      ...(deps.maxBytes !== undefined ? { maxBytes: deps.maxBytes } : {}),
    },
  );
  if (outcome.status === 'failed') return fail(outcome.failure);
  if (outcome.status === 'not-modified') {
    // Only possible after a good copy (no validators are sent before one); a server that says
    // "not modified" to an unconditional request has nothing Sapa can use.
    if (sub.lastOkAt === null) return fail({ code: 'http', status: 304 });
    return recordNotModified(db, id, deps.now());
  }
  const redirected = await redirectProblem(url.origin, outcome.finalUrl, deps.hasPermission);
  if (redirected) return fail(redirected);
  const parsed = parseSource(outcome.body, outcome.contentType);
  if (!parsed.ok) return fail({ code: 'invalid', problems: parsed.problems });
  const applied = await applyGoodCopy(db, id, parsed, outcome.validators, deps.now());
  return applied?.subscription;
}
