import { describe, expect, it } from 'vitest';
import { seedTemplates } from '@/lib/library/seed';
import {
  contentKey,
  docIdFor,
  isDesignDoc,
  isSubscribedRecord,
  parseDocId,
  sameContent,
  signature,
  toDoc,
  toStoredRecord,
  type SyncRecord,
} from './docs';
import { localChanges, unseenDeletedLeaves } from './ledger';

const set = (extra: Record<string, unknown> = {}): SyncRecord => ({
  id: 'set_1',
  name: 'Acara',
  tags: ['BedahBuku'],
  updatedAt: 100,
  updatedBy: 'ana',
  deleted: false,
  ...extra,
});

describe('document ids', () => {
  it('are table:record id, and record ids may contain colons', () => {
    expect(docIdFor('hashtagSets', 'seed:set:acara')).toBe('hashtagSets:seed:set:acara');
    expect(parseDocId('hashtagSets:seed:set:acara')).toEqual({
      table: 'hashtagSets',
      recordId: 'seed:set:acara',
    });
  });

  it('are not Sapa ids for other tables, no record id or no colon', () => {
    expect(parseDocId('drafts:1')).toBeUndefined();
    expect(parseDocId('templates:')).toBeUndefined();
    expect(parseDocId('catatan')).toBeUndefined();
    expect(isDesignDoc('_design/sapa')).toBe(true);
    expect(isDesignDoc('templates:_design')).toBe(false);
  });
});

describe('toDoc and toStoredRecord', () => {
  it('nests the record, drops derived fields and keeps unknown ones', () => {
    const [tpl] = seedTemplates(5);
    const stored = { ...tpl!, fromNewerSapa: { x: 1 } } as unknown as SyncRecord;
    const doc = toDoc('templates', stored, '3-abc');
    expect(doc).toMatchObject({ _id: `templates:${tpl!.id}`, _rev: '3-abc', sapa: 1 });
    expect(doc.table).toBe('templates');
    expect(doc.record).not.toHaveProperty('searchWords');
    expect(doc.record).toMatchObject({ fromNewerSapa: { x: 1 }, name: tpl!.name });
    expect(toStoredRecord('templates', doc.record)).toEqual(stored);
  });

  it('writes record keys in one order, whatever order they were stored in', () => {
    const a = toDoc('hashtagSets', set());
    const b = toDoc('hashtagSets', {
      deleted: false,
      updatedBy: 'ana',
      updatedAt: 100,
      tags: ['BedahBuku'],
      name: 'Acara',
      id: 'set_1',
    });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(toDoc('hashtagSets', set())).not.toHaveProperty('_rev');
  });
});

describe('signature and content', () => {
  it('a signature changes with updatedAt, updatedBy and deleted only', () => {
    expect(signature(set())).toBe('100|ana|false');
    expect(signature(set({ name: 'Lain' }))).toBe(signature(set()));
    expect(signature(set({ updatedAt: 101 }))).not.toBe(signature(set()));
    expect(signature(set({ updatedBy: 'budi' }))).not.toBe(signature(set()));
    expect(signature(set({ deleted: true }))).not.toBe(signature(set()));
  });

  it('content ignores who and when, and derived fields', () => {
    expect(sameContent('hashtagSets', set(), set({ updatedAt: 5, updatedBy: 'x' }))).toBe(true);
    expect(sameContent('hashtagSets', set(), set({ deleted: true }))).toBe(false);
    expect(sameContent('templates', { id: 't', searchWords: ['a'] }, { id: 't' })).toBe(true);
    expect(contentKey('hashtagSets', set())).toBe(contentKey('hashtagSets', { ...set() }));
  });

  it('subscribed items are recognised by their source or their id', () => {
    expect(isSubscribedRecord(set())).toBe(false);
    expect(isSubscribedRecord(set({ source: { subscriptionId: 'p' } }))).toBe(true);
    expect(isSubscribedRecord(set({ id: 'sub:perpusnas:set_1' }))).toBe(true);
  });
});

describe('the ledger', () => {
  it('lists records whose signature differs, leaving subscribed items out', () => {
    const unchanged = set({ id: 'a' });
    const edited = set({ id: 'b', updatedAt: 200 });
    const fresh = set({ id: 'c' });
    const subscribed = set({ id: 'sub:x:d', source: { subscriptionId: 'x' } });
    const changes = localChanges(
      [{ table: 'hashtagSets', records: [unchanged, edited, fresh, subscribed] }],
      {
        'hashtagSets:a': { sig: signature(unchanged), rev: '1-a' },
        'hashtagSets:b': { sig: signature(set({ id: 'b' })), rev: '1-b' },
      },
    );
    expect(changes.map((c) => c.docId)).toEqual(['hashtagSets:b', 'hashtagSets:c']);
    expect(changes[0]).toMatchObject({ table: 'hashtagSets', record: edited });
  });

  it('finds deleted leaves not looked at yet', () => {
    expect(unseenDeletedLeaves(['3-a', '2-b', '4-c'], ['3-a'], { seen: ['2-b'] })).toEqual(['4-c']);
    expect(unseenDeletedLeaves(['1-a'], ['1-a'], undefined)).toEqual([]);
  });
});
