import { beforeEach, describe, expect, it } from 'vitest';
import { DbError } from './errors';
import { eachTestRepositories } from '@/tests/support/repositories';
import type { HashtagSetRecord, TemplateRecord } from './types';

const t = eachTestRepositories('ana');

const source = { subscriptionId: 'sA', title: 'Perpusnas', url: 'https://contoh.id/paket.json' };

const subscribedTemplate: TemplateRecord = {
  id: 'sub:sA:t1',
  name: 'Hari Buku Nasional',
  category: 'book-month',
  body: 'Selamat Hari Buku Nasional dari {{library}}!',
  variants: { x: 'Hari Buku!' },
  variables: [{ name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'date' }],
  locale: 'id',
  searchWords: ['hari buku nasional', 'hari', 'buku', 'nasional'],
  updatedAt: 5,
  updatedBy: 'perpusnas',
  deleted: false,
  source,
};

const subscribedSet: HashtagSetRecord = {
  id: 'sub:sA:s1',
  name: 'Bulan Buku',
  tags: ['BulanBuku', 'AyoMembaca'],
  updatedAt: 5,
  updatedBy: 'perpusnas',
  deleted: false,
  source,
};

beforeEach(async () => {
  await t.db.templates.put(subscribedTemplate);
  await t.db.hashtagSets.put(subscribedSet);
});

async function refused(run: () => Promise<unknown>): Promise<DbError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DbError);
  return error as DbError;
}

describe('subscribed records are read-only', () => {
  it('refuses updates and deletions of subscribed templates and sets, changing nothing', async () => {
    for (const run of [
      () => t.repos.templates.update(subscribedTemplate.id, { body: 'Diubah' }),
      () => t.repos.templates.update(subscribedTemplate.id, {}),
      () => t.repos.templates.remove(subscribedTemplate.id),
      () => t.repos.hashtagSets.update(subscribedSet.id, { tags: ['Lain'] }),
      () => t.repos.hashtagSets.remove(subscribedSet.id),
    ]) {
      const error = await refused(run);
      expect(error.code).toBe('read-only');
      expect(error.message).toMatch(/Perpusnas/);
    }
    expect(await t.db.templates.get(subscribedTemplate.id)).toEqual(subscribedTemplate);
    expect(await t.db.hashtagSets.get(subscribedSet.id)).toEqual(subscribedSet);
  });

  it('keeps the subscribed id namespace for subscriptions', async () => {
    const a = await refused(() =>
      t.repos.templates.create({
        id: 'sub:sA:new',
        name: 'X',
        category: '',
        body: 'b',
        locale: 'id',
      }),
    );
    expect(a.code).toBe('invalid');
    const b = await refused(() =>
      t.repos.hashtagSets.create({ id: 'sub:sB:x', name: 'X', tags: ['Satu'] }),
    );
    expect(b.code).toBe('invalid');
  });

  it('lists subscribed items with the others, source included', async () => {
    expect((await t.repos.templates.list()).map((t) => t.source?.title)).toEqual(['Perpusnas']);
    expect(await t.repos.hashtagSets.get(subscribedSet.id)).toMatchObject({ source });
    expect((await t.repos.templates.searchByPrefix('buku')).map((t) => t.id)).toEqual([
      subscribedTemplate.id,
    ]);
  });

  it('duplicates a subscribed item into an editable copy without its source', async () => {
    t.clock.advance(1000);
    const tpl = await t.repos.templates.duplicate(subscribedTemplate.id, 'Hari Buku kami');
    expect(tpl).not.toHaveProperty('source');
    expect(tpl.id.startsWith('sub:')).toBe(false);
    expect(tpl).toMatchObject({
      name: 'Hari Buku kami',
      body: subscribedTemplate.body,
      variants: { x: 'Hari Buku!' },
      variables: subscribedTemplate.variables,
      locale: 'id',
      updatedBy: 'ana',
      updatedAt: t.clock.now(),
    });
    await expect(t.repos.templates.update(tpl.id, { body: 'Versi kami' })).resolves.toMatchObject({
      body: 'Versi kami',
    });
    // The copy is independent: the subscribed original is untouched.
    expect(await t.db.templates.get(subscribedTemplate.id)).toEqual(subscribedTemplate);

    const set = await t.repos.hashtagSets.duplicate(subscribedSet.id, 'Bulan Buku kami');
    expect(set).not.toHaveProperty('source');
    expect(set.tags).toEqual(['BulanBuku', 'AyoMembaca']);
    await t.repos.hashtagSets.update(set.id, { tags: ['BulanBuku'] });
    expect((await t.db.hashtagSets.get(subscribedSet.id))?.tags).toEqual([
      'BulanBuku',
      'AyoMembaca',
    ]);
  });

  it('cannot duplicate what is not there', async () => {
    expect((await refused(() => t.repos.templates.duplicate('nope', 'x'))).code).toBe('not-found');
    expect((await refused(() => t.repos.hashtagSets.duplicate('nope', 'x'))).code).toBe(
      'not-found',
    );
  });
});
