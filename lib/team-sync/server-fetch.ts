/**
 * PouchDB's requests to the team server. Redirects are not followed: CouchDB answers its API
 * where it is asked, so a redirect can only come from something in between (a hijacked proxy, a
 * moved host) and following it would send the next request, and the password with it, to a host
 * the person never named and never gave Sapa permission for. The sync fails with a network
 * error instead, and the dashboard says the server could not be reached.
 */
export type FetchFunction = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export function teamServerFetch(
  fetchImpl: FetchFunction = (input, init) => globalThis.fetch(input, init),
): FetchFunction {
  return (input, init) => fetchImpl(input, { ...init, redirect: 'error' });
}
