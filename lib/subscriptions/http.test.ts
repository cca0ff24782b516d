import { describe, expect, it, vi } from 'vitest';
import { fetchSource, type FetchLike } from './http';

const none = { etag: null, lastModified: null };

function answer(body: BodyInit | null, init: ResponseInit = {}): FetchLike {
  return vi.fn<FetchLike>(async () => new Response(body, init));
}

/** A body delivered in chunks, counting how much was pulled before the reader gave up. */
function chunked(chunks: number, size: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('fetchSource', () => {
  it('sends the validators and no credentials, and bypasses the browser cache', async () => {
    const fetch = answer('{}', { status: 200 });
    await fetchSource(fetch, 'https://x.id/p.json', { etag: '"v1"', lastModified: 'yesterday' });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('https://x.id/p.json');
    expect(init).toMatchObject({
      method: 'GET',
      cache: 'no-store',
      credentials: 'omit',
      headers: expect.objectContaining({
        'If-None-Match': '"v1"',
        'If-Modified-Since': 'yesterday',
      }),
    });
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('200: the body, its content type and its validators', async () => {
    const outcome = await fetchSource(
      answer('set,tag\nA,B', {
        status: 200,
        headers: { 'content-type': 'text/csv', etag: 'W/"7"', 'last-modified': 'Mon' },
      }),
      'https://x.id/t.csv',
      none,
    );
    expect(outcome).toEqual({
      status: 'ok',
      body: 'set,tag\nA,B',
      contentType: 'text/csv',
      validators: { etag: 'W/"7"', lastModified: 'Mon' },
      finalUrl: 'https://x.id/t.csv',
    });
  });

  it('304: not modified', async () => {
    expect(await fetchSource(answer(null, { status: 304 }), 'https://x.id/p', none)).toEqual({
      status: 'not-modified',
    });
  });

  it('HTTP errors: 404 and 410 are "not found", the rest carry their status', async () => {
    for (const [status, failure] of [
      [404, { code: 'not-found', status: 404 }],
      [410, { code: 'not-found', status: 410 }],
      [403, { code: 'http', status: 403 }],
      [500, { code: 'http', status: 500 }],
    ] as const) {
      expect(await fetchSource(answer('no', { status }), 'https://x.id/p', none)).toEqual({
        status: 'failed',
        failure,
      });
    }
  });

  it('a network failure or a server that never answers is "unreachable"', async () => {
    const broken: FetchLike = async () => {
      throw new TypeError('fetch failed');
    };
    expect(await fetchSource(broken, 'https://x.id:8443/p', none)).toEqual({
      status: 'failed',
      failure: { code: 'unreachable', host: 'x.id:8443' },
    });
    const silent: FetchLike = (_url, init) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
      );
    expect(await fetchSource(silent, 'https://x.id/p', none, { timeoutMs: 20 })).toEqual({
      status: 'failed',
      failure: { code: 'unreachable', host: 'x.id', timeoutSeconds: 1 },
    });
  });

  it('refuses a body over the limit, from its declared length or while reading it', async () => {
    const declared = await fetchSource(
      answer('x', { status: 200, headers: { 'content-length': '999999' } }),
      'https://x.id/p',
      none,
      { maxBytes: 1000 },
    );
    expect(declared).toEqual({ status: 'failed', failure: { code: 'too-large', maxBytes: 1000 } });

    const body = chunked(1000, 100);
    const streamed = await fetchSource(
      answer(body.stream, { status: 200 }),
      'https://x.id/p',
      none,
      { maxBytes: 1000 },
    );
    expect(streamed).toMatchObject({ status: 'failed', failure: { code: 'too-large' } });
    // Reading stopped soon after the limit, not at the end of the 100 kB body.
    expect(body.pulled()).toBeLessThan(20);
  });
});
