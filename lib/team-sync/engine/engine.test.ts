// @vitest-environment node
/**
 * The sync engine against a real CouchDB-protocol server (express-pouchdb over memory PouchDB).
 * Members are a Dexie database (fake-indexeddb) plus a memory PouchDB replica each; assertions
 * read what a librarian would see: the records in the app's tables and the conflict log.
 */
import { describe, expect, it } from 'vitest';
import { applySeeds } from '@/lib/library/seed';
import { fakeClock, freshDb } from '@/tests/support/db';
import type { SharedTableName } from '@/lib/db/types';
import type { TestPouch } from '@/tests/support/couch-server';
import { syncLog, syncTeamForEachTest, type SyncMember as Member } from '@/tests/support/sync-team';
import { contentKey } from './docs';
import { createCouchSync, docIdFor, SyncError, VALIDATE_DOC_UPDATE, type SyncReport } from '.';

const clock = fakeClock(1_750_000_000_000);
const team = syncTeamForEachTest({ now: clock.now });
const member = (name: string, url?: string): Member => team.member(name, url);

/** A client that is not Sapa: plain PouchDB replicating with the team database. */
function plainClient(url = team.url): { db: TestPouch; remote: TestPouch } {
  return { db: team.pouch('plain'), remote: team.remote(url) };
}

