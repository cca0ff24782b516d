/**
 * Which server addresses Sapa talks to with a password: `https://`, or `http://` only to this
 * computer (localhost, 127.0.0.1, [::1]), where nothing crosses a network. CouchDB receives the
 * user name and password with every request (HTTP Basic, see docs/team-sync.md), so over plain
 * `http://` anyone on the café's Wi-Fi could read them. Pure: the dashboard checks before asking
 * for a permission, the background checks again before any request leaves.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an address on this computer (the URL parser writes IPv6 hosts in brackets). */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase());
}

/** `https:`, or `http:` to this computer: the only transports Sapa sends data or secrets over. */
export function isSecureTransport(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

export type ServerUrlCheck =
  { ok: true; url: URL } | { ok: false; problem: 'malformed' | 'insecure' };

/** A team server address: http(s), no credentials, query or fragment, and a secure transport. */
export function checkServerUrl(value: string): ServerUrlCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'malformed' };
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, problem: 'malformed' };
  if (!isSecureTransport(url)) return { ok: false, problem: 'insecure' };
  return { ok: true, url };
}
