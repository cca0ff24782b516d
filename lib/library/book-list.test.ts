import { describe, expect, it } from 'vitest';
import { measurePost } from '@/lib/checklist';
import {
  BOOK_LIST_VARIABLE,
  bookLine,
  bookList,
  DEFAULT_BOOK_LINE,
  type ListedBook,
} from './book-list';
import { renderTemplate } from './render';

const book = (id: string, extra: Partial<ListedBook> = {}): ListedBook => ({
  id,
  title: `Judul ${id}`,
  authors: ['Rahmawati, Siti'],
  year: '2024',
  callNumber: `297.2 RAH ${id}`,
  link: `https://lib.example.ac.id/index.php?p=show_detail&id=${id}`,
  ...extra,
});

const FORMAT = '📖 {title} – {author} ({year}) · {callNumber} · {link}';

describe('one line per title', () => {
  it('fills the fields of the line format', () => {
    expect(bookLine(FORMAT, book('7'), 0, 'id')).toBe(
      '📖 Judul 7 – Rahmawati, Siti (2024) · 297.2 RAH 7 · https://lib.example.ac.id/index.php?p=show_detail&id=7',
    );
  });

  it('drops a missing field with its brackets and separator', () => {
    const line = bookLine(
      FORMAT,
      book('8', { year: null, callNumber: null, authors: [] }),
      0,
      'id',
    );
    expect(line).toBe('📖 Judul 8 – https://lib.example.ac.id/index.php?p=show_detail&id=8');
  });

  it('keeps a value’s own punctuation as catalogued', () => {
    const colon = book('5', {
      title: 'Dasar-dasar akuntansi : untuk perguruan tinggi',
      year: null,
    });
    expect(bookLine('{title} ({year}) – {author}', colon, 0, 'id')).toBe(
      'Dasar-dasar akuntansi : untuk perguruan tinggi – Rahmawati, Siti',
    );
  });

  it('shortens three or more authors in the template language', () => {
    const many = book('9', { authors: ['A', 'B', 'C'] });
    expect(bookLine('{author}', many, 0, 'id')).toBe('A dkk.');
    expect(bookLine('{author}', many, 0, 'en')).toBe('A et al.');
    expect(bookLine('{number}. {title}', many, 2, 'en')).toBe('3. Judul 9');
  });
});

describe('the list within a length budget', () => {
  const measure = (text: string) => [...text].length;

  it('keeps the picked order and leaves out what does not fit', () => {
    const books = [book('1'), book('2', { title: 'x'.repeat(200) }), book('3')];
    const one = bookLine('{title}', books[0]!, 0, 'id').length;
    const list = bookList(books, { format: '{title}', budget: one * 2 + 1, measure, locale: 'id' });
    expect(list.included).toEqual(['1', '3']);
    expect(list.left).toEqual(['2']);
    expect(list.text).toBe('Judul 1\nJudul 3');
  });
});

