import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { createLibrarySearch, type LibrarySearch } from '@/lib/search';
import { fakeClock, freshDb } from '@/tests/support/db';

let db: SapaDb;
let search: LibrarySearch;
afterEach(async () => {
  search?.stop();
  db.close();
  await db.delete();
});

async function setup() {
  db = freshDb('sapa-search');
  const clock = fakeClock();
  await applySeeds(db, clock.now());
  const repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  search = createLibrarySearch(db.name, repos);
  return repos;
}

const names = async (query: string) => (await search.templates(query)).map((t) => t.name);

describe('the background’s search follows the database', () => {
  it('sees templates added, edited and deleted, from the committed writes alone', async () => {
    const repos = await setup();
    expect(await names('lomba')).toEqual([]);

    const tpl = await repos.templates.create({
      name: 'Pojok anak',
      category: 'event',
      body: 'Ikuti lomba mewarnai di {{tempat}}',
      locale: 'id',
    });
    expect(await names('lomba')).toEqual(['Pojok anak']);

    await repos.templates.update(tpl.id, { body: 'Ikuti kelas origami di {{tempat}}' });
    expect(await names('lomba')).toEqual([]);
    expect(await names('origami')).toEqual(['Pojok anak']);

    await repos.templates.remove(tpl.id);
    expect(await names('origami')).toEqual([]);
  });

  it('sees a hashtag set’s new tags', async () => {
    const repos = await setup();
    const set = await repos.hashtagSets.create({ name: 'Acara', tags: ['PojokDongeng'] });
    expect((await search.hashtagSets('dongeng')).map((s) => s.id)).toEqual([set.id]);
    await repos.hashtagSets.update(set.id, { tags: ['KelasOrigami'] });
    expect(await search.hashtagSets('dongeng')).toEqual([]);
    expect((await search.hashtagSets('origami')).map((s) => s.id)).toEqual([set.id]);
  });

  it('keeps favourites and recent in the personal settings, and lists them first', async () => {
    const repos = await setup();
    const all = await search.templates('', { locale: 'en' });
    const last = all.at(-1)!;
    const before = all.at(-2)!;
    await search.setFavourite('template', last.id, true);
    await search.markUsed('template', before.id);
    const ranked = await search.templates('', { locale: 'en' });
    expect(ranked.slice(0, 2).map((t) => t.id)).toEqual([last.id, before.id]);
    expect(await repos.settings.get('searchPicks')).toMatchObject({
      template: { favourites: [last.id], recent: [before.id] },
    });
    await search.setFavourite('template', last.id, false);
    expect((await search.templates('', { locale: 'en' }))[0]!.id).toBe(before.id);
  });
});
