/**
 * Which links Sapa subscribes to: https only (http only to this computer), no user name or password in the link (they would
 * be stored and sent in clear), no fragment (it never reaches the server). Pure; shared by the
 * dashboard (to ask for the right permission before sending) and the background (which checks
 * again: the message may come from anywhere in the extension).
 */
import { translate, type MessageKey } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/db/types';
import { isSecureTransport } from '@/lib/team-sync/server-url';

export type UrlProblem = 'malformed' | 'scheme' | 'insecure' | 'credentials';

export type UrlCheck =
  | {
      ok: true;
      /** The link as Sapa stores and fetches it. */
      url: string;
      /** `https://host:port`, for messages. */
      origin: string;
      /** The host permission to ask for: `https://host/*`. */
      pattern: string;
    }
  | { ok: false; problem: UrlProblem; key: MessageKey; message: LocalizedText };

const KEYS: Record<UrlProblem, MessageKey> = {
  malformed: 'subscriptions.url.malformed',
  scheme: 'subscriptions.url.scheme',
  insecure: 'subscriptions.url.insecure',
  credentials: 'subscriptions.url.credentials',
};

function refuse(problem: UrlProblem): UrlCheck {
  const key = KEYS[problem];
  return {
    ok: false,
    problem,
    key,
    message: { id: translate('id', key), en: translate('en', key) },
  };
}

/**
 * The host permission pattern for a URL. Match patterns leave the port out: Chromium then matches
 * every port and Firefox refuses patterns with one.
 */
export function permissionPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

export function checkSubscriptionUrl(input: string): UrlCheck {
  const text = input.trim();
  if (!text || text.length > 2000) return refuse('malformed');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse('malformed');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse('scheme');
  if (!url.hostname) return refuse('malformed');
  if (url.username || url.password) return refuse('credentials');
  // What a subscription brings ends up in posts under the library's name: over plain http anyone
  // on the way (a café's Wi-Fi) could rewrite it. Only this computer may serve it over http.
  if (!isSecureTransport(url)) return refuse('insecure');
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, pattern: permissionPattern(url) };
}
