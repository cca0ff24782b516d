import { describe, expect, it } from 'vitest';
import { recordedSlims as recorded } from '@/tests/support/slims-recorded';
import { parseSearchPage } from './jsonld';

const BASE = 'https://lib.example.ac.id/';

describe('OPAC JSON-LD search page', () => {
  it('maps @graph records to titles, with links rebuilt on the https base', () => {
    const page = parseSearchPage(BASE, recorded('search-page-1.json'), 'application/ld+json');
    expect(page.ok).toBe(true);
    if (!page.ok) return;
    expect(page.value.total).toBe(12);
    expect(page.value.perPage).toBe(5);
    expect(page.value.skipped).toBe(0);
    expect(page.value.titles.map((title) => title.biblioId)).toEqual([
      '112',
      '111',
      '110',
      '109',
      '108',
    ]);
    expect(page.value.titles[0]).toEqual({
      biblioId: '112',
      title: 'Ensiklopedia flora dan fauna Nusantara',
      authors: ['Prasetyo, Budi', 'Hadiwijoyo, Ratna'],
      isbn: '978-623-00-2411-7',
      publisher: 'Erlangga',
      year: '2023',
      coverFile: 'flora-fauna.png',
      detailUrl: 'https://lib.example.ac.id/index.php?p=show_detail&id=112',
      callNumber: null,
      inputDate: null,
    });
  });

  it('reads a record without authors (author: []), without ISBN, and urlencoded cover names', () => {
    const page = parseSearchPage(BASE, recorded('search-page-2.json'), 'application/ld+json');
    if (!page.ok) throw new Error(page.problem.code);
    const ejaan = page.value.titles.find((title) => title.biblioId === '107')!;
    expect(ejaan.authors).toEqual([]);
    expect(ejaan.isbn).toBeNull();
    expect(ejaan.coverFile).toBeNull();
    const bumi = page.value.titles.find((title) => title.biblioId === '104')!;
    expect(bumi.coverFile).toBe('bumi manusia.png');
  });

  it('reads empty strings and numbers where SLiMS leaves a column empty or numeric', () => {
    const body = JSON.stringify({
      total_rows: '1',
      page: '1',
      records_each_page: 10,
      '@graph': [
        {
          '@id': 'http://x/index.php?p=show_detail&id=9',
          name: ' Judul ',
          author: { name: ['', 'Ani'] },
          isbn: '',
          publisher: null,
          dateCreated: 2020,
        },
      ],
    });
    const page = parseSearchPage(BASE, body);
    if (!page.ok) throw new Error(page.problem.code);
    expect(page.value.titles[0]).toMatchObject({
      title: 'Judul',
      authors: ['Ani'],
      isbn: null,
      publisher: null,
      year: '2020',
    });
  });

  it('skips and counts a record without id or name, keeping the rest of the page', () => {
    const json = JSON.parse(recorded('search-page-3.json'));
    json['@graph'].splice(1, 0, { author: [], isbn: null });
    const page = parseSearchPage(BASE, JSON.stringify(json));
    if (!page.ok) throw new Error(page.problem.code);
    expect(page.value.skipped).toBe(1);
    expect(page.value.titles.map((title) => title.biblioId)).toEqual(['102', '101']);
  });

  it('says the JSON-LD output is switched off when SLiMS answers with its HTML results', () => {
    const page = parseSearchPage(BASE, recorded('search-jsonld-off.html'), 'text/html');
    expect(page).toEqual({ ok: false, problem: { code: 'switched-off', output: 'jsonld' } });
  });

  it('knows SLiMS results by their "JSON Result" link when a theme drops the generator meta', () => {
    const themed = recorded('search-jsonld-off.html').replace(/<meta name="generator"[^>]*>/, '');
    expect(themed).not.toContain('generator');
    expect(parseSearchPage(BASE, themed, 'text/html')).toEqual({
      ok: false,
      problem: { code: 'switched-off', output: 'jsonld' },
    });
  });

  it('says another site is not SLiMS', () => {
    const wordpress =
      '<!DOCTYPE html><html><head><meta name="generator" content="WordPress 6.6.2"></head></html>';
    expect(parseSearchPage(BASE, wordpress, 'text/html')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'jsonld' },
    });
    expect(parseSearchPage(BASE, '{"status":"ok"}', 'application/json')).toEqual({
      ok: false,
      problem: { code: 'not-slims', output: 'jsonld' },
    });
  });

  it('calls a cut-off or mistyped answer malformed', () => {
    const whole = recorded('search-page-1.json');
    const cut = parseSearchPage(BASE, whole.slice(0, whole.length / 2));
    expect(cut.ok === false && cut.problem.code).toBe('malformed');
    const wrong = parseSearchPage(BASE, JSON.stringify({ '@graph': 'none', total_rows: 1 }));
    expect(wrong.ok === false && wrong.problem.code).toBe('malformed');
  });
});
