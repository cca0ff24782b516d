import { describe, expect, it } from 'vitest';
import { applyDetails, applyPage, mergeTitles } from './merge';
import { fail, ok, type CatalogueTitle } from './types';

function title(biblioId: string, extra: Partial<CatalogueTitle> = {}): CatalogueTitle {
  return {
    biblioId,
    title: `Judul ${biblioId}`,
    authors: [],
    isbn: null,
    publisher: null,
    year: null,
    coverFile: null,
    detailUrl: `https://x.id/index.php?p=show_detail&id=${biblioId}`,
    callNumber: null,
    inputDate: null,
    ...extra,
  };
}

const ids = (titles: CatalogueTitle[]) => titles.map((t) => t.biblioId);

describe('keeping the last good list', () => {
  const lastGood = [title('3', { callNumber: '297.2 ABD k' }), title('2'), title('1')];

  it('keeps the last good list, unchanged, when the new page is not usable, and says why', () => {
    const problem = { code: 'malformed', output: 'jsonld', detail: 'invalid JSON' } as const;
    const merged = applyPage(lastGood, fail(problem));
    expect(merged.titles).toBe(lastGood);
    expect(merged.notice).toEqual({ code: 'kept-last-good', problem });
  });

  it('puts a new page first, keeps older titles below and what was known of each title', () => {
    const page = ok({
      titles: [title('5'), title('4'), title('3')],
      total: 5,
      perPage: 3,
      skipped: 0,
    });
    const merged = applyPage(lastGood, page);
    expect(ids(merged.titles)).toEqual(['5', '4', '3', '2', '1']);
    expect(merged.titles[2]!.callNumber).toBe('297.2 ABD k');
    expect(merged.notice).toBeNull();
  });

  it('adds what a partial page could read and says how many records are missing', () => {
    const page = ok({ titles: [title('4')], total: 5, perPage: 3, skipped: 2 });
    const merged = applyPage(lastGood, page);
    expect(ids(merged.titles)).toEqual(['4', '3', '2', '1']);
    expect(merged.notice).toEqual({ code: 'partial', skipped: 2 });
  });

  it('shows an empty catalogue as empty', () => {
    const merged = applyPage(lastGood, ok({ titles: [], total: 0, perPage: 10, skipped: 0 }));
    expect(merged).toEqual({ titles: [], notice: { code: 'empty' } });
  });

  it('does not repeat a title two pages both hold', () => {
    expect(ids(mergeTitles([title('2'), title('1')], [title('1'), title('0')]))).toEqual([
      '2',
      '1',
      '0',
    ]);
  });

  it('puts call numbers and input dates on their titles, not on deleted ones', () => {
    const titles = applyDetails(
      [title('1'), title('2')],
      [
        { biblioId: '1', callNumber: '020 SUL p', inputDate: '2026-11-08T13:40:11' },
        { biblioId: '2', callNumber: null, inputDate: null, deleted: true },
      ],
    );
    expect(titles[0]).toMatchObject({ callNumber: '020 SUL p', inputDate: '2026-11-08T13:40:11' });
    expect(titles[1]).toEqual(title('2'));
  });
});
