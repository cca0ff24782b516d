/**
 * Subscribed items belong to their publisher: they stay out of the team's packs and CSV exports
 * and cannot be brought in by an import, but a full backup keeps them (and their subscription).
 */
import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, dumpAll, SCHEMA_V2, type Repositories, type SapaDb } from '@/lib/db';
import { fakeClock, freshDb, withoutRestoreMark } from '@/tests/support/db';
import { blobText, checkBackup, exportBackup, restoreBackup } from '@/lib/exchange/backup';
import { planHashtagCsvImport, serialiseHashtagCsv } from '@/lib/exchange/csv';
import { applyImport, exportPack, previewImport } from '@/lib/exchange/pack';
import { refreshSubscription } from './refresh';
import { createSubscription } from './store';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';

let db: SapaDb;
let repos: Repositories;
let subId: string;

beforeEach(async () => {
  db = freshDb();
  const clock = fakeClock();
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await repos.templates.create({
    id: 'own',
    name: 'Milik kami',
    category: '',
    body: 'b',
    locale: 'id',
  });
  await repos.hashtagSets.create({ id: 'own-set', name: 'Bulan Buku', tags: ['Kami'] });
  const sub = await createSubscription(db, { url: 'https://x.id/p.json', title: 'Perpusnas' }, 0);
  subId = sub.id;
  const body = packJson({
    templates: [packTemplate('t1')],
    hashtagSets: [packSet('s1', ['BulanBuku'], { name: 'Bulan Buku' })],
  });
  await refreshSubscription(db, sub.id, {
    now: clock.now,
    fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  });
  expect(await db.templates.count()).toBe(2);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('subscribed items and the other ways of sharing', () => {
  it('pack export leaves them out, even when asked for by id', async () => {
    const pack = await exportPack(db, { templates: true, hashtagSets: true });
    expect(pack.templates?.map((t) => t.id)).toEqual(['own']);
    expect(pack.hashtagSets?.map((s) => s.id)).toEqual(['own-set']);
    const byId = await exportPack(db, {
      templates: true,
      templateIds: ['own', `sub:${subId}:t1`],
      hashtagSets: true,
      hashtagSetIds: [`sub:${subId}:s1`],
    });
    expect(byId.templates?.map((t) => t.id)).toEqual(['own']);
    expect(byId.hashtagSets).toEqual([]);
  });

  it('a pack cannot bring in or overwrite a subscribed record', async () => {
    const before = await db.templates.get(`sub:${subId}:t1`);
    const preview = await previewImport(
      db,
      packJson({
        templates: [
          packTemplate(`sub:${subId}:t1`, { body: 'menimpa', updatedAt: 9e12 }),
          packTemplate('forged', {
            source: { subscriptionId: 'x', title: 'Palsu', url: 'https://a' },
          }),
          packTemplate('fine'),
        ],
      }),
    );
    expect(preview).toMatchObject({ ok: true, added: 1, updated: 0 });
    if (!preview.ok) return;
    await applyImport(db, preview);
    expect(await db.templates.get(`sub:${subId}:t1`)).toEqual(before);
    expect(await db.templates.get('forged')).toBeUndefined();
    expect(await repos.templates.get('fine')).toBeDefined();
  });

  it('a CSV import adds to the team’s own sets only; the CSV export has only those', async () => {
    const sets = await repos.hashtagSets.list();
    expect(sets.map((s) => s.name)).toEqual(['Bulan Buku', 'Bulan Buku']);
    const plan = planHashtagCsvImport(sets, [
      { name: 'bulan buku', tags: ['Baru'], lines: [2], duplicates: [] },
    ]);
    expect(plan).toMatchObject({ ok: true, entries: [{ existingId: 'own-set', added: ['Baru'] }] });
    const csv = serialiseHashtagCsv(
      sets.filter((s) => !s.source),
      { bom: false },
    );
    expect(csv).toBe('set,tag\r\nBulan Buku,Kami\r\n');
  });

  it('a full backup keeps them and their subscription', async () => {
    const text = await blobText(await exportBackup(db));
    const other = freshDb();
    const result = await restoreBackup(other, text, db.name);
    expect(result).toMatchObject({ ok: true, counts: { subscriptions: 1, templates: 2 } });
    expect(withoutRestoreMark(await dumpAll(other))).toEqual(await dumpAll(db));
    expect(await other.templates.get(`sub:${subId}:t1`)).toMatchObject({
      source: { title: 'Perpusnas' },
    });
    other.close();
    await other.delete();
  });

  it('a version 2 backup cannot bring in a record that claims a subscription', async () => {
    const name = `sapa-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('hashtagSets').add({
      ...packSet('s', ['Satu']),
      source: { subscriptionId: 'x', title: 'Palsu', url: 'https://a.id/' },
    });
    const text = await blobText(await exportDB(v2));
    v2.close();
    await v2.delete();
    const check = await checkBackup(text, name);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.tables.hashtagSets[0]).not.toHaveProperty('source');
    expect(check.tables.hashtagSets[0]).toMatchObject({ legacySource: { title: 'Palsu' } });
  });
});
