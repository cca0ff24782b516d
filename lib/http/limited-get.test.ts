import { describe, expect, it, vi } from 'vitest';
import { limitedGet, readBytesLimited, utf8, type FetchLike } from './limited-get';

function oneByteAtATime(bytes: Uint8Array) {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const b of bytes) controller.enqueue(new Uint8Array([b]));
      controller.close();
    },
  });
}

describe('readBytesLimited', () => {
  it('joins chunks into text that decodes across chunk boundaries', async () => {
    const bytes = new TextEncoder().encode('Perpustakaan “Ceria” 📚');
    const read = await readBytesLimited(new Response(oneByteAtATime(bytes)), 1000);
    expect(read.ok && utf8(read.bytes)).toBe('Perpustakaan “Ceria” 📚');
  });

  it('stops at the limit and says how far it got', async () => {
    const bytes = new Uint8Array(50).fill(0x61);
    expect(await readBytesLimited(new Response(oneByteAtATime(bytes)), 10)).toEqual({
      ok: false,
      bytes: 11,
    });
  });
});

describe('limitedGet', () => {
  it('leaves a body the caller does not want unread, and cancels it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(100));
      },
    });
    const fetchImpl = vi.fn<FetchLike>(async () => new Response(body, { status: 500 }));
    const got = await limitedGet(fetchImpl, 'https://x.id/p', {
      timeoutMs: 1000,
      maxBytes: 1000,
      shouldRead: (response) => response.ok,
    });
    expect(got.kind).toBe('not-read');
    expect(got.kind === 'not-read' && got.response.status).toBe(500);
    expect(pulled).toBeLessThan(3);
  });

  it('sends no cookies and asks the cache nothing', async () => {
    const fetchImpl = vi.fn<FetchLike>(async () => new Response('ok'));
    await limitedGet(fetchImpl, 'https://x.id/p', {
      timeoutMs: 1000,
      maxBytes: 1000,
      headers: { Accept: 'text/csv' },
    });
    expect(fetchImpl.mock.calls[0]?.[1]).toMatchObject({
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      headers: { Accept: 'text/csv' },
    });
  });

  it('tells a silent server (timed out) from a refused connection', async () => {
    const silent: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    expect(await limitedGet(silent, 'https://x.id/p', { timeoutMs: 20, maxBytes: 10 })).toEqual({
      kind: 'unreachable',
      timedOut: true,
    });
    const refused: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await limitedGet(refused, 'https://x.id/p', { timeoutMs: 1000, maxBytes: 10 })).toEqual({
      kind: 'unreachable',
      timedOut: false,
    });
  });
});
