// @vitest-environment node
/** `npm run sync:setup` against the CouchDB-protocol test server. */
import { afterEach, describe, expect, it } from 'vitest';
import { main, parseArgs, parseTarget, SetupError, DESIGN_ID } from '../../scripts/sync-setup';
import { VALIDATE_DOC_UPDATE } from '@/lib/team-sync/engine';
import { startCouchServer, type CouchServer } from '../support/couch-server';

const ADMIN = { name: 'admin', password: 'rahasia perpus' };
let server: CouchServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function basic(name: string, password: string) {
  return { Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

describe('sync:setup', () => {
  it('creates the database, its members and the validation, and is safe to run again', async () => {
    server = await startCouchServer({ admin: ADMIN });
    const url = `http://admin:${encodeURIComponent(ADMIN.password)}@127.0.0.1:${server.port}/perpus-team`;
    const lines: string[] = [];
    const first = await main([url, '--member', 'ana', '--member', 'budi', '--role', 'sapa'], {
      env: {},
      log: (l) => lines.push(l),
    });
    expect(first).toEqual({
      database: 'created',
      security: 'updated',
      design: 'installed',
      members: { names: ['ana', 'budi'], roles: ['sapa'] },
    });
    expect(lines.join('\n')).toMatch(/Created database perpus-team/);

    const auth = basic(ADMIN.name, ADMIN.password);
    const sec = await (
      await fetch(`${server.url}/perpus-team/_security`, { headers: auth })
    ).json();
    expect(sec).toMatchObject({ members: { names: ['ana', 'budi'], roles: ['sapa'] } });
    const ddoc = await (
      await fetch(`${server.url}/perpus-team/${DESIGN_ID}`, { headers: auth })
    ).json();
    expect(ddoc).toMatchObject({
      language: 'javascript',
      validate_doc_update: VALIDATE_DOC_UPDATE,
    });

    // The validation is live: a malformed document is refused, a good one accepted.
    const put = (id: string, body: unknown) =>
      fetch(`${server!.url}/perpus-team/${encodeURIComponent(id)}`, {
        method: 'PUT',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(
      (await put('hashtags:baca', { sapa: 1, table: 'hashtags', record: { id: 'baca' } })).status,
    ).toBe(403);
    const good = {
      sapa: 1,
      table: 'hashtags',
      record: { id: 'baca', tag: 'Baca', updatedAt: 1, updatedBy: 'ana', deleted: false },
    };
    expect((await put('hashtags:baca', good)).status).toBe(201);

    // Again, with credentials from the environment and one more member: only that changes.
    const again: string[] = [];
    const second = await main(
      [`http://127.0.0.1:${server.port}/perpus-team`, '--member', 'citra'],
      {
        env: { COUCHDB_USER: ADMIN.name, COUCHDB_PASSWORD: ADMIN.password },
        log: (l) => again.push(l),
      },
    );
    expect(second).toEqual({
      database: 'existed',
      security: 'updated',
      design: 'unchanged',
      members: { names: ['ana', 'budi', 'citra'], roles: ['sapa'] },
    });
    const third = await main([url], { env: {}, log: () => undefined });
    expect(third).toMatchObject({
      database: 'existed',
      security: 'unchanged',
      design: 'unchanged',
    });

    // An older validation function is replaced.
    const old = await (
      await fetch(`${server.url}/perpus-team/${DESIGN_ID}`, { headers: auth })
    ).json();
    await put(DESIGN_ID, { ...old, validate_doc_update: 'function (d) {}' });
    expect(await main([url], { env: {}, log: () => undefined })).toMatchObject({
      design: 'updated',
    });
  });

  it('says clearly when the password is wrong or the server is not there', async () => {
    server = await startCouchServer({ admin: ADMIN });
    const wrong = main([`http://admin:salah@127.0.0.1:${server.port}/perpus-team`], {
      env: {},
      log: () => undefined,
    });
    await expect(wrong).rejects.toThrow(SetupError);
    await expect(wrong).rejects.toThrow(/refused the user name or password \(401/);
    const port = server.port;
    await server.stop();
    server = undefined;
    await expect(
      main([`http://admin:x@127.0.0.1:${port}/perpus-team`], { env: {}, log: () => undefined }),
    ).rejects.toThrow(/Cannot reach http:\/\/127\.0\.0\.1:\d+ \(\w+\)\. Check the address/);
  });

  it('checks its arguments', () => {
    expect(parseArgs(['https://h/db', '--member', 'a', '--role', 'r', '--member', 'b'])).toEqual({
      url: 'https://h/db',
      members: ['a', 'b'],
      roles: ['r'],
    });
    expect(() => parseArgs([])).toThrow(/Usage/);
    expect(() => parseArgs(['https://h/db', '--member'])).toThrow(/--member needs a value/);
    expect(() => parseArgs(['https://h/db', '--admin', 'x'])).toThrow(/Unknown option --admin/);
    expect(() => parseTarget('https://h:5984/')).toThrow(/end with the database name/);
    expect(() => parseTarget('https://h:5984/Team')).toThrow(/not a valid CouchDB database name/);
    expect(() => parseTarget('ftp://h/db')).toThrow(/https/);
    expect(parseTarget('https://u:p%40ss@h:5984/couch/team')).toEqual({
      server: 'https://h:5984/couch',
      database: 'https://h:5984/couch/team',
      name: 'team',
      authorization: `Basic ${Buffer.from('u:p@ss').toString('base64')}`,
    });
    expect(
      parseTarget('https://h/team', { COUCHDB_USER: 'x', COUCHDB_PASSWORD: 'y' }).authorization,
    ).toBe(`Basic ${Buffer.from('x:y').toString('base64')}`);
  });
});
