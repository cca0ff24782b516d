/**
 * Fetching a source with conditional requests. `fetch` is injected (the background passes the
 * global one; tests a fake or the real one against a local server). Sends the validators of the
 * last good copy (If-None-Match, If-Modified-Since), so an unchanged source costs a 304 and no
 * body. Reads at most `maxBytes` of the body, stopping as soon as it is over.
 */
import { LIMITS } from '@/lib/exchange/pack';
import type { CheckFailure } from './messages';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** The pack size limit; a hashtag CSV has its own, smaller one (checked by its parser). */
export const MAX_SOURCE_BYTES = LIMITS.fileBytes;
export const FETCH_TIMEOUT_MS = 30_000;

export function conditionalHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

export type FetchOutcome =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      body: string;
      contentType: string | null;
      validators: Validators;
      /** Where the body came from after redirects (the link itself when none). */
      finalUrl: string;
    }
  | { status: 'failed'; failure: CheckFailure };

export type BodyResult = { ok: true; text: string } | { ok: false; bytes: number };

/** The body as UTF-8 text, or how far it got once it passed `maxBytes`. */
export async function readBodyLimited(response: Response, maxBytes: number): Promise<BodyResult> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, bytes: declared };
  }
  if (!response.body) {
    const text = await response.text();
    const bytes = new TextEncoder().encode(text).length;
    return bytes > maxBytes ? { ok: false, bytes } : { ok: true, text };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, bytes };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  // Sapa's formats are UTF-8; broken bytes become U+FFFD rather than failing the whole copy.
  return { ok: true, text: new TextDecoder('utf-8').decode(all) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** One conditional GET. Never throws: every failure comes back as a `CheckFailure`. */
export async function fetchSource(
  fetchImpl: FetchLike,
  url: string,
  validators: Validators,
  options: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<FetchOutcome> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_SOURCE_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const unreachable = (): FetchOutcome => ({
    status: 'failed',
    failure: {
      code: 'unreachable',
      host: hostOf(url),
      ...(timedOut ? { timeoutSeconds: Math.ceil(timeoutMs / 1000) } : {}),
    },
  });
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        headers: {
          Accept: 'application/json, text/csv;q=0.9, */*;q=0.5',
          ...conditionalHeaders(validators),
        },
        // Sapa keeps its own validators; the browser's cache must not answer for the server.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch {
      return unreachable();
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {});
      return { status: 'not-modified' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const status = response.status;
      return {
        status: 'failed',
        failure:
          status === 404 || status === 410
            ? { code: 'not-found', status }
            : { code: 'http', status },
      };
    }
    let body: BodyResult;
    try {
      body = await readBodyLimited(response, maxBytes);
    } catch {
      return unreachable(); // the connection dropped (or timed out) mid-body
    }
    if (!body.ok) return { status: 'failed', failure: { code: 'too-large', maxBytes } };
    return {
      status: 'ok',
      body: body.text,
      contentType: response.headers.get('content-type'),
      finalUrl: response.url || url,
      validators: {
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      },
    };
  } finally {
    clearTimeout(timer);
  }
}
