import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createRepositories } from './repositories';
import {
  ALL_TABLES,
  CURRENT_VERSION,
  SapaDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
} from './schema';

describe('schema upgrade v1 → current', () => {
  it('upgrades every v1 row', async () => {
    const name = `sapa-upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('templates').bulkAdd([
      {
        id: 't1',
        name: 'Hari Buku Nasional',
        category: 'book-month',
        body: 'Selamat {{tanggal}} dari {{library}}',
        variants: { x: 'Hari Buku!' },
        variables: ['tanggal', 'tempat'],
        locale: 'id',
        updatedAt: 10,
        updatedBy: 'ana',
        fromTheFuture: 'keep me',
      },
      {
        id: 't2',
        name: 'Webinar',
        category: 'events',
        body: 'b',
        locale: 'en',
        updatedAt: 11,
        updatedBy: 'budi',
        deleted: true,
      },
    ]);
    await v1.table('hashtags').bulkAdd([
      { id: 'bulanbuku', tag: '#BulanBuku', updatedAt: 1, updatedBy: 'ana' },
      { id: 'perpusnas', tag: 'Perpusnas', updatedAt: 2, updatedBy: 'ana', deleted: false },
    ]);
    await v1
      .table('hashtagSets')
      .add({ id: 's1', name: 'Perpus', tags: ['Perpusnas'], updatedAt: 3, updatedBy: 'ana' });
    await v1
      .table('brandKit')
      .add({ id: 'brand', libraryName: 'Perpustakaan Kota', updatedAt: 4, updatedBy: 'ana' });
    await v1
      .table('checklistSettings')
      .add({ id: 'team', rules: {}, updatedAt: 5, updatedBy: 'ana' });
    await v1.table('drafts').bulkAdd([
      {
        id: 'd1',
        platform: 'x',
        composerKey: 'main',
        text: 'v3',
        status: 'draft',
        checklistTicks: { consent: true },
        createdAt: 1,
        updatedAt: 3,
        revisions: [{ text: 'v1', savedAt: 1 }, { text: 'v2', savedAt: 2 }, { junk: true }],
      },
      {
        id: 'd2',
        platform: 'instagram',
        composerKey: 'main',
        text: 'tanpa revisi',
        status: 'posted',
        checklistTicks: {},
        createdAt: 1,
        updatedAt: 1,
      },
    ]);
    await v1
      .table('postLog')
      .add({ id: 'p1', at: 9, platform: 'instagram', draftId: 'd2', text: 'tanpa revisi' });
    await v1.table('settings').add({ key: 'locale', value: 'id' });
    v1.close();

    const db = new SapaDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    expect(await db.templates.get('t1')).toEqual({
      id: 't1',
      name: 'Hari Buku Nasional',
      category: 'book-month',
      body: 'Selamat {{tanggal}} dari {{library}}',
      variants: { x: 'Hari Buku!' },
      variables: [
        { name: 'tanggal', label: { id: 'tanggal', en: 'tanggal' }, type: 'date' },
        { name: 'tempat', label: { id: 'tempat', en: 'tempat' }, type: 'text' },
      ],
      locale: 'id',
      updatedAt: 10,
      updatedBy: 'ana',
      deleted: false,
      fromTheFuture: 'keep me',
      searchWords: ['hari buku nasional', 'hari', 'buku', 'nasional'],
    });
    expect(await db.templates.get('t2')).toMatchObject({
      deleted: true,
      variables: [],
      variants: {},
      searchWords: ['webinar'],
    });
    expect(await db.hashtags.toArray()).toEqual([
      { id: 'bulanbuku', tag: 'BulanBuku', updatedAt: 1, updatedBy: 'ana', deleted: false },
      { id: 'perpusnas', tag: 'Perpusnas', updatedAt: 2, updatedBy: 'ana', deleted: false },
    ]);
    expect(await db.hashtagSets.get('s1')).toMatchObject({ deleted: false, tags: ['Perpusnas'] });
    expect(await db.brandKit.get('brand')).toMatchObject({
      deleted: false,
      libraryName: 'Perpustakaan Kota',
    });
    expect(await db.checklistSettings.get('team')).toMatchObject({ deleted: false });

    const d1 = await db.drafts.get('d1');
    expect(d1).toEqual({
      id: 'd1',
      platform: 'x',
      composerKey: 'main',
      text: 'v3',
      status: 'draft',
      checklistTicks: { consent: true },
      createdAt: 1,
      updatedAt: 3,
    });
    const revs = await db.draftRevisions.where('draftId').equals('d1').sortBy('savedAt');
    expect(revs.map((r) => [r.text, r.savedAt])).toEqual([
      ['v1', 1],
      ['v2', 2],
    ]);
    expect(await db.drafts.get('d2')).toMatchObject({ status: 'posted' });
    expect(await db.postLog.get('p1')).toMatchObject({ draftId: 'd2' });
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'id' });
    expect(await db.conflicts.count()).toBe(0);

    // The upgraded data works through the repositories and the new index.
    const repos = createRepositories(db);
    expect((await repos.templates.searchByPrefix('buku')).map((t) => t.id)).toEqual(['t1']);
    expect(await repos.templates.searchByPrefix('webinar')).toEqual([]);
    expect((await repos.drafts.revisions('d1')).map((r) => r.text)).toEqual(['v2', 'v1']);
    db.close();
    await db.delete();
  });
});

describe('schema upgrade v2 → v3', () => {
  it('adds the subscriptions table and leaves every v2 row as it was', async () => {
    const name = `sapa-upgrade-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const template = {
      id: 't1',
      name: 'Jam Buka',
      category: 'info',
      body: 'Kami buka {{hari}}',
      variants: {},
      variables: [],
      locale: 'id',
      searchWords: ['jam buka', 'jam', 'buka'],
      updatedAt: 10,
      updatedBy: 'ana',
      deleted: false,
      fromTheFuture: 'keep me',
    };
    await v2.table('templates').add(template);
    // A v2 record cannot come from a subscription; a `source` it carries (a hand-made pack)
    // must not lock it once v3 treats `source` as "read-only, owned by a subscription".
    await v2.table('hashtagSets').bulkAdd([
      {
        id: 's1',
        name: 'Perpus',
        tags: ['Perpusnas'],
        updatedAt: 3,
        updatedBy: 'ana',
        deleted: false,
      },
      {
        id: 's2',
        name: 'Dari paket',
        tags: ['BulanBuku'],
        updatedAt: 4,
        updatedBy: 'budi',
        deleted: false,
        source: { subscriptionId: 'x', title: 'Bukan langganan', url: 'https://contoh.id/' },
      },
    ]);
    await v2.table('drafts').add({
      id: 'd1',
      platform: 'x',
      composerKey: 'main',
      text: 'draf',
      status: 'draft',
      checklistTicks: {},
      createdAt: 1,
      updatedAt: 1,
    });
    await v2.table('conflicts').add({
      id: 'c1',
      table: 'templates',
      recordId: 't1',
      kept: 'local',
      loser: {},
      source: 'import',
      createdAt: 5,
      resolved: false,
    });
    v2.close();

    const db = new SapaDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...ALL_TABLES].sort());
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.templates.get('t1')).toEqual(template);
    expect(await db.hashtagSets.get('s1')).toMatchObject({ name: 'Perpus', tags: ['Perpusnas'] });
    const s2 = await db.hashtagSets.get('s2');
    expect(s2).not.toHaveProperty('source');
    expect(s2).toMatchObject({
      name: 'Dari paket',
      legacySource: { subscriptionId: 'x', title: 'Bukan langganan' },
      updatedAt: 4,
    });
    expect(await db.drafts.get('d1')).toMatchObject({ text: 'draf' });
    // Conflicts also have a `source` field ('import' | 'sync'): not touched.
    expect(await db.conflicts.get('c1')).toMatchObject({ source: 'import' });

    // The new table works (indexes included), and the old rows stay editable.
    await db.subscriptions.add({
      id: 'sub1',
      url: 'https://contoh.id/paket.json',
      title: 'Contoh',
      autoTitle: false,
      kind: null,
      etag: null,
      lastModified: null,
      lastCheckedAt: null,
      lastOkAt: null,
      lastChangedAt: null,
      lastError: null,
      itemCount: 0,
      counts: { templates: 0, hashtagSets: 0 },
      createdAt: 7,
    });
    expect(await db.subscriptions.where('url').equals('https://contoh.id/paket.json').count()).toBe(
      1,
    );
    const repos = createRepositories(db, { memberId: 'ana' });
    await expect(repos.hashtagSets.update('s2', { name: 'Bisa diubah' })).resolves.toMatchObject({
      name: 'Bisa diubah',
    });
    await expect(repos.templates.update('t1', { body: 'Baru' })).resolves.toMatchObject({
      body: 'Baru',
      fromTheFuture: 'keep me',
    });
    db.close();
    await db.delete();
  });
});

