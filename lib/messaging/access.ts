/**
 * Least privilege between contexts. The background knows who sent a request from the sender's
 * address (lib/background/listeners.ts): an extension page (the dashboard) may send every
 * request; a content script on a site's page may send only the `panel` requests, and only for
 * the platform of the site it runs on. A content script on x.com cannot read Instagram's drafts,
 * discard them, or reach what only the dashboard does.
 *
 * Scoping follows two payload fields that every request names the same way: `platform` (a
 * request about one platform's drafts or templates) and `draftId` (a request about one draft,
 * whose stored platform is looked up). A new request about platform data uses these names.
 */
import type { PlatformId } from '@/lib/db/types';
import type { RequestDefinition } from './define';
import { sapaError } from './errors';
import type { SapaError } from './wire';

/** Who sent a request, as the background derived it from the sender (never from the message). */
export type Caller =
  | { kind: 'extension' }
  /**
   * A content script on one of the composers' sites, by the platform of its address; `tabId`,
   * the browser's id of its tab (which plan the tab was opened for: lib/calendar/plan-tabs.ts).
   */
  | { kind: 'site'; platform: PlatformId; tabId?: number };

export const EXTENSION_PAGE: Caller = { kind: 'extension' };

/** Where a draft named by id belongs (undefined: no such draft; the handler says not found). */
export type DraftPlatformLookup = (draftId: string) => Promise<PlatformId | undefined>;

function forbidden(type: string, why: string): SapaError {
  return sapaError('forbidden', { detail: `${type}: ${why}` });
}

function field(payload: unknown, name: 'platform' | 'draftId'): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const value = (payload as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether `caller` may send this (validated) request; a SapaError 'forbidden' when not. Runs
 * before the handler, so a refused request changes nothing.
 */
export async function checkAccess(
  type: string,
  definition: RequestDefinition,
  payload: unknown,
  caller: Caller,
  draftPlatform: DraftPlatformLookup,
): Promise<SapaError | undefined> {
  if (caller.kind === 'extension') return undefined;
  if (definition.access !== 'panel') return forbidden(type, 'for the dashboard only');
  const platform = field(payload, 'platform');
  if (platform !== undefined && platform !== caller.platform)
    return forbidden(type, `a panel on ${caller.platform} asked about ${platform}`);
  const draftId = field(payload, 'draftId');
  if (draftId !== undefined) {
    const owner = await draftPlatform(draftId);
    if (owner !== undefined && owner !== caller.platform)
      return forbidden(type, `a panel on ${caller.platform} named a draft of ${owner}`);
  }
  return undefined;
}
