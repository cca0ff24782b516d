import { describe, expect, it } from 'vitest';
import type { BrandKitRecord, HashtagSetRecord, TemplateRecord } from '@/lib/db/types';
import { templateSchema, hashtagSetSchema } from '@/lib/exchange/pack/schema';
import { expandShortcut, shortcutTable } from './expand';

const META = { updatedAt: 1, updatedBy: 'm', deleted: false };

function template(over: Partial<TemplateRecord>): TemplateRecord {
  return {
    ...META,
    id: 'tpl_1',
    name: 'Koleksi baru',
    category: 'koleksi',
    body: 'Buku baru di {{library}}!',
    variants: {},
    variables: [],
    locale: 'id',
    searchWords: [],
    shortcut: ';baru',
    ...over,
  };
}

const SET: HashtagSetRecord = {
  ...META,
  id: 'set_1',
  name: 'Acara',
  tags: ['AcaraPerpus', 'BacaBuku'],
  shortcut: ';tagar-acara',
};

const BRAND = { libraryName: 'Perpustakaan Kota' } as BrandKitRecord;
const SETTING = { platform: 'x' as const, locale: 'id' as const, brandKit: BRAND };

describe('what a typed shortcut becomes', () => {
  it("is the template's text for the platform, with the brand kit filled in", () => {
    const target = { kind: 'template' as const, template: template({}) };
    expect(expandShortcut(target, SETTING)).toEqual({
      kind: 'text',
      text: 'Buku baru di Perpustakaan Kota!',
      templateId: 'tpl_1',
    });
    const short = template({ variants: { x: 'Baru di {{library}}' } });
    expect(expandShortcut({ kind: 'template', template: short }, SETTING)).toMatchObject({
      text: 'Baru di Perpustakaan Kota',
    });
  });

  it("is a hashtag set's tags", () => {
    expect(expandShortcut({ kind: 'hashtagSet', set: SET }, SETTING)).toEqual({
      kind: 'text',
      text: '#AcaraPerpus #BacaBuku',
    });
  });

  it('asks for the values when a required variable is empty, never writing it raw', () => {
    const needsDate = template({
      body: 'Acara {{tanggal}}',
      variables: [
        { name: 'tanggal', label: { id: 'Tanggal', en: 'Date' }, type: 'text', required: true },
      ],
    });
    expect(expandShortcut({ kind: 'template', template: needsDate }, SETTING)).toEqual({
      kind: 'ask',
      template: needsDate,
    });
    const withDefault = template({
      body: 'Acara {{tempat}}',
      variables: [
        {
          name: 'tempat',
          label: { id: 'Tempat', en: 'Place' },
          type: 'text',
          required: true,
          default: 'Aula',
        },
      ],
    });
    expect(expandShortcut({ kind: 'template', template: withDefault }, SETTING)).toMatchObject({
      kind: 'text',
      text: 'Acara Aula',
    });
  });
});

describe('the table of shortcuts', () => {
  it('has every item with a shortcut, by its normalised form', () => {
    const table = shortcutTable({
      enabled: true,
      templates: [template({ shortcut: ';Baru' })],
      hashtagSets: [SET],
    });
    expect([...table.keys()]).toEqual([';baru', ';tagar-acara']);
  });

  it('is empty where the person switched shortcuts off', () => {
    expect(
      shortcutTable({ enabled: false, templates: [template({})], hashtagSets: [SET] }).size,
    ).toBe(0);
  });

  it('gives a clash that arrived anyway to the template', () => {
    const table = shortcutTable({
      enabled: true,
      templates: [template({ shortcut: ';tagar-acara' })],
      hashtagSets: [SET],
    });
    expect(table.get(';tagar-acara')?.kind).toBe('template');
  });
});

describe('shortcuts that come in by file, sync or subscription', () => {
  it('are kept when valid and refused when they would fire while writing', () => {
    const stored: Partial<TemplateRecord> = template({});
    delete stored.searchWords;
    expect(templateSchema.safeParse(stored).success).toBe(true);
    expect(templateSchema.safeParse({ ...stored, shortcut: 'baru' }).success).toBe(false);
    expect(templateSchema.safeParse({ ...stored, shortcut: ';ba ru' }).success).toBe(false);
    expect(hashtagSetSchema.safeParse(SET).success).toBe(true);
    expect(hashtagSetSchema.safeParse({ ...SET, shortcut: '#acara' }).success).toBe(false);
  });
});
