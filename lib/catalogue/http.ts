/**
 * GETs to the catalogue. `fetch` is injected: the background passes the global one
 * (SLiMS sends no CORS headers, so only an extension context with the origin's permission can
 * read it), tests the real one against tests/support/slims-server.ts. Never throws.
 */
import { hostOf } from './address';
import { limitedGet, utf8, type FetchLike } from '@/lib/http/limited-get';
import { fail, ok, type CatalogueOutput, type Result } from './types';

export type { FetchLike };

export const FETCH_TIMEOUT_MS = 20_000;
/** A search page or an OAI page of 100 records is well under 1 MB; more is not a catalogue. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface FetchedText {
  body: string;
  contentType: string | null;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * The origin a redirect ended on, when it is not the one asked: the person allowed Sapa to read
 * one origin (its host permission), not wherever that site sends it on to. A catalogue moved
 * from http to https is such a case too; the message names the new address to enter instead.
 */
export function redirectedTo(asked: string, finalUrl: string): string | null {
  if (!finalUrl) return null; // no redirect (tests' stand-in responses have no url)
  try {
    const final = new URL(finalUrl).origin;
    return final === new URL(asked).origin ? null : final;
  } catch {
    return finalUrl;
  }
}

export interface FetchedBytes {
  bytes: Uint8Array;
  contentType: string | null;
}

/** One GET to the catalogue, as bytes (a cover image, or text to decode). Never throws. */
export async function fetchBytes(
  fetchImpl: FetchLike,
  url: string,
  output: CatalogueOutput,
  options: FetchOptions = {},
): Promise<Result<FetchedBytes>> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const host = hostOf(url);
  const got = await limitedGet(fetchImpl, url, {
    timeoutMs,
    maxBytes: options.maxBytes ?? MAX_BODY_BYTES,
    shouldRead: (response) => response.ok && !redirectedTo(url, response.url),
  });
  switch (got.kind) {
    case 'unreachable':
      return got.timedOut
        ? fail({ code: 'timeout', host, seconds: Math.ceil(timeoutMs / 1000) })
        : fail({ code: 'unreachable', host });
    case 'not-read': {
      const moved = redirectedTo(url, got.response.url);
      return moved
        ? fail({ code: 'redirected', host, to: moved })
        : fail({ code: 'http', host, status: got.response.status });
    }
    case 'too-large':
      return fail({ code: 'malformed', output, detail: 'too large' });
    case 'read':
      return ok({ bytes: got.bytes, contentType: got.response.headers.get('content-type') });
  }
}

/** One GET to the catalogue, as text. Never throws. */
export async function fetchText(
  fetchImpl: FetchLike,
  url: string,
  output: CatalogueOutput,
  options: FetchOptions = {},
): Promise<Result<FetchedText>> {
  const fetched = await fetchBytes(fetchImpl, url, output, options);
  if (!fetched.ok) return fetched;
  // SLiMS 9 writes UTF-8 (its XML declarations and JSON); broken bytes become U+FFFD.
  return ok({ body: utf8(fetched.value.bytes), contentType: fetched.value.contentType });
}