async function sharedRows(m: Member, table: SharedTableName) {
  const rows = (await m.db.table(table).toArray()) as Record<string, unknown>[];
  return rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

async function serverDoc(id: string, url = team.url) {
  const res = await fetch(`${url}/${encodeURIComponent(id)}?conflicts=true`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('two members editing the same hashtag set offline', () => {
  describe.each([
    ['the earlier editor syncs first', ['ana', 'budi']],
    ['the later editor syncs first', ['budi', 'ana']],
  ] as const)('%s', (_label, order) => {
    it('both end with the later edit, and the other edit in the conflict log', async () => {
      const ana = member('ana');
      const budi = member('budi');
      const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
      await ana.sync.runOnce();
      await budi.sync.runOnce();
      expect((await budi.repos.hashtagSets.get(set.id))?.tags).toEqual(['BedahBuku']);

      // Offline: Ana edits, a minute later Budi edits the same set differently.
      clock.advance(60_000);
      const anaEdit = await ana.repos.hashtagSets.update(set.id, {
        tags: ['BedahBuku', 'KelasMenulis'],
      });
      clock.advance(60_000);
      const budiEdit = await budi.repos.hashtagSets.update(set.id, { name: 'Acara bulan ini' });
      const members = { ana, budi };
      const [first, second] = [members[order[0]], members[order[1]]];

      await first.sync.runOnce();
      const report = await second.sync.runOnce();
      await first.sync.runOnce();

      // The rule: the newer updatedAt wins (here Budi's), whoever synced first.
      const newer = budiEdit.updatedAt > anaEdit.updatedAt ? budiEdit : anaEdit;
      const older = newer === budiEdit ? anaEdit : budiEdit;
      for (const m of [ana, budi]) {
        const stored = await m.db.hashtagSets.get(set.id);
        expect(stored).toEqual(newer);
        const log = await syncLog(m);
        expect(log).toHaveLength(1);
        expect(log[0]).toMatchObject({ table: 'hashtagSets', recordId: set.id, resolved: false });
        expect(contentKey('hashtagSets', log[0]!.loser)).toBe(contentKey('hashtagSets', older));
        // "kept" is from the member's own point of view.
        expect(log[0]!.kept).toBe(m === (newer === budiEdit ? budi : ana) ? 'local' : 'incoming');
      }
      expect(report.conflicts).toBe(1);

      // The server holds one live version; another round changes nothing for anyone.
      const doc = await serverDoc(docIdFor('hashtagSets', set.id));
      expect(doc.body._conflicts).toBeUndefined();
      expect(doc.body.record).toMatchObject({ name: newer.name, tags: newer.tags });
      await ana.sync.runOnce();
      await budi.sync.runOnce();
      for (const m of [ana, budi]) {
        expect(await m.db.hashtagSets.get(set.id)).toEqual(newer);
        expect(await syncLog(m)).toHaveLength(1);
        expect(await m.sync.pendingCount()).toBe(0);
      }
    });
  });

  it('converges when both members resolve the same server conflict at once', async () => {
    const ana = member('ana');
    const budi = member('budi');
    const set = await ana.repos.hashtagSets.create({ name: 'Literasi', tags: ['GemarMembaca'] });
    await ana.sync.runOnce();
    await budi.sync.runOnce();

    // Someone else's tool leaves two live versions on the server. PouchDB's own pick (the greater
    // revision id) is the older edit; Sapa's rule must pick the newer one everywhere.
    const { db: plain, remote } = plainClient();
    await plain.replicate.from(remote);
    const base = await plain.get(docIdFor('hashtagSets', set.id));
    const version = (name: string, at: number, by: string, hash: string) => ({
      ...base,
      _rev: `${Number(base._rev.split('-')[0]) + 1}-${hash}`,
      _revisions: {
        start: Number(base._rev.split('-')[0]) + 1,
        ids: [hash, base._rev.split('-')[1]],
      },
      record: { ...(base.record as object), name, updatedAt: at, updatedBy: by },
    });
    await remote.bulkDocs(
      [
        version('Literasi baru', clock.now() + 9, 'citra', 'a'.repeat(32)),
        version('Literasi lama', clock.now() + 5, 'dewi', 'f'.repeat(32)),
      ],
      { new_edits: false },
    );

    const round = await Promise.all([ana.sync.runOnce(), budi.sync.runOnce()]);
    expect(round.map((r) => r.conflicts)).toEqual([1, 1]);
    await Promise.all([ana.sync.runOnce(), budi.sync.runOnce()]);

    const doc = await serverDoc(docIdFor('hashtagSets', set.id));
    expect(doc.body._conflicts).toBeUndefined();
    expect(doc.body.record).toMatchObject({ name: 'Literasi baru' });
    for (const m of [ana, budi]) {
      expect((await m.db.hashtagSets.get(set.id))?.name).toBe('Literasi baru');
      const log = await syncLog(m);
      expect(log.map((c) => (c.loser as { name: string }).name)).toEqual(['Literasi lama']);
    }
  });
});

describe('an edit made while a sync is running', () => {
  it.each([
    ['is newer than the team version: it is kept and sent', 'local'],
    ['is older than the team version: the team version is kept, the edit is logged', 'incoming'],
  ] as const)('%s', async (_label, expectedKept) => {
    const ana = member('ana');
    const budi = member('budi');
    const set = await ana.repos.hashtagSets.create({ name: 'Pameran', tags: ['Pameran'] });
    await ana.sync.runOnce();
    await budi.sync.runOnce();
    clock.advance(60_000);
    const budiEdit = await budi.repos.hashtagSets.update(set.id, { name: 'Pameran buku' });
    await budi.sync.runOnce();

    // Ana edits the set while her sync is fetching Budi's version.
    let anaEdit: Awaited<ReturnType<typeof ana.repos.hashtagSets.update>> | undefined;
    const stop = team.server.onRequest(async (req) => {
      if (anaEdit || req.method !== 'POST' || !req.url?.includes('/_bulk_get')) return;
      clock.advance(expectedKept === 'local' ? 60_000 : -120_000);
      anaEdit = await ana.repos.hashtagSets.update(set.id, { name: 'Pameran (Ana)' });
    });
    await ana.sync.runOnce();
    stop();
    clock.set(Math.max(clock.now(), budiEdit.updatedAt) + 60_000);
    expect(anaEdit).toBeDefined();

    const kept = expectedKept === 'local' ? anaEdit! : budiEdit;
    const lost = expectedKept === 'local' ? budiEdit : anaEdit!;
    expect(await ana.db.hashtagSets.get(set.id)).toEqual(kept);
    const log = await syncLog(ana);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kept: expectedKept, loser: lost });
    expect(await ana.sync.pendingCount()).toBe(0);

    await budi.sync.runOnce();
    expect(await budi.db.hashtagSets.get(set.id)).toEqual(kept);
  });
});

describe('deletions', () => {
  it('a deletion on one member reaches the other as a tombstone', async () => {
    const ana = member('ana');
    const budi = member('budi');
    const tpl = await ana.repos.templates.create({
      name: 'Jam layanan Lebaran',
      category: 'info',
      body: 'Perpustakaan tutup {{tanggal}}.',
      locale: 'id',
    });
    await ana.sync.runOnce();
    await budi.sync.runOnce();
    expect((await budi.repos.templates.list()).map((t) => t.name)).toEqual(['Jam layanan Lebaran']);

    clock.advance(1000);
    await ana.repos.templates.remove(tpl.id);
    await ana.sync.runOnce();
    await budi.sync.runOnce();

    expect(await budi.repos.templates.get(tpl.id)).toBeUndefined();
    expect(await budi.repos.templates.list()).toEqual([]);
    expect(await budi.db.templates.get(tpl.id)).toEqual(await ana.db.templates.get(tpl.id));
    expect((await budi.db.templates.get(tpl.id))?.deleted).toBe(true);
    expect(await syncLog(budi)).toEqual([]);
  });

  it('a document deleted on the server itself becomes a tombstone', async () => {
    const ana = member('ana');
    const set = await ana.repos.hashtagSets.create({ name: 'Lama', tags: ['Arsip'] });
    await ana.sync.runOnce();
    const { status, body } = await serverDoc(docIdFor('hashtagSets', set.id));
    expect(status).toBe(200);
    const res = await fetch(
      `${team.url}/${encodeURIComponent(docIdFor('hashtagSets', set.id))}?rev=${String(body._rev)}`,
      { method: 'DELETE' },
    );
    expect(res.ok).toBe(true);

    await ana.sync.runOnce();
    expect(await ana.repos.hashtagSets.get(set.id)).toBeUndefined();
    expect(await ana.db.hashtagSets.get(set.id)).toMatchObject({ name: 'Lama', deleted: true });
    expect(await ana.sync.pendingCount()).toBe(0);
  });
});

describe('a plain CouchDB client', () => {
  it('sees member changes as documents, and its own documents reach members', async () => {
    const ana = member('ana');
    const tpl = await ana.repos.templates.create({
      name: 'Pojok baca',
      category: 'acara',
      body: 'Ayo ke pojok baca!',
      locale: 'id',
    });
    await ana.sync.runOnce();

    const { db: plain, remote } = plainClient();
    await plain.replicate.from(remote);
    const doc = await plain.get(docIdFor('templates', tpl.id));
    expect(doc).toMatchObject({ sapa: 1, table: 'templates', record: { name: 'Pojok baca' } });
    expect(doc.record).not.toHaveProperty('searchWords');

    await plain.put({
      _id: docIdFor('hashtagSets', 'set_from_plain'),
      sapa: 1,
      table: 'hashtagSets',
      record: {
        id: 'set_from_plain',
        name: 'Dari skrip',
        tags: ['Perpustakaan', 'Literasi'],
        updatedAt: clock.now() + 1000,
        updatedBy: 'script',
        deleted: false,
        addedByScript: { version: 2 },
      },
    });
    await plain.put({
      ...doc,
      record: {
        ...(doc.record as object),
        body: 'Ayo ke pojok baca hari ini!',
        updatedAt: clock.now() + 1000,
      },
    });
    await plain.replicate.to(remote);

    const report = await ana.sync.runOnce();
    expect(report.skipped).toEqual([]);
    expect(await ana.db.hashtagSets.get('set_from_plain')).toMatchObject({
      name: 'Dari skrip',
      tags: ['Perpustakaan', 'Literasi'],
      addedByScript: { version: 2 }, // unknown fields are kept
    });
    expect(await ana.repos.templates.get(tpl.id)).toMatchObject({
      body: 'Ayo ke pojok baca hari ini!',
      searchWords: expect.arrayContaining(['pojok', 'baca']),
    });
    expect((await ana.repos.templates.searchByPrefix('pojok')).map((t) => t.id)).toEqual([tpl.id]);
    expect(await syncLog(ana)).toEqual([]);
  });
});

describe('the server going away', () => {
  it('fails as unreachable mid-sync, keeps everything and sends it all on the retry', async () => {
    const ana = member('ana');
    for (let i = 0; i < 600; i++) {
      await ana.repos.templates.create({
        name: `Templat ${i}`,
        category: 'acara',
        body: `Isi templat nomor ${i}.`,
        locale: 'id',
      });
    }
    expect(await ana.sync.pendingCount()).toBe(600);

    // The server vanishes while the first batch of the push is being written.
    let cut = false;
    const stopWatching = team.server.onRequest((req) => {
      if (!cut && req.method === 'POST' && req.url?.includes('/_bulk_docs')) {
        cut = true;
        void team.server.goDown();
      }
    });
    const failure = await ana.sync.runOnce().then(
      () => undefined,
      (e: unknown) => e,
    );
    stopWatching();
    expect(cut).toBe(true);
    expect(failure).toBeInstanceOf(SyncError);
    expect(failure).toMatchObject({ code: 'unreachable' });
    expect((failure as SyncError).userMessage.en).toMatch(/can't be reached/);
    expect(await ana.sync.pendingCount()).toBe(600);

    // Still down: same answer, nothing lost.
    await expect(ana.sync.runOnce()).rejects.toMatchObject({ code: 'unreachable' });

    await team.server.comeBack();
    const report = await ana.sync.runOnce();
    expect(report.pushed).toBeGreaterThan(0);
    expect(await ana.sync.pendingCount()).toBe(0);

    const budi = member('budi');
    await budi.sync.runOnce();
    expect(await sharedRows(budi, 'templates')).toEqual(await sharedRows(ana, 'templates'));
    expect(await sharedRows(budi, 'templates')).toHaveLength(600);
  });

  it('names a missing database, refused credentials and a server that is not there', async () => {
    const ghost = member('ghost', `${team.server.url}/no-such-team`);
    await expect(ghost.sync.runOnce()).rejects.toMatchObject({ code: 'no-database' });
    const db = freshDb('member-stranger');
    team.track(db);
    const local = team.pouch('replica-stranger');
    const remote = team.remote(team.url, { auth: { username: 'stranger', password: 'salah' } });
    const stranger = createCouchSync({ db, local, remote, memberId: 'stranger', now: clock.now });
    await db.hashtagSets.put({
      id: 'set_x',
      name: 'Tetap aman',
      tags: [],
      updatedAt: 1,
      updatedBy: 'stranger',
      deleted: false,
    });
    await expect(stranger.runOnce()).rejects.toMatchObject({
      code: 'unauthorized',
      userMessage: { en: expect.stringContaining('user name or password') },
    });
    expect(await stranger.pendingCount()).toBe(1);
    await team.server.goDown();
    const ana = member('ana');
    await expect(ana.sync.runOnce()).rejects.toMatchObject({ code: 'unreachable' });
  });
});

describe('malformed documents from the server', () => {
  it('are skipped and reported; the other documents of the same sync are applied', async () => {
    const ana = member('ana');
    const good = {
      _id: docIdFor('hashtagSets', 'set_good'),
      sapa: 1,
      table: 'hashtagSets',
      record: {
        id: 'set_good',
        name: 'Baik',
        tags: ['Baca'],
        updatedAt: clock.now(),
        updatedBy: 'x',
        deleted: false,
      },
    };
    const bad = {
      _id: docIdFor('hashtagSets', 'set_bad'),
      sapa: 1,
      table: 'hashtagSets',
      record: { ...good.record, id: 'set_bad', tags: 'Baca, Tulis' },
    };
    const wrongId = { ...good, _id: docIdFor('hashtagSets', 'set_other') };
    const notSapa = { _id: 'catatan-rapat', text: 'bukan data Sapa' };
    const design = { _id: '_design/views', views: {} };
    const res = await fetch(`${team.url}/_bulk_docs`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ docs: [good, bad, wrongId, notSapa, design] }),
    });
    expect(res.status).toBe(201);

    const report = await ana.sync.runOnce();
    expect(report.skipped.map((s) => s.docId).sort()).toEqual(
      ['catatan-rapat', 'hashtagSets:set_bad', 'hashtagSets:set_other'].sort(),
    );
    for (const s of report.skipped) {
      expect(s.reason.id).toBeTruthy();
      expect(s.reason.en).toBeTruthy();
    }
    expect(report.skipped.find((s) => s.docId === 'hashtagSets:set_bad')?.reason.en).toMatch(
      /tags/,
    );
    expect((await ana.repos.hashtagSets.list()).map((s) => s.id)).toEqual(['set_good']);

    // Reported once; the next sync has nothing to say about them.
    expect((await ana.sync.runOnce()).skipped).toEqual([]);
  });

  it('a malformed version in conflict with a valid one is reported and left alone', async () => {
    const ana = member('ana');
    const set = await ana.repos.hashtagSets.create({ name: 'Asli', tags: ['Baca'] });
    await ana.sync.runOnce();
    const { db: plain, remote } = plainClient();
    await plain.replicate.from(remote);
    const base = await plain.get(docIdFor('hashtagSets', set.id));
    const [start, hash] = base._rev.split('-') as [string, string];
    const child = (record: object, id: string) => ({
      ...base,
      _rev: `${Number(start) + 1}-${id.repeat(32)}`,
      _revisions: { start: Number(start) + 1, ids: [id.repeat(32), hash] },
      record,
    });
    const valid = { ...(base.record as object), name: 'Diperbarui', updatedAt: clock.now() + 5 };
    const broken = { ...(base.record as object), tags: 42, updatedAt: clock.now() + 9 };
    await remote.bulkDocs([child(valid, 'a'), child(broken, 'f')], { new_edits: false });

    const report = await ana.sync.runOnce();
    expect(report.skipped.map((s) => s.docId)).toEqual([docIdFor('hashtagSets', set.id)]);
    expect((await ana.repos.hashtagSets.get(set.id))?.name).toBe('Diperbarui');
    const doc = await serverDoc(docIdFor('hashtagSets', set.id));
    const revs = [doc.body._rev, ...((doc.body._conflicts as string[] | undefined) ?? [])];
    expect(revs).toContain(`${Number(start) + 1}-${'f'.repeat(32)}`); // not deleted
  });
});

