/**
 * OAI-PMH ListRecords (oai_dc) → call numbers and input dates. SLiMS 9's oai2.php answers with
 * lib/oaipmh/listrecords.php and record_dc.php (docs/slims.md):
 * - `header/identifier` is `oai:<host>:slims-<biblio_id>`, `header/datestamp` the record's
 *   `input_date` (oaidp-config.php: `$SQL['datestamp'] = 'input_date'`);
 * - `dc:identifier` repeats: the detail link, the call number (plain text), the cover link;
 * - `resumptionToken` has text while more pages follow and is empty on the last page;
 * - an empty result is `<error code="noRecordsMatch">`, not an empty list.
 */
import { SWITCHED_OFF_TEXT, isSlimsHtml, looksLikeHtml, stripBom } from './detect';
import { slimsDate } from './dates';
import { fail, ok, type CatalogueDetails, type Result } from './types';
import { attr, child, children, parseXml, textOf, type XmlNode } from './xml';

export interface OaiPage {
  records: CatalogueDetails[];
  /** The token for the next page, or null on the last one. */
  resumptionToken: string | null;
  /** Records in the whole list (`completeListSize`), when the page says. */
  completeListSize: number | null;
  /** Records of this page without a readable identifier (left out). */
  skipped: number;
}

const EMPTY_PAGE: OaiPage = {
  records: [],
  resumptionToken: null,
  completeListSize: 0,
  skipped: 0,
};

function biblioIdOf(identifier: string): string | null {
  return /slims-(\d+)$/.exec(identifier)?.[1] ?? null;
}

/** The call number is the one `dc:identifier` that is not a link. */
function callNumberOf(dc: XmlNode | undefined): string | null {
  for (const node of children(dc, 'identifier')) {
    const text = textOf(node);
    if (text && !/^[a-z]+:\/\//i.test(text)) return text;
  }
  return null;
}

function readRecord(record: XmlNode): CatalogueDetails | null {
  const header = child(record, 'header');
  const biblioId = biblioIdOf(textOf(child(header, 'identifier')));
  if (!biblioId) return null;
  const deleted = attr(header, 'status') === 'deleted';
  const dc = child(child(record, 'metadata'), 'dc');
  return {
    biblioId,
    callNumber: deleted ? null : callNumberOf(dc),
    inputDate: slimsDate(textOf(child(header, 'datestamp'))),
    ...(deleted ? { deleted } : {}),
  };
}

function notXml(text: string, contentType?: string | null): Result<OaiPage> {
  if (looksLikeHtml(text, contentType)) {
    return fail({ code: isSlimsHtml(text) ? 'switched-off' : 'not-slims', output: 'oai' });
  }
  return fail({ code: 'not-slims', output: 'oai' });
}

/** One ListRecords page; never throws. */
export function parseOaiPage(body: string, contentType?: string | null): Result<OaiPage> {
  const text = stripBom(body).trim();
  if (!text.startsWith('<') || looksLikeHtml(text, contentType)) return notXml(text, contentType);
  const xml = parseXml(text);
  if (!xml.ok) {
    // A cut-off OAI answer still starts like one; anything else was never OAI-PMH.
    return /<OAI-PMH[\s>]/.test(text)
      ? fail({ code: 'malformed', output: 'oai', detail: xml.detail })
      : fail({ code: 'not-slims', output: 'oai' });
  }
  const root = child(xml.root, 'OAI-PMH');
  if (!root) return fail({ code: 'not-slims', output: 'oai' });
  const errors = children(root, 'error');
  if (errors.length > 0) {
    const codes = errors.map((error) => attr(error, 'code') ?? '');
    if (codes.includes('noRecordsMatch')) return ok(EMPTY_PAGE);
    const message = errors.map(textOf).join(' ');
    if (message.includes(SWITCHED_OFF_TEXT.oai)) {
      return fail({ code: 'switched-off', output: 'oai' });
    }
    return fail({ code: 'malformed', output: 'oai', detail: `${codes.join(', ')}: ${message}` });
  }
  const list = child(root, 'ListRecords');
  if (!list) return fail({ code: 'malformed', output: 'oai', detail: 'no ListRecords' });
  const raw = children(list, 'record');
  const records = raw.map(readRecord).filter((record) => record !== null);
  const token = child(list, 'resumptionToken');
  const size = Number(attr(token, 'completeListSize'));
  return ok({
    records,
    resumptionToken: textOf(token) || null,
    completeListSize: token && Number.isFinite(size) ? size : null,
    skipped: raw.length - records.length,
  });
}
