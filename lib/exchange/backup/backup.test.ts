import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { dumpAll, SCHEMA_V1, SCHEMA_V5, type SapaDb } from '@/lib/db/schema';
import { applySeeds } from '@/lib/library/seed';
import { freshDb, withoutRestoreMark } from '@/tests/support/db';
import { checkBackup, exportBackup, restoreBackup } from '.';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb();
  await applySeeds(db, 1_000);
  const repos = createRepositories(db, { now: () => 2_000 });
  await repos.drafts.saveDraftText('instagram', 'main', 'Draf penting');
  await repos.brandKit.save({ libraryName: 'Perpustakaan Desa' });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

import { blobText as asText } from '.';

describe('backup and restore', () => {
  it('round-trips every table into another database', async () => {
    const text = await asText(await exportBackup(db));
    const other = freshDb();
    await createRepositories(other).templates.create({
      name: 'Akan hilang',
      category: '',
      body: 'x',
      locale: 'en',
    });
    const result = await restoreBackup(other, text, db.name);
    expect(result.ok).toBe(true);
    expect(withoutRestoreMark(await dumpAll(other))).toEqual(await dumpAll(db));
    other.close();
    await other.delete();
  });

  it('leaves a new restore mark each time, even when the backup holds an older one', async () => {
    const mark = async (d: SapaDb) => (await createRepositories(d).settings.get('lastRestore'))?.id;
    expect(await mark(db)).toBeUndefined();
    const first = await asText(await exportBackup(db));
    expect((await restoreBackup(db, first, db.name)).ok).toBe(true);
    const afterFirst = await mark(db);
    expect(afterFirst).toEqual(expect.any(String));
    // A backup made after a restore carries that restore's mark; restoring it is a new restore.
    const second = await asText(await exportBackup(db));
    expect((await restoreBackup(db, second, db.name)).ok).toBe(true);
    expect(await mark(db)).toEqual(expect.any(String));
    expect(await mark(db)).not.toBe(afterFirst);
  });

  it('refuses files that are not Sapa backups, changing nothing', async () => {
    const before = await dumpAll(db);
    const foreign = new Dexie(`other-${Math.random()}`);
    foreign.version(1).stores({ things: 'id' });
    await foreign.table('things').add({ id: 1 });
    const foreignText = await asText(await exportDB(foreign));
    foreign.close();
    const good = JSON.parse(await asText(await exportBackup(db)));
    const badRow = structuredClone(good);
    badRow.data.data.find((t: { tableName: string }) => t.tableName === 'drafts').rows[0].platform =
      'myspace';
    const newer = structuredClone(good);
    newer.data.databaseVersion = 99;
    for (const input of [
      'nope',
      '{"format":"sapa-pack"}',
      foreignText,
      JSON.stringify(badRow),
      JSON.stringify(newer),
    ]) {
      const r = await restoreBackup(db, input, db.name);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.message.en).toMatch(/backup|Sapa|invalid/);
    }
    expect(await dumpAll(db)).toEqual(before);
  });

  it("keeps a post's address and account, and refuses an address the log page must not open", async () => {
    const repos = createRepositories(db, { now: () => 3_000 });
    await repos.postLog.add({
      platform: 'x',
      text: 'Pameran buku',
      url: 'https://x.com/perpuskota_sapa/status/1',
      account: '@perpuskota_sapa',
    });
    const good = JSON.parse(await asText(await exportBackup(db)));
    const other = freshDb();
    expect((await restoreBackup(other, JSON.stringify(good), db.name)).ok).toBe(true);
    expect(await other.postLog.toArray()).toMatchObject([
      { url: 'https://x.com/perpuskota_sapa/status/1', account: '@perpuskota_sapa' },
    ]);
    other.close();
    await other.delete();
    const before = await dumpAll(db);
    for (const url of ['javascript:alert(1)', 'https://evil.example/a/status/1']) {
      const bad = structuredClone(good);
      bad.data.data.find((t: { tableName: string }) => t.tableName === 'postLog').rows[0].url = url;
      expect((await restoreBackup(db, JSON.stringify(bad), db.name)).ok).toBe(false);
    }
    expect(await dumpAll(db)).toEqual(before);
  });

  it('restore is all or nothing', async () => {
    const text = await asText(await exportBackup(db));
    const other = freshDb();
    await createRepositories(other).templates.create({
      id: 'keep',
      name: 'Tetap',
      category: '',
      body: 'x',
      locale: 'en',
    });
    const before = await dumpAll(other);
    vi.spyOn(other.settings, 'bulkAdd').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(restoreBackup(other, text, db.name)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpAll(other)).toEqual(before);
    other.close();
    await other.delete();
  });

  it('migrates a version 1 backup', async () => {
    const name = `sapa-v1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('templates').add({
      id: 't',
      name: 'Lama',
      category: '',
      body: '{{a}}',
      locale: 'id',
      updatedAt: 1,
      updatedBy: 'x',
      variables: ['a'],
    });
    await v1.table('drafts').add({
      id: 'd',
      platform: 'x',
      composerKey: 'm',
      text: 'b',
      status: 'draft',
      checklistTicks: {},
      createdAt: 1,
      updatedAt: 2,
      revisions: [{ text: 'a', savedAt: 1 }],
    });
    const text = await asText(await exportDB(v1));
    v1.close();
    const check = await checkBackup(text, name);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.tables.templates[0]).toMatchObject({
      variables: [{ name: 'a', type: 'text' }],
      searchWords: ['lama'],
    });
    expect(check.tables.draftRevisions).toHaveLength(1);
    expect(check.tables.drafts[0]).not.toHaveProperty('revisions');
  });

  it('gives a version 5 backup’s post log its poster and sync fields, as the database does', async () => {
    const name = `sapa-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(SCHEMA_V5);
    await v5.table('settings').add({ key: 'memberId', value: 'member-ana' });
    await v5.table('postLog').add({ id: 'p', at: 5_000, platform: 'x', text: 'Pameran' });
    const text = await asText(await exportDB(v5));
    v5.close();
    await Dexie.delete(name);
    const check = await checkBackup(text, name);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.tables.postLog).toEqual([
      {
        id: 'p',
        at: 5_000,
        platform: 'x',
        text: 'Pameran',
        postedBy: 'member-ana',
        updatedAt: 5_000,
        updatedBy: 'member-ana',
        deleted: false,
      },
    ]);
  });
});