describe('the list variable in a template', () => {
  const template = {
    body: `Koleksi baru di {{library}}!\n\n{{${BOOK_LIST_VARIABLE}}}\n\nSampai jumpa.`,
    variants: {},
    variables: [
      {
        name: BOOK_LIST_VARIABLE,
        label: { id: 'Judul', en: 'Titles' },
        type: 'text' as const,
        required: true,
        default: '• {title} ({year}) {link}',
      },
    ],
  };
  const brandKit = { libraryName: 'Perpustakaan Kota' };

  it('is one line per picked title in the variable’s format, never its format as a value', () => {
    const out = renderTemplate(template, {
      platform: 'instagram',
      locale: 'id',
      brandKit,
      books: [book('1'), book('2')],
    });
    expect(out.text).toBe(
      'Koleksi baru di Perpustakaan Kota!\n\n• Judul 1 (2024) https://lib.example.ac.id/index.php?p=show_detail&id=1\n• Judul 2 (2024) https://lib.example.ac.id/index.php?p=show_detail&id=2\n\nSampai jumpa.',
    );
    expect(out.listed).toEqual({ included: ['1', '2'], left: [] });
    expect(out.missing).toEqual([]);
  });

  it('stays missing while no title is picked', () => {
    const out = renderTemplate(template, {
      platform: 'instagram',
      locale: 'id',
      brandKit,
      books: [],
    });
    expect(out.missing).toEqual([BOOK_LIST_VARIABLE]);
    expect(out.text).toContain(`{{${BOOK_LIST_VARIABLE}}}`);
  });

  it('fits the platform’s limit: X counts each link as 23 and stops at 280', () => {
    const books = Array.from({ length: 12 }, (_, i) => book(String(i + 1)));
    const out = renderTemplate(template, { platform: 'x', locale: 'id', brandKit, books });
    expect(measurePost(out.text, 'x').over).toBe(false);
    expect(out.listed!.included.length).toBeGreaterThan(3);
    expect(out.listed!.left.length).toBeGreaterThan(0);
    expect(out.listed!.included.length + out.listed!.left.length).toBe(12);
    const withOneMore = renderTemplate(template, {
      platform: 'x',
      locale: 'id',
      brandKit,
      books: books.slice(0, out.listed!.included.length + 1),
    });
    expect(withOneMore.listed!.left).toHaveLength(1);
  });
  it('takes every title that fits the rest of the post and no more', () => {
    const books = Array.from({ length: 12 }, (_, i) => book(String(i + 1)));
    const out = renderTemplate(template, { platform: 'x', locale: 'id', brandKit, books });
    const included = out.listed!.included;
    expect(measurePost(out.text, 'x').used).toBeLessThanOrEqual(280);
    // One more line, where the list ends, would go over.
    const lastLine = bookLine('• {title} ({year}) {link}', book(included.at(-1)!), 0, 'id');
    const nextLine = bookLine('• {title} ({year}) {link}', book(out.listed!.left[0]!), 0, 'id');
    const oneMore = out.text.replace(lastLine, `${lastLine}\n${nextLine}`);
    expect(oneMore).not.toBe(out.text);
    expect(measurePost(oneMore, 'x').used).toBeGreaterThan(280);
  });

  it('the budget is the limit less the rest of the post, to the character', () => {
    const format = '• {title} ({year}) {link}';
    const books = Array.from({ length: 6 }, (_, i) => book(String(i + 1)));
    const four = books
      .slice(0, 4)
      .map((b, i) => bookLine(format, b, i, 'id'))
      .join('\n');
    // The rest is a line break and padding that leaves room for exactly four titles.
    const padding = 'a'.repeat(280 - measurePost(`${four}\n`, 'x').used);
    const exact = {
      ...template,
      body: `{{${BOOK_LIST_VARIABLE}}}\n${padding}`,
      variables: [
        {
          name: 'tempat',
          label: { id: 'Tempat', en: 'Venue' },
          type: 'text' as const,
          default: 'Aula',
        },
        ...template.variables,
      ],
    };
    const out = renderTemplate(exact, { platform: 'x', locale: 'id', brandKit, books });
    expect(out.listed).toEqual({ included: ['1', '2', '3', '4'], left: ['5', '6'] });
    expect(measurePost(out.text, 'x').used).toBe(280);
    expect(out.text).toBe(`${four}\n${padding}`);
  });

  it('a longer rest of the post leaves room for fewer titles', () => {
    const books = Array.from({ length: 12 }, (_, i) => book(String(i + 1)));
    const short = renderTemplate(template, { platform: 'x', locale: 'id', brandKit, books });
    const long = renderTemplate(
      { ...template, body: `${template.body}\n\n${'Ayo datang ke perpustakaan! '.repeat(3)}` },
      { platform: 'x', locale: 'id', brandKit, books },
    );
    expect(long.listed!.included.length).toBeLessThan(short.listed!.included.length);
    expect(measurePost(long.text, 'x').used).toBeLessThanOrEqual(280);
  });

  it('X Premium’s longer limit takes every title', () => {
    const books = Array.from({ length: 12 }, (_, i) => book(String(i + 1)));
    const out = renderTemplate(template, {
      platform: 'x',
      locale: 'id',
      brandKit,
      books,
      xPremium: true,
    });
    expect(out.listed).toEqual({ included: books.map((b) => b.id), left: [] });
  });

  it('a template without the list variable lists nothing', () => {
    const plain = { body: 'Koleksi baru di {{library}}!', variants: {}, variables: [] };
    const out = renderTemplate(plain, {
      platform: 'instagram',
      locale: 'id',
      brandKit,
      books: [book('1')],
    });
    expect(out.text).toBe('Koleksi baru di Perpustakaan Kota!');
    expect(out.listed).toBeUndefined();
  });

  it('an undeclared list variable uses the default line format', () => {
    const bare = { body: `Baru:\n{{${BOOK_LIST_VARIABLE}}}` } as typeof template;
    const out = renderTemplate(bare, {
      platform: 'instagram',
      locale: 'id',
      brandKit,
      books: [book('1')],
    });
    expect(out.text).toBe(`Baru:\n${bookLine(DEFAULT_BOOK_LINE, book('1'), 0, 'id')}`);
    expect(out.listed).toEqual({ included: ['1'], left: [] });
  });

  it('a list typed by hand is used while no title is picked', () => {
    for (const books of [undefined, []]) {
      const out = renderTemplate(template, {
        platform: 'instagram',
        locale: 'id',
        brandKit,
        values: { [BOOK_LIST_VARIABLE]: '• Laskar Pelangi' },
        ...(books ? { books } : {}),
      });
      expect(out.text).toBe(
        'Koleksi baru di Perpustakaan Kota!\n\n• Laskar Pelangi\n\nSampai jumpa.',
      );
      expect(out.missing).toEqual([]);
    }
  });
});
