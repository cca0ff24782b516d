/**
 * The "new arrivals" list variable: `{{koleksiBaru}}` in a template becomes one line per picked
 * title, written in the template's own line format (the variable's `format`, kept in its
 * `default`), for as many titles as fit the platform's length limit beside the rest of the text.
 * Pure: the titles come in as plain data (the panel reads them from the catalogue).
 */

/** The list variable's name (the same in both languages, like the seed templates' other names). */
export const BOOK_LIST_VARIABLE = 'koleksiBaru';

/**
 * The line format when the template gives none. Fields: {title}, {author}, {year},
 * {callNumber}, {link}, {publisher}, {number}.
 */
export const DEFAULT_BOOK_LINE = '📖 {title} – {author} ({year}), {callNumber}: {link}';

export interface ListedBook {
  id: string;
  title: string;
  authors: string[];
  year: string | null;
  publisher?: string | null;
  callNumber: string | null;
  /** The title's page in the library's OPAC. */
  link: string;
}

export interface BookList {
  text: string;
  /** Ids of the titles in the text, in order. */
  included: string[];
  /** Ids of picked titles left out because they did not fit the length limit. */
  left: string[];
}

const FIELD_RE = /\{(title|author|year|callNumber|link|publisher|number)\}/g;

/** The empty pieces a missing field leaves behind ("()", ", :", "– ,"), tidied away. */
function tidy(line: string): string {
  return line
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,.:;])/g, '$1')
    .replace(/([,:;–—·-])(\s*[,:;–—·-])+/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[\s,:;–—·-]+/, (lead) => (/[\p{L}\p{N}]/u.test(lead) ? lead : ''))
    .replace(/[\s,:;–—·-]+$/, '')
    .trim();
}

/** The authors as a post writes them: "A", "A & B", "A dkk."/"A et al." for more than two. */
export function authorsText(authors: string[], locale: 'id' | 'en'): string {
  if (authors.length <= 2) return authors.join(' & ');
  return `${authors[0]} ${locale === 'id' ? 'dkk.' : 'et al.'}`;
}

/** One title in the line format; fields the record lacks drop out with their punctuation. */
export function bookLine(
  format: string,
  book: ListedBook,
  index: number,
  locale: 'id' | 'en',
): string {
  const values: Record<string, string> = {
    title: book.title.trim(),
    author: authorsText(book.authors, locale),
    year: book.year?.trim() ?? '',
    callNumber: book.callNumber?.trim() ?? '',
    link: book.link,
    publisher: book.publisher?.trim() ?? '',
    number: String(index + 1),
  };
  // Only the format's own punctuation is tidied: a field's value stands in as a token until then,
  // so a title such as "Dasar-dasar akuntansi : untuk perguruan tinggi" is kept as catalogued.
  const token = (name: string) => `\uE000${name}\uE001`;
  return format
    .split('\n')
    .map((part) =>
      tidy(part.replace(FIELD_RE, (_, name: string) => (values[name] ? token(name) : ''))),
    )
    .map((part) => part.replace(/\uE000(\w+)\uE001/g, (_, name: string) => values[name] ?? ''))
    .filter(Boolean)
    .join('\n');
}

/**
 * The picked titles as lines, in the order picked, while the total stays within `budget` (as
 * `measure` counts, the platform's way). A title that does not fit is left out and named in
 * `left`; the ones after it may still fit.
 */
export function bookList(
  books: readonly ListedBook[],
  options: {
    format?: string;
    budget: number;
    measure: (text: string) => number;
    locale: 'id' | 'en';
  },
): BookList {
  const format = options.format?.trim() ? options.format : DEFAULT_BOOK_LINE;
  const lines: string[] = [];
  const included: string[] = [];
  const left: string[] = [];
  for (const book of books) {
    const line = bookLine(format, book, included.length, options.locale);
    const next = [...lines, line].join('\n');
    if (options.measure(next) <= options.budget) {
      lines.push(line);
      included.push(book.id);
    } else left.push(book.id);
  }
  return { text: lines.join('\n'), included, left };
}
