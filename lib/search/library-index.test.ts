import { describe, expect, it } from 'vitest';
import { seedHashtagSets, seedTemplates } from '@/lib/library/seed';
import {
  createLibraryIndex,
  hashtagSetDoc,
  indexWords,
  templateDoc,
  type LibraryIndex,
} from '@/lib/search';

const templates = seedTemplates(0);
const sets = seedHashtagSets(0);

function seededIndex(): LibraryIndex {
  const index = createLibraryIndex();
  index.sync('template', templates.map(templateDoc));
  index.sync('hashtagSet', sets.map(hashtagSetDoc));
  return index;
}

const nameOf = (id: string) =>
  templates.find((t) => t.id === id)?.name ?? sets.find((s) => s.id === id)?.name;
const findTemplates = (index: LibraryIndex, query: string) =>
  index.search(query, { kind: 'template' }).map(nameOf);
const findSets = (index: LibraryIndex, query: string) =>
  index.search(query, { kind: 'hashtagSet' }).map(nameOf);

describe('the library index', () => {
  const index = seededIndex();

  it('finds templates by a word of their text, not only their name', () => {
    // "Daftar di sini" is in the body; no template name has the word.
    expect(findTemplates(index, 'daftar')).toContain('Acara dengan pendaftaran');
    expect(templates.some((t) => /\bdaftar\b/i.test(t.name))).toBe(false);
  });

  it('finds templates by a variable option ("Zoom" is the webinar’s meeting platform)', () => {
    expect(findTemplates(index, 'Zoom')).toContain('Webinar');
    expect(findTemplates(index, 'zoom')).toEqual(findTemplates(index, 'ZOOM'));
  });

  it('finds templates by a variable label, in either language', () => {
    expect(findTemplates(index, 'narasumber')).toContain('Webinar');
    expect(findTemplates(index, 'speaker')).toContain('Webinar');
  });

  it('finds by the start of a word, as it is being typed', () => {
    expect(findTemplates(index, 'kolek')).toContain('Koleksi baru datang');
    expect(findTemplates(index, 'pendaft')).toContain('Acara dengan pendaftaran');
  });

  it('forgives a typo in a longer word', () => {
    expect(findTemplates(index, 'perpustakan')).toContain(
      'Hari Kunjung Perpustakaan (14 September)',
    );
    expect(findTemplates(index, 'webiner')).toContain('Webinar');
  });

  it('folds accents and case both ways', () => {
    const accented = createLibraryIndex();
    accented.sync('template', [
      { kind: 'template', id: 'a', name: 'Kafe literasi', text: 'Ngopi di café buku' },
    ]);
    expect(accented.search('CAFE', { kind: 'template' })).toEqual(['a']);
    expect(accented.search('kafé', { kind: 'template' })).toEqual(['a']);
  });

  it('finds a hashtag set by the words of a CamelCase hashtag, the last one half typed', () => {
    const found = findSets(index, 'gemar membac');
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) {
      const set = sets.find((s) => s.name === name)!;
      expect(set.tags.some((tag) => /GemarMembaca/i.test(tag))).toBe(true);
    }
    // Typed whole, it also finds the set whose hashtag ends with it (#BulanGemarMembaca).
    expect(findSets(index, '#GemarMembaca')).toEqual(found);
    expect(found).toContain('Hari Kunjung Perpustakaan');
  });

  it('splits CamelCase hashtags into their words and tails', () => {
    expect(indexWords('#BulanGemarMembaca')).toEqual([
      'BulanGemarMembaca',
      'Bulan',
      'Gemar',
      'Membaca',
      'GemarMembaca',
    ]);
  });

  it('needs every word typed: a second word narrows', () => {
    const one = findTemplates(index, 'hari');
    const two = findTemplates(index, 'hari kunjung');
    expect(two.length).toBeGreaterThan(0);
    expect(two.length).toBeLessThan(one.length);
    expect(findTemplates(index, 'zzzz tidak ada')).toEqual([]);
  });

  it('keeps templates and hashtag sets apart', () => {
    expect(findSets(index, 'webinar').every((name) => sets.some((s) => s.name === name))).toBe(
      true,
    );
  });
});

describe('keeping the index up to date', () => {
  const tpl = (id: string, name: string, body: string) =>
    templateDoc({ ...templates[0]!, id, name, body, variants: {}, variables: [] });

  it('finds an added record, an edit’s new words (not its old ones), and not a deleted one', () => {
    const index = createLibraryIndex();
    index.sync('template', [tpl('a', 'Pojok baca', 'Setiap Sabtu')]);
    expect(index.search('lomba', { kind: 'template' })).toEqual([]);

    expect(
      index.sync('template', [
        tpl('a', 'Pojok baca', 'Setiap Sabtu'),
        tpl('b', 'Lomba mewarnai', 'Untuk anak'),
      ]),
    ).toEqual({ changed: 1, removed: 0 });
    expect(index.search('lomba', { kind: 'template' })).toEqual(['b']);

    index.sync('template', [
      tpl('a', 'Pojok baca', 'Setiap Minggu'),
      tpl('b', 'Lomba mewarnai', 'Untuk anak'),
    ]);
    expect(index.search('minggu', { kind: 'template' })).toEqual(['a']);
    expect(index.search('sabtu', { kind: 'template' })).toEqual([]);

    expect(index.sync('template', [tpl('a', 'Pojok baca', 'Setiap Minggu')])).toEqual({
      changed: 0,
      removed: 1,
    });
    expect(index.search('lomba', { kind: 'template' })).toEqual([]);
    expect(index.size('template')).toBe(1);
  });
});

describe('favourites and recent', () => {
  const index = seededIndex();
  const all = templates.map((t) => t.id);
  const survey = templates.find((t) => t.name === 'Library user survey')!.id;
  const webinar = templates.find((t) => t.name === 'Webinar' && t.locale === 'id')!.id;

  it('with an empty query: favourites first, then the recently used, then the rest', () => {
    const ids = index.search('', {
      kind: 'template',
      picks: { favourites: [survey], recent: [webinar, survey] },
    });
    expect(ids.slice(0, 2)).toEqual([survey, webinar]);
    expect(new Set(ids)).toEqual(new Set(all));
  });

  it('lifts a favourite above records that match as well', () => {
    const plain = index.search('buku', { kind: 'template' });
    const last = plain.at(-1)!;
    const favoured = index.search('buku', {
      kind: 'template',
      picks: { favourites: [last], recent: [] },
    });
    expect(favoured.indexOf(last)).toBeLessThan(plain.indexOf(last));
    expect(new Set(favoured)).toEqual(new Set(plain));
  });

  it('lifts a recently used record above one that is not', () => {
    const plain = index.search('buku', { kind: 'template' });
    const last = plain.at(-1)!;
    const lifted = index.search('buku', {
      kind: 'template',
      picks: { favourites: [], recent: [last] },
    });
    expect(lifted.indexOf(last)).toBeLessThan(plain.indexOf(last));
  });
});