describe('recovering', () => {
  it('a lost ledger is rebuilt from the replica, nothing duplicated or lost', async () => {
    const ana = member('ana');
    await applySeeds(ana.db, clock.now());
    const set = await ana.repos.hashtagSets.create({ name: 'Sebelum', tags: ['Baca'] });
    await ana.sync.runOnce();
    const before = await sharedRows(ana, 'hashtagSets');

    // The ledger is kept in shards (`_local/sapa-ledger-0` … `-31`): all of them are lost.
    for (let shard = 0; shard < 32; shard++) {
      const ledger = await ana.local.get(`_local/sapa-ledger-${shard}`).catch(() => undefined);
      if (ledger) await ana.local.remove(ledger);
    }
    // A running engine keeps its ledger in memory; the loss shows to the next one (the
    // background starting again).
    const remote = team.remote();
    ana.sync = createCouchSync({
      db: ana.db,
      local: ana.local,
      remote,
      memberId: 'ana',
      now: clock.now,
    });
    clock.advance(1000);
    await ana.repos.hashtagSets.update(set.id, { name: 'Sesudah' });
    expect(await ana.sync.pendingCount()).toBeGreaterThan(1); // everything looks unsent now

    // Unchanged records are recognised; the edit can no longer be told apart from a
    // concurrent one, so it meets the replica's version through the rule and wins (newer),
    // with the previous version logged.
    const report = await ana.sync.runOnce();
    expect(report.conflicts).toBe(1);
    expect(await syncLog(ana)).toMatchObject([
      { recordId: set.id, kept: 'local', loser: { name: 'Sebelum' } },
    ]);
    expect(await ana.sync.pendingCount()).toBe(0);
    expect((await sharedRows(ana, 'hashtagSets')).length).toBe(before.length);

    const budi = member('budi');
    await budi.sync.runOnce();
    expect((await budi.repos.hashtagSets.get(set.id))?.name).toBe('Sesudah');
    expect(await sharedRows(budi, 'hashtagSets')).toEqual(await sharedRows(ana, 'hashtagSets'));
  });
});

