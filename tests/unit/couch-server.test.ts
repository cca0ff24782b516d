// @vitest-environment node
/** The CouchDB-protocol test server used by the sync tests, the end-to-end run and the benchmark. */
import { afterEach, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../support/couch-server';

let server: CouchServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

describe('startCouchServer', () => {
  it('answers CORS preflights and echoes the origin when asked to', async () => {
    server = await startCouchServer({ cors: true });
    const origin = 'chrome-extension://abcdefghijklmnop';
    const pre = await fetch(`${server.url}/team/_changes`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-credentials')).toBe('true');
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/PUT/);
    const put = await fetch(`${server.url}/team`, { method: 'PUT', headers: { Origin: origin } });
    expect(put.status).toBe(201);
    expect(put.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('sends no CORS headers by default', async () => {
    server = await startCouchServer();
    const res = await fetch(`${server.url}/`, { headers: { Origin: 'https://example.org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('goes down and comes back on the same port with its data', async () => {
    server = await startCouchServer();
    await fetch(`${server.url}/team`, { method: 'PUT' });
    await fetch(`${server.url}/team/doc1`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ a: 1 }),
    });
    await server.goDown();
    await expect(fetch(`${server.url}/team/doc1`)).rejects.toThrow();
    await server.comeBack();
    const doc = (await (await fetch(`${server.url}/team/doc1`)).json()) as { a: number };
    expect(doc.a).toBe(1);
  });
});
