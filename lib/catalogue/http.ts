/**
 * GETs to the catalogue. `fetch` is injected: the background passes the global one
 * (SLiMS sends no CORS headers, so only an extension context with the origin's permission can
 * read it), tests the real one against tests/support/slims-server.ts. Never throws.
 */
import { hostOf } from './address';
import { fail, ok, type CatalogueOutput, type Result } from './types';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

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

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return null;
  }
  const buffer = new Uint8Array(await response.arrayBuffer());
  return buffer.byteLength > maxBytes ? null : buffer;
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
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const failed = () =>
    timedOut
      ? fail<FetchedBytes>({ code: 'timeout', host, seconds: Math.ceil(timeoutMs / 1000) })
      : fail<FetchedBytes>({ code: 'unreachable', host });
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch {
      return failed();
    }
    const moved = redirectedTo(url, response.url);
    if (moved) {
      await response.body?.cancel().catch(() => {});
      return fail({ code: 'redirected', host, to: moved });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return fail({ code: 'http', host, status: response.status });
    }
    let bytes: Uint8Array | null;
    try {
      bytes = await readLimited(response, options.maxBytes ?? MAX_BODY_BYTES);
    } catch {
      return failed(); // the connection dropped (or timed out) mid-body
    }
    if (bytes === null) return fail({ code: 'malformed', output, detail: 'too large' });
    return ok({ bytes, contentType: response.headers.get('content-type') });
  } finally {
    clearTimeout(timer);
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
  const body = new TextDecoder('utf-8').decode(fetched.value.bytes);
  return ok({ body, contentType: fetched.value.contentType });
}