describe('schema upgrade v3 → v4', () => {
  it('keeps every shared row and indexes each shared table by updatedAt', async () => {
    const name = `sapa-upgrade-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const template = {
      id: 't1',
      name: 'Jam buka',
      category: 'info',
      body: 'Buka pukul 08.00.',
      variants: {},
      variables: [],
      locale: 'id',
      searchWords: ['jam buka', 'jam', 'buka'],
      updatedAt: 10,
      updatedBy: 'ana',
      deleted: false,
    };
    const brand = {
      id: 'brand',
      libraryName: 'Perpustakaan Kota',
      updatedAt: 20,
      updatedBy: 'ana',
    };
    const settings = { id: 'team', rules: {}, updatedAt: 30, updatedBy: 'budi', deleted: false };
    await v3.table('templates').add(template);
    await v3.table('brandKit').add(brand);
    await v3.table('checklistSettings').add(settings);
    v3.close();

    const db = new SapaDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.templates.get('t1')).toEqual(template);
    expect(await db.brandKit.get('brand')).toEqual(brand);
    expect(await db.checklistSettings.get('team')).toEqual(settings);
    for (const table of ['templates', 'hashtagSets', 'hashtags', 'brandKit', 'checklistSettings']) {
      expect(db.table(table).schema.idxByName.updatedAt, table).toBeDefined();
    }
    expect(await db.brandKit.where('updatedAt').aboveOrEqual(15).primaryKeys()).toEqual(['brand']);
    expect(await db.checklistSettings.where('updatedAt').aboveOrEqual(31).count()).toBe(0);
    db.close();
    await db.delete();
  });
});

describe('schema upgrade v4 → v5', () => {
  it('adds the calendar tables, empty and indexed, and leaves every v4 row as it was', async () => {
    const name = `sapa-upgrade-v4-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const set = {
      id: 's1',
      name: 'Perpus',
      tags: ['Perpusnas'],
      updatedAt: 3,
      updatedBy: 'ana',
      deleted: false,
    };
    const draft = {
      id: 'd1',
      platform: 'x',
      composerKey: 'main',
      text: 'Halo',
      status: 'draft',
      checklistTicks: {},
      createdAt: 1,
      updatedAt: 2,
    };
    await v4.table('hashtagSets').add(set);
    await v4.table('drafts').add(draft);
    v4.close();

    const db = new SapaDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.hashtagSets.get('s1')).toEqual(set);
    expect(await db.drafts.get('d1')).toEqual(draft);
    expect(await db.plannedPosts.count()).toBe(0);
    expect(await db.teamMembers.count()).toBe(0);
    for (const index of ['date', 'status', 'assignee', 'updatedAt'])
      expect(db.plannedPosts.schema.idxByName[index], index).toBeDefined();
    expect(db.teamMembers.schema.idxByName.updatedAt).toBeDefined();
    const repos = createRepositories(db, { memberId: 'ana' });
    await repos.teamMembers.save({ id: 'ana', displayName: 'Ana', role: 'coordinator' });
    expect((await repos.teamMembers.list()).map((m) => m.displayName)).toEqual(['Ana']);
    db.close();
    await db.delete();
  });
});

describe('schema upgrade v5 → v6', () => {
  it('gives older post log entries their poster and sync fields, indexed by updatedAt', async () => {
    const name = `sapa-upgrade-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    await v5.table('settings').add({ key: 'memberId', value: 'member-ana' });
    const entry = {
      id: 'post_1',
      at: 1_700_000_000_000,
      platform: 'x',
      text: 'Pameran buku',
      metrics: { reach: 100 },
    };
    await v5.table('postLog').add(entry);
    v5.close();

    const db = new SapaDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.postLog.get('post_1')).toEqual({
      ...entry,
      postedBy: 'member-ana',
      updatedAt: entry.at,
      updatedBy: 'member-ana',
      deleted: false,
    });
    expect(db.postLog.schema.idxByName.updatedAt).toBeDefined();
    expect(db.teamSettings.schema.idxByName.updatedAt).toBeDefined();
    expect(await db.postLog.where('updatedAt').aboveOrEqual(entry.at).primaryKeys()).toEqual([
      'post_1',
    ]);
    // Nothing is shared until the team chooses to.
    const repos = createRepositories(db, { memberId: 'member-ana' });
    expect((await repos.teamSettings.get()).sharePostLog).toBe(false);
    db.close();
    await db.delete();
  });
});
