/**
 * Fetching a source with conditional requests. `fetch` is injected (the background passes the
 * global one; tests a fake or the real one against a local server). Sends the validators of the
 * last good copy (If-None-Match, If-Modified-Since), so an unchanged source costs a 304 and no
 * body. Reads at most `maxBytes` of the body, stopping as soon as it is over.
 */
import { LIMITS } from '@/lib/exchange/pack';
import { limitedGet, utf8, type FetchLike } from '@/lib/http/limited-get';
import type { CheckFailure } from './messages';

export type { FetchLike };

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
  const got = await limitedGet(fetchImpl, url, {
    headers: {
      Accept: 'application/json, text/csv;q=0.9, */*;q=0.5',
      ...conditionalHeaders(validators),
    },
    timeoutMs,
    maxBytes,
    shouldRead: (response) => response.ok && response.status !== 304,
  });
  switch (got.kind) {
    case 'unreachable':
      return {
        status: 'failed',
        failure: {
          code: 'unreachable',
          host: hostOf(url),
          ...(got.timedOut ? { timeoutSeconds: Math.ceil(timeoutMs / 1000) } : {}),
        },
      };
    case 'not-read':
      return notRead(got.response.status);
    case 'too-large':
      return { status: 'failed', failure: { code: 'too-large', maxBytes } };
    case 'read':
      return {
        status: 'ok',
        body: utf8(got.bytes),
        contentType: got.response.headers.get('content-type'),
        finalUrl: got.response.url || url,
        validators: {
          etag: got.response.headers.get('etag'),
          lastModified: got.response.headers.get('last-modified'),
        },
      };
  }
}

function notRead(status: number): FetchOutcome {
  if (status === 304) return { status: 'not-modified' };
  return {
    status: 'failed',
    failure:
      status === 404 || status === 410 ? { code: 'not-found', status } : { code: 'http', status },
  };
}
