/**
 * The OPAC search as JSON-LD → catalogue titles. SLiMS 9 builds it in `toJSON()` of
 * lib/SearchEngine/DefaultEngine.php (and SearchBiblioEngine.php, biblio_list_model.inc.php):
 * `{ "@context", "@type": "Book", total_rows, page, records_each_page, "@graph": [record…] }`,
 * each record `{ "@id", name, author: { name: [] } | [], isbn, publisher, dateCreated, image? }`.
 * Empty values come as `null` or `""` (database columns), `author` as `[]` when there is none.
 */
import '@/lib/zod-config';
import { z } from 'zod';
import { biblioIdFromLink, detailUrl } from './address';
import { isSlimsHtml, looksLikeHtml, stripBom } from './detect';
import { fail, ok, type CatalogueTitle, type Result } from './types';

/** A text column: null, a string, or (for some MySQL drivers) a number. */
const column = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => {
    if (value === null || value === undefined) return null;
    const text = String(value).trim();
    return text === '' ? null : text;
  });

const record = z.object({
  '@id': z.string().min(1),
  name: z.string(),
  // PHP's json_encode writes an empty array for a record without authors, an object otherwise.
  author: z
    .union([
      z.object({ name: z.array(z.union([z.string(), z.null()])).optional() }),
      z.array(z.unknown()).length(0),
    ])
    .optional(),
  isbn: column,
  publisher: column,
  dateCreated: column,
  image: column,
});

/** Counts are integers in SLiMS, but `page` echoes the request and may come as text. */
const count = z.union([z.number(), z.string().regex(/^\d+$/)]).transform(Number);

const searchPage = z.object({
  '@graph': z.array(z.unknown()),
  total_rows: count,
  page: count.optional(),
  records_each_page: count.optional(),
});

export interface SearchPage {
  titles: CatalogueTitle[];
  /** Titles in the whole catalogue (SLiMS's `total_rows`). */
  total: number;
  /** Titles per page (`records_each_page`; SLiMS's `opac_result_num`, 10 by default). */
  perPage: number;
  /** Records of this page that could not be read (kept out of `titles`). */
  skipped: number;
}

function decodeImage(image: string | null): string | null {
  if (!image) return null;
  // SLiMS urlencode()s the file name: spaces come as "+".
  try {
    return decodeURIComponent(image.replace(/\+/g, ' '));
  } catch {
    return image;
  }
}

function toTitle(base: string, raw: unknown): CatalogueTitle | null {
  const parsed = record.safeParse(raw);
  if (!parsed.success) return null;
  const item = parsed.data;
  const biblioId = biblioIdFromLink(item['@id']);
  if (!biblioId || !item.name.trim()) return null;
  const names = Array.isArray(item.author) ? [] : (item.author?.name ?? []);
  return {
    biblioId,
    title: item.name.trim(),
    // SearchBiblioEngine splits the author column on "-", which can leave empty names.
    authors: names.map((name) => (name ?? '').trim()).filter(Boolean),
    isbn: item.isbn,
    publisher: item.publisher,
    year: item.dateCreated,
    coverFile: decodeImage(item.image),
    detailUrl: detailUrl(base, biblioId),
    callNumber: null,
    inputDate: null,
  };
}

/**
 * One search page. A record that does not read is skipped and counted (the page stays usable);
 * an answer that is not this shape is a problem: HTML from SLiMS means the JSON-LD output is
 * switched off (`jsonld_result`), anything else is not SLiMS or malformed.
 */
export function parseSearchPage(
  base: string,
  body: string,
  contentType?: string | null,
): Result<SearchPage> {
  const text = stripBom(body);
  if (looksLikeHtml(text, contentType)) {
    return fail({ code: isSlimsHtml(text) ? 'switched-off' : 'not-slims', output: 'jsonld' });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text.trimStart().startsWith('{')
      ? fail({ code: 'malformed', output: 'jsonld', detail: 'invalid JSON' })
      : fail({ code: 'not-slims', output: 'jsonld' });
  }
  const page = searchPage.safeParse(json);
  if (!page.success) {
    const isSchemaOrg =
      typeof json === 'object' && json !== null && '@graph' in (json as Record<string, unknown>);
    return fail(
      isSchemaOrg
        ? { code: 'malformed', output: 'jsonld', detail: page.error.issues[0]?.message ?? '' }
        : { code: 'not-slims', output: 'jsonld' },
    );
  }
  const titles: CatalogueTitle[] = [];
  for (const raw of page.data['@graph']) {
    const title = toTitle(base, raw);
    if (title) titles.push(title);
  }
  return ok({
    titles,
    total: page.data.total_rows,
    perPage: page.data.records_each_page ?? page.data['@graph'].length,
    skipped: page.data['@graph'].length - titles.length,
  });
}