describe('validate_doc_update on the server', () => {
  it('rejects a malformed document with 403, accepts a good one and deletions', async () => {
    const put = (id: string, body: unknown, rev?: string) =>
      fetch(`${team.url}/${encodeURIComponent(id)}${rev ? `?rev=${rev}` : ''}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const install = await put('_design/sapa', { validate_doc_update: VALIDATE_DOC_UPDATE });
    expect(install.status).toBe(201);

    const record = {
      id: 'set_1',
      name: 'Baik',
      tags: ['Baca'],
      updatedAt: 1,
      updatedBy: 'ana',
      deleted: false,
    };
    const cases: [string, Record<string, unknown>][] = [
      ['no record', { sapa: 1, table: 'hashtagSets' }],
      ['wrong id', { sapa: 1, table: 'hashtagSets', record: { ...record, id: 'set_2' } }],
      ['unknown table', { sapa: 1, table: 'drafts', record }],
      [
        'updatedAt as text',
        { sapa: 1, table: 'hashtagSets', record: { ...record, updatedAt: 'kemarin' } },
      ],
      [
        'deleted missing',
        { sapa: 1, table: 'hashtagSets', record: { ...record, deleted: undefined } },
      ],
      ['tags not a list', { sapa: 1, table: 'hashtagSets', record: { ...record, tags: 'Baca' } }],
      [
        'subscribed item',
        { sapa: 1, table: 'hashtagSets', record: { ...record, source: { url: 'x' } } },
      ],
    ];
    for (const [label, body] of cases) {
      const res = await put(docIdFor('hashtagSets', 'set_1'), body);
      expect({ label, status: res.status }).toEqual({ label, status: 403 });
      expect(((await res.json()) as { error: string }).error).toBe('forbidden');
    }

    const ok = await put(docIdFor('hashtagSets', 'set_1'), {
      sapa: 1,
      table: 'hashtagSets',
      record,
    });
    expect(ok.status).toBe(201);
    const { rev } = (await ok.json()) as { rev: string };
    const del = await fetch(`${team.url}/${encodeURIComponent('hashtagSets:set_1')}?rev=${rev}`, {
      method: 'DELETE',
    });
    expect(del.status).toBe(200);

    // Every document the app sends passes: seeds, edits, tombstones.
    const ana = member('ana');
    await applySeeds(ana.db, clock.now());
    const tpl = await ana.repos.templates.create({
      name: 'Uji',
      category: '',
      body: 'Isi',
      locale: 'en',
    });
    await ana.repos.templates.remove(tpl.id);
    const report = await ana.sync.runOnce();
    expect(report.skipped).toEqual([]);
    expect(await ana.sync.pendingCount()).toBe(0);
    const all = (await (await fetch(`${team.url}/_all_docs`)).json()) as { total_rows: number };
    expect(all.total_rows).toBe(report.pushed + 1); // + the design document
  });
});

describe('a server with its own stricter rules', () => {
  it('reports the documents it refuses and sends the others', async () => {
    const strict = `function (newDoc) {
      if (newDoc.record && /rahasia/i.test(newDoc.record.name || '')) throw({ forbidden: 'no secrets' });
    }`;
    const res = await fetch(`${team.url}/_design/house-rules`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ validate_doc_update: strict }),
    });
    expect(res.status).toBe(201);
    const ana = member('ana');
    const secret = await ana.repos.hashtagSets.create({ name: 'Rahasia', tags: ['Rapat'] });
    const open = await ana.repos.hashtagSets.create({ name: 'Terbuka', tags: ['Umum'] });
    const report = await ana.sync.runOnce();
    expect(report.skipped).toEqual([
      {
        docId: docIdFor('hashtagSets', secret.id),
        reason: { id: expect.stringMatching(/menolak/), en: expect.stringMatching(/refused/) },
      },
    ]);
    expect((await serverDoc(docIdFor('hashtagSets', open.id))).status).toBe(200);
    expect((await serverDoc(docIdFor('hashtagSets', secret.id))).status).toBe(404);
    expect(await ana.repos.hashtagSets.get(secret.id)).toMatchObject({ name: 'Rahasia' }); // kept locally
    expect(await ana.sync.pendingCount()).toBe(1);
    expect((await ana.sync.runOnce()).skipped.map((s) => s.docId)).toEqual([
      docIdFor('hashtagSets', secret.id),
    ]);

    // The administrator relaxes the rules: the next sync sends it.
    const ddoc = (await serverDoc('_design/house-rules')).body;
    await fetch(`${team.url}/_design/house-rules?rev=${String(ddoc._rev)}`, { method: 'DELETE' });
    expect((await ana.sync.runOnce()).skipped).toEqual([]);
    expect((await serverDoc(docIdFor('hashtagSets', secret.id))).body.record).toMatchObject({
      name: 'Rahasia',
    });
    expect(await ana.sync.pendingCount()).toBe(0);
  });
});

describe('first sync', () => {
  it('records already on the server with the same content log no conflicts', async () => {
    const ana = member('ana');
    await applySeeds(ana.db, clock.now());
    await ana.sync.runOnce();

    clock.advance(86_400_000);
    const budi = member('budi');
    await applySeeds(budi.db, clock.now());
    const seededSets = await sharedRows(budi, 'hashtagSets');
    const report: SyncReport = await budi.sync.runOnce();
    await ana.sync.runOnce();

    expect(report.conflicts).toBe(0);
    expect(await syncLog(budi)).toEqual([]);
    expect(await syncLog(ana)).toEqual([]);
    for (const table of [
      'templates',
      'hashtagSets',
      'hashtags',
      'brandKit',
      'checklistSettings',
    ] as const) {
      const a = await sharedRows(ana, table);
      const b = await sharedRows(budi, table);
      expect(b.map((r) => contentKey(table, r))).toEqual(a.map((r) => contentKey(table, r)));
      expect(b).toEqual(a);
    }
    expect(
      (await sharedRows(budi, 'hashtagSets')).map((r) => contentKey('hashtagSets', r)),
    ).toEqual(seededSets.map((r) => contentKey('hashtagSets', r)));
    expect(await budi.sync.pendingCount()).toBe(0);
    expect(await ana.sync.pendingCount()).toBe(0);
  });

  it('counts local edits as pending until they are on the server', async () => {
    const ana = member('ana');
    expect(await ana.sync.pendingCount()).toBe(0);
    await ana.repos.hashtagSets.create({ name: 'Baru', tags: ['Baru'] });
    expect(await ana.sync.pendingCount()).toBe(2); // the set and its new hashtag
    const report = await ana.sync.runOnce();
    expect(report).toMatchObject({ pushed: 2, conflicts: 0, skipped: [] });
    expect(report.finishedAt).toBeGreaterThanOrEqual(report.startedAt);
    expect(await ana.sync.pendingCount()).toBe(0);
  });
});
