/**
 * One GET with a time limit and a size limit on the body: what every read of a server the
 * library names (a subscribed link, the SLiMS catalogue) needs. `fetch` is injected: the
 * background passes the global one, tests a fake or the real one against a local server.
 * Never throws; the caller turns each outcome into its own message.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface LimitedGetOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  maxBytes: number;
  /**
   * Whether the body is worth reading (an answer that is not 200, a 304, a redirect to another
   * origin is not). An unread body is cancelled, so the connection is let go at once.
   */
  shouldRead?: (response: Response) => boolean;
}

export type LimitedGet =
  | { kind: 'unreachable'; timedOut: boolean }
  | { kind: 'not-read'; response: Response }
  | { kind: 'too-large'; response: Response; bytes: number }
  | { kind: 'read'; response: Response; bytes: Uint8Array };

export type LimitedBytes = { ok: true; bytes: Uint8Array } | { ok: false; bytes: number };

/**
 * The body's bytes, or how far it got once it passed `maxBytes`. A declared Content-Length over
 * the limit stops before reading; otherwise the stream is read chunk by chunk and cancelled as
 * soon as it is over, so a server sending forever costs at most `maxBytes`.
 */
export async function readBytesLimited(
  response: Response,
  maxBytes: number,
): Promise<LimitedBytes> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, bytes: declared };
  }
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes
      ? { ok: false, bytes: bytes.byteLength }
      : { ok: true, bytes };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, bytes: total };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes: all };
}

/** Bytes as text. Sapa's sources are UTF-8; broken bytes become U+FFFD rather than failing. */
export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export async function limitedGet(
  fetchImpl: FetchLike,
  url: string,
  options: LimitedGetOptions,
): Promise<LimitedGet> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: 'GET',
        ...(options.headers ? { headers: options.headers } : {}),
        // Sapa keeps its own validators; the browser's cache must not answer for the server.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch {
      return { kind: 'unreachable', timedOut };
    }
    if (options.shouldRead && !options.shouldRead(response)) {
      await response.body?.cancel().catch(() => {});
      return { kind: 'not-read', response };
    }
    let body: LimitedBytes;
    try {
      body = await readBytesLimited(response, options.maxBytes);
    } catch {
      return { kind: 'unreachable', timedOut }; // the connection dropped (or timed out) mid-body
    }
    return body.ok
      ? { kind: 'read', response, bytes: body.bytes }
      : { kind: 'too-large', response, bytes: body.bytes };
  } finally {
    clearTimeout(timer);
  }
}
