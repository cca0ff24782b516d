import { describe, expect, it } from 'vitest';
import type { RecordSource } from '@/lib/db/types';
import {
  changesAnything,
  checkSubscriptionUrl,
  conditionalHeaders,
  csvSetId,
  detectKind,
  diffItems,
  parseSource,
  subscribedId,
  subscriptionError,
  type IncomingItem,
  type StoredItem,
} from '.';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';

describe('checkSubscriptionUrl', () => {
  it('accepts http and https links, drops the fragment, names the permission to ask for', () => {
    expect(checkSubscriptionUrl('  https://perpus.example.id:8443/paket.json?v=1#atas ')).toEqual({
      ok: true,
      url: 'https://perpus.example.id:8443/paket.json?v=1',
      origin: 'https://perpus.example.id:8443',
      pattern: 'https://perpus.example.id/*',
    });
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/tagar.csv')).toMatchObject({
      ok: true,
      pattern: 'http://127.0.0.1/*',
    });
  });

  it('refuses other schemes, credentials and things that are not links, in both languages', () => {
    const cases: [string, string][] = [
      ['ftp://perpus.example.id/paket.json', 'scheme'],
      ['file:///home/ana/paket.json', 'scheme'],
      ['javascript:alert(1)', 'scheme'],
      ['https://ana:rahasia@perpus.example.id/paket.json', 'credentials'],
      ['https://ana@perpus.example.id/paket.json', 'credentials'],
      ['perpus.example.id/paket.json', 'malformed'],
      ['', 'malformed'],
      [`https://perpus.example.id/${'a'.repeat(2000)}`, 'malformed'],
    ];
    for (const [input, problem] of cases) {
      const result = checkSubscriptionUrl(input);
      expect(result, input).toMatchObject({ ok: false, problem });
      if (!result.ok) {
        expect(result.message.id).not.toBe(result.message.en);
        expect(result.message.id.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('detectKind and parseSource', () => {
  it('tells a pack from a CSV by the content type, else by the first character', () => {
    expect(detectKind('set,tag', 'application/json; charset=utf-8')).toBe('pack');
    expect(detectKind('{}', 'text/csv')).toBe('csv');
    expect(detectKind('\uFEFF  {"format":"sapa-pack"}', 'text/plain')).toBe('pack');
    expect(detectKind('set,tag\nA,B', 'text/plain')).toBe('csv');
    expect(detectKind('set,tag\nA,B', null)).toBe('csv');
    expect(detectKind('<!DOCTYPE html><html>', 'text/html')).toBe('html');
    expect(detectKind('<html><body>Masuk</body></html>', undefined)).toBe('html');
  });

  it('takes templates and hashtag sets from a pack, and nothing else', () => {
    const body = packJson({
      library: ' Perpustakaan Nasional ',
      templates: [packTemplate('t1'), packTemplate('t2', { deleted: true })],
      hashtagSets: [packSet('s1', ['BulanBuku'], { searchWords: ['x'], source: { a: 1 } })],
      hashtags: [{ id: 'bulanbuku', tag: 'BulanBuku', updatedAt: 1, updatedBy: 'x' }],
      brandKit: { id: 'brand', libraryName: 'Perpusnas', updatedAt: 1, updatedBy: 'x' },
    });
    const parsed = parseSource(body, 'application/json');
    expect(parsed).toMatchObject({ ok: true, kind: 'pack', library: 'Perpustakaan Nasional' });
    if (!parsed.ok) return;
    // Tombstones in the pack are simply absent from the copy.
    expect(parsed.items.map((i) => [i.table, i.sourceId])).toEqual([
      ['templates', 't1'],
      ['hashtagSets', 's1'],
    ]);
    expect(parsed.items[1]!.fields).toEqual({
      name: 'Set s1',
      tags: ['BulanBuku'],
      updatedAt: 5_000,
      updatedBy: 'perpusnas',
    });
  });

  it('makes hashtag sets from a CSV with stable ids from the set names', () => {
    const parsed = parseSource(
      '\uFEFFset;tag\r\nBulan Buku;#BulanBuku\r\nbulan buku;AyoMembaca\r\nAnak;Dongeng\r\n',
      'text/csv',
    );
    expect(parsed).toEqual({
      ok: true,
      kind: 'csv',
      items: [
        {
          table: 'hashtagSets',
          sourceId: 'csv:bulan buku',
          fields: { name: 'Bulan Buku', tags: ['BulanBuku', 'AyoMembaca'] },
        },
        { table: 'hashtagSets', sourceId: 'csv:anak', fields: { name: 'Anak', tags: ['Dongeng'] } },
      ],
    });
    expect(csvSetId('Bulan Buku')).toBe('csv:bulan buku');
  });

  it('reports the parsers’ own problems, bilingual, for broken sources', () => {
    const cases: [string, string | null, SourceKindOrNull, RegExp][] = [
      ['{"format": "sapa-pack",', 'application/json', 'pack', /JSON/],
      [JSON.stringify({ format: 'other' }), null, 'pack', /not a Sapa pack/],
      [packJson({ templates: [packTemplate('t1', { locale: 'fr' })] }), null, 'pack', /locale/],
      ['nama,isi\nA,B', 'text/csv', 'csv', /set.*tag/],
      ['set,tag\nBulan Buku,bukan tagar', 'text/csv', 'csv', /Line 2/],
      ['<!doctype html><p>Login</p>', 'text/html', null, /web page/],
    ];
    for (const [body, type, kind, en] of cases) {
      const parsed = parseSource(body, type);
      expect(parsed.ok, body).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.kind).toBe(kind);
      expect(parsed.problems[0]!.en).toMatch(en);
      expect(parsed.problems[0]!.id).not.toBe(parsed.problems[0]!.en);
    }
  });
});

type SourceKindOrNull = 'pack' | 'csv' | null;

describe('diffItems', () => {
  const source: RecordSource = { subscriptionId: 'sA', title: 'Perpusnas', url: 'https://x.id/p' };
  const incoming = (sourceId: string, fields: Record<string, unknown>): IncomingItem => ({
    table: 'hashtagSets',
    sourceId,
    fields,
  });
  const stored = (record: Record<string, unknown>): StoredItem => ({
    table: 'hashtagSets',
    record: { deleted: false, updatedAt: 1, ...record } as StoredItem['record'],
  });

  it('adds new items under sub:<subscription>:<id>, marked with their source', () => {
    const diff = diffItems([], [incoming('csv:a', { name: 'A', tags: ['Satu'] })], {
      source,
      now: 100,
    });
    expect(diff.added).toEqual(['sub:sA:csv:a']);
    expect(diff.put).toEqual([
      {
        table: 'hashtagSets',
        record: {
          id: 'sub:sA:csv:a',
          name: 'A',
          tags: ['Satu'],
          source,
          deleted: false,
          updatedAt: 100,
          updatedBy: 'subscription',
        },
      },
    ]);
    expect(diff.counts).toEqual({ templates: 0, hashtagSets: 1 });
  });

  it('leaves unchanged items alone, updates changed ones, tombstones the ones that went', () => {
    const a = { id: 'sub:sA:a', name: 'A', tags: ['Satu'], source, updatedBy: 'subscription' };
    const b = { id: 'sub:sA:b', name: 'B', tags: ['Dua'], source, updatedBy: 'subscription' };
    const c = { id: 'sub:sA:c', name: 'C', tags: ['Tiga'], source, updatedBy: 'subscription' };
    const gone = { id: 'sub:sA:d', name: 'D', tags: ['Empat'], source, deleted: true };
    const diff = diffItems(
      [stored(a), stored({ ...b, updatedAt: 500 }), stored(c), stored(gone)],
      [incoming('a', { name: 'A', tags: ['Satu'] }), incoming('b', { name: 'B', tags: ['Lain'] })],
      { source, now: 300 },
    );
    expect(diff.unchanged).toBe(1);
    expect(diff.updated).toEqual(['sub:sA:b']);
    expect(diff.removed).toEqual(['sub:sA:c']);
    expect(diff.added).toEqual([]);
    // Time moves forward on a record even when the source's clock is behind.
    expect(diff.put.find((p) => p.record.id === 'sub:sA:b')?.record).toMatchObject({
      tags: ['Lain'],
      updatedAt: 501,
    });
    expect(diff.put.find((p) => p.record.id === 'sub:sA:c')?.record).toMatchObject({
      deleted: true,
      updatedAt: 300,
      name: 'C',
    });
    expect(diff.counts.hashtagSets).toBe(2);
    expect(changesAnything(diff)).toBe(true);
  });

  it('brings back an item that returns to the source, and writes nothing when all is the same', () => {
    const back = diffItems(
      [stored({ id: 'sub:sA:a', name: 'A', tags: ['Satu'], source, deleted: true })],
      [incoming('a', { name: 'A', tags: ['Satu'] })],
      { source, now: 50 },
    );
    expect(back.updated).toEqual(['sub:sA:a']);
    expect(back.put[0]!.record).toMatchObject({ deleted: false });

    const same = diffItems(
      [stored({ id: 'sub:sA:a', name: 'A', tags: ['Satu'], source, updatedBy: 'subscription' })],
      [incoming('a', { name: 'A', tags: ['Satu'] })],
      { source, now: 999 },
    );
    expect(same.put).toEqual([]);
    expect(changesAnything(same)).toBe(false);
  });

  it('rewrites every item when the subscription’s title changes (the badge follows)', () => {
    const a = { id: 'sub:sA:a', name: 'A', tags: ['Satu'], source, updatedBy: 'subscription' };
    const diff = diffItems([stored(a)], [incoming('a', { name: 'A', tags: ['Satu'] })], {
      source: { ...source, title: 'Perpustakaan Nasional' },
      now: 10,
    });
    expect(diff.updated).toEqual(['sub:sA:a']);
  });

  it('derives the search words of subscribed templates', () => {
    const diff = diffItems(
      [],
      [
        {
          table: 'templates',
          sourceId: 't1',
          fields: { ...packTemplate('t1'), name: 'Hari Buku' },
        },
      ],
      { source, now: 1 },
    );
    expect(diff.put[0]!.record).toMatchObject({
      id: subscribedId('sA', 't1'),
      searchWords: ['hari buku', 'hari', 'buku'],
      updatedBy: 'perpusnas',
      updatedAt: 5_000,
    });
    expect(diff.counts).toEqual({ templates: 1, hashtagSets: 0 });
  });
});

describe('conditional requests and errors', () => {
  it('sends the validators of the last good copy', () => {
    expect(
      conditionalHeaders({ etag: '"v1"', lastModified: 'Sat, 17 May 2026 08:00:00 GMT' }),
    ).toEqual({
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Sat, 17 May 2026 08:00:00 GMT',
    });
    expect(conditionalHeaders({ etag: null, lastModified: null })).toEqual({});
  });

  it('words every failure in both languages', () => {
    const failures = [
      { code: 'permission', origin: 'https://x.id' },
      { code: 'unreachable', host: 'x.id' },
      { code: 'unreachable', host: 'x.id', timeoutSeconds: 30 },
      { code: 'not-found', status: 404 },
      { code: 'http', status: 503 },
      { code: 'too-large', maxBytes: 5 * 1024 * 1024 },
      {
        code: 'invalid',
        problems: ['a', 'b', 'c', 'd'].map((p) => ({ id: `masalah ${p}`, en: `problem ${p}` })),
      },
    ] as const;
    for (const failure of failures) {
      const error = subscriptionError(failure, 42);
      expect(error.code).toBe(failure.code);
      expect(error.at).toBe(42);
      expect(error.message.id).not.toMatch(/\{\w+\}/);
      expect(error.message.en).not.toMatch(/\{\w+\}/);
      expect(error.message.id).not.toBe(error.message.en);
    }
    expect(subscriptionError(failures[2], 0).message.en).toMatch(/no answer within 30 seconds/);
    expect(subscriptionError(failures[5], 0).message).toMatchObject({
      en: expect.stringMatching(/5 MB/),
      id: expect.stringMatching(/5 MB/),
    });
    // The first three problems are named, the rest summed up as "…".
    const invalid = subscriptionError(failures[6], 0).message;
    expect(invalid.en).toMatch(/problem a; problem b; problem c …/);
    expect(invalid.id).toMatch(/masalah a; masalah b; masalah c …/);
  });
});
