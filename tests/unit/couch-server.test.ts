// @vitest-environment node
/** The CouchDB-protocol test server used by the sync tests, the end-to-end run and the benchmark. */
import { afterEach, describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from '@/lib/team-sync/engine/validate-doc-update';
import { memoryName, startCouchServer, type CouchServer } from '../support/couch-server';

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

  it("takes a replicated update of a document while the team's validation is installed", async () => {
    // pouchdb-validation 4.2.0 overwrote the incoming document's `_revisions` with the stored
    // one's, so an update sent by replication was answered "ok" and silently dropped
    // (pouchdb/pouchdb-server#419): a status changed by one member never reached the others.
    server = await startCouchServer();
    const team = `${server.url}/team`;
    await fetch(team, { method: 'PUT' });
    const design = await fetch(`${team}/_design/sapa`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE }),
    });
    expect(design.status).toBe(201);
    const record = {
      id: 'p1',
      updatedAt: 1,
      updatedBy: 'ani',
      deleted: false,
      title: 'Bedah buku',
      platforms: ['instagram'],
      date: '2026-12-12',
      time: '10:00',
      status: 'in-review',
      comments: [],
    };
    const member = new server.PouchDB(memoryName('member'), { adapter: 'memory' });
    const created = await member.put({
      _id: 'plannedPosts:p1',
      sapa: 1,
      table: 'plannedPosts',
      record,
    });
    await member.replicate.to(team);
    await member.put({
      _id: 'plannedPosts:p1',
      _rev: created.rev,
      sapa: 1,
      table: 'plannedPosts',
      record: { ...record, status: 'approved', updatedAt: 2, updatedBy: 'budi' },
    });
    const pushed = await member.replicate.to(team);
    expect(pushed.docs_written).toBe(1);
    const onServer = (await (await fetch(`${team}/plannedPosts:p1`)).json()) as {
      _rev: string;
      record: { status: string };
    };
    expect(onServer.record.status).toBe('approved');
    expect(onServer._rev).toMatch(/^2-/);
    // The validation still refuses what it should.
    const refused = await fetch(`${team}/plannedPosts:p2`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        sapa: 1,
        table: 'plannedPosts',
        record: { ...record, id: 'p2', status: 'done' },
      }),
    });
    expect(refused.status).toBe(403);
    await member.destroy();
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
