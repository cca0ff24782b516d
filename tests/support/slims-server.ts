/**
 * A local SLiMS 9 catalogue for tests, the benchmark and the demo: node:http answering the routes
 * Sapa reads, byte for byte in the shapes SLiMS 9 (slims/slims9_bulian) writes them. Each route
 * names the SLiMS file it follows; docs/slims.md cites them all. No PHP or database: the
 * catalogue is a list of `SlimsRecord`s.
 *
 * Switches reproduce what a real catalogue can do: an empty catalogue, outputs switched off in
 * SLiMS's configuration, slow answers, broken answers (cut off, or a page with an unreadable
 * record), and a site that is not SLiMS at all.
 *
 * Run alone: `tsx tests/support/slims-server.ts [port]` serves the sample catalogue.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

import { SAMPLE_RECORDS, type SlimsRecord } from './slims-records';

export { SAMPLE_RECORDS, manyRecords, type SlimsRecord } from './slims-records';

export type SlimsOutput = 'jsonld' | 'oai' | 'mods';

export interface SlimsServerOptions {
  records?: SlimsRecord[];
  /** Titles per OPAC search page (`opac_result_num`, 10 in sysconfig.inc.php). */
  perPage?: number;
  /** Records per OAI-PMH page (`MAXRECORDS`, 100 in lib/oaipmh/oaidp-config.php). */
  oaiPageSize?: number;
  /** The folder SLiMS is installed in (its `SWB`), e.g. '/slims/'. */
  basePath?: string;
  /** SLiMS's output switches (all on by default, as in sysconfig.inc.php). */
  outputs?: { jsonld?: boolean; xmlDetail?: boolean; oai?: boolean };
  /** Answer every route like a site that is not SLiMS (a CMS's catch-all page). */
  notSlims?: boolean;
  /** Wait this long before answering each request. */
  delayMs?: number;
  /** Break one output: cut its answer off, or put an unreadable record in it. */
  broken?: { output: SlimsOutput; kind: 'truncated' | 'bad-record'; page?: number } | null;
}

export interface SlimsServer {
  /** The catalogue's base address (ends in '/'). */
  url: string;
  port: number;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Change the switches (or the records) while running. */
  configure(options: SlimsServerOptions): void;
  /** Back to the defaults with `options` on top (base path kept), and no requests recorded. */
  reset(options?: SlimsServerOptions): void;
  close(): Promise<void>;
}

const SENAYAN_VERSION = 'SLiMS 9 (Bulian D Roger)';

interface Settings {
  records: SlimsRecord[];
  perPage: number;
  oaiPageSize: number;
  basePath: string;
  outputs: { jsonld: boolean; xmlDetail: boolean; oai: boolean };
  notSlims: boolean;
  delayMs: number;
  broken: SlimsServerOptions['broken'];
}

function settingsFrom(options: SlimsServerOptions, previous?: Settings): Settings {
  const base = previous ?? {
    records: SAMPLE_RECORDS,
    perPage: 10,
    oaiPageSize: 100,
    basePath: '/',
    outputs: { jsonld: true, xmlDetail: true, oai: true },
    notSlims: false,
    delayMs: 0,
    broken: null,
  };
  return {
    ...base,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
    outputs: { ...base.outputs, ...options.outputs },
  } as Settings;
}

// ---------------------------------------------------------------------------------------------
// PHP's output helpers

/**
 * PHP's `json_encode` with default flags: "/" escaped as "\/", non-ASCII as \uXXXX.
 * (DefaultEngine::toJSON returns json_encode as is; biblio_list_model.inc.php unescapes "/".)
 */
function phpJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(
      /[\u007f-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

/** PHP's `urlencode`: spaces as "+", everything but [A-Za-z0-9_.-] percent-encoded. */
function phpUrlencode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

/** `htmlspecialchars` / XML text escaping. */
function xmlText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function gmdate(date = new Date()): string {
  return date.toISOString().slice(0, 19) + 'Z';
}

/** lib/oaipmh/oaidp-util.php formatDatestamp: the local DATETIME with a literal "Z". */
function formatDatestamp(datetime: string): string {
  return `${datetime.replace(' ', 'T')}Z`;
}

function publishYearOf(record: SlimsRecord): string {
  return /(\d{4})/.exec(record.publishYear ?? '')?.[1] ?? xmlText(record.publishYear);
}

// ---------------------------------------------------------------------------------------------
// Responses

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

function answer(body: string | Buffer, contentType: string, status = 200): Answer {
  return { status, headers: { 'Content-Type': contentType }, body };
}

/** An OPAC page: template/default/parts/header.php writes the generator meta. */
function opacHtml(settings: Settings, title: string, main: string): string {
  return `<!DOCTYPE html>
<html lang="id-ID">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, height=device-height, initial-scale=1">
    <meta name="generator" content="${SENAYAN_VERSION}">
    <title>${xmlText(title)} | Perpustakaan Universitas Contoh</title>
    <base href="${settings.basePath}">
</head>
<body>
<main id="slims-home">
${main}
</main>
</body>
</html>
`;
}

/**
 * The search results page lib/contents/default.inc.php prints when `JSONLD` is asked for but
 * `jsonld_result` is off: the normal HTML results, with its "XML Result"/"JSON Result" links.
 */
function searchHtml(settings: Settings, query: string): string {
  const items = settings.records
    .slice(0, settings.perPage)
    .map(
      (record) =>
        `<div class="item"><a class="titleField" href="index.php?p=show_detail&amp;id=${record.biblioId}">${xmlText(record.title)}</a></div>`,
    )
    .join('\n');
  return opacHtml(
    settings,
    'Hasil pencarian',
    `<div class="search-found-info">Ditemukan <strong>${settings.records.length}</strong> dari pencarian Anda melalui kata kunci: <strong class="search-found-info-keywords"><span class="search-keyword-info" title=""></span></strong></div>
<div><a href="index.php?resultXML=true&amp;${xmlText(query)}" class="xmlResultLink" target="_blank" title="View Result in XML Format" style="clear: both;">XML Result</a><a href="index.php?JSONLD=true&amp;${xmlText(query)}" class="jsonResultLink" target="_blank" title="View Result in JSON Format" style="clear: both;">JSON Result</a></div>
${items}`,
  );
}

function newestFirst(records: SlimsRecord[]): SlimsRecord[] {
  // DefaultEngine::buildSQL, sort "recently-added": `order by b.input_date desc`.
  return [...records].sort((a, b) => b.inputDate.localeCompare(a.inputDate));
}

/** DefaultEngine::toJSON (lib/SearchEngine/DefaultEngine.php). */
function searchJson(settings: Settings, host: string, page: number): Answer {
  const records = newestFirst(settings.records);
  const start = (page - 1) * settings.perPage;
  const slice = records.slice(start, start + settings.perPage);
  const graph: unknown[] = slice.map((record) => {
    const item: Record<string, unknown> = {
      // 'http://' . $_SERVER['SERVER_NAME'] . SWB: plain http, no port.
      '@id': `http://${host}${settings.basePath}index.php?p=show_detail&id=${record.biblioId}`,
      name: record.title.trim(),
      // An empty PHP array encodes as [], a filled one as {"name":[…]}.
      author: record.authors.length ? { name: record.authors } : [],
      isbn: record.isbn,
      publisher: record.publisher,
      dateCreated: record.publishYear,
    };
    if (record.image) item.image = phpUrlencode(record.image);
    return item;
  });
  const broken = settings.broken;
  if (broken?.output === 'jsonld' && broken.kind === 'bad-record' && (broken.page ?? 1) === page) {
    // A record another plugin or a damaged row wrote without its id and name.
    graph.splice(1, 0, { author: [], isbn: null, publisher: null, dateCreated: null });
  }
  const body = phpJson({
    '@context': 'http://schema.org',
    '@type': 'Book',
    total_rows: records.length,
    page,
    records_each_page: settings.perPage,
    '@graph': graph,
  });
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/ld+json',
      'Content-disposition': 'attachment; filename=biblio-opac.json',
    },
    body,
  };
}

// OAI-PMH -------------------------------------------------------------------------------------

const OAI_OPEN =
  '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">';

/** ANDS_XML (lib/oaipmh/xml_creater.php): declaration, stylesheet PI, responseDate, request. */
function oaiDocument(baseUri: string, args: Record<string, string>, inner: string): string {
  const attrs = Object.entries(args)
    .map(([key, value]) => ` ${key}="${xmlText(phpUrlencode(value))}"`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="./oai2.xsl"?>
${OAI_OPEN}
  <responseDate>${gmdate()}</responseDate>
  <request${attrs}>${xmlText(baseUri)}oai2.php</request>
${inner}</OAI-PMH>
`;
}

function oaiError(baseUri: string, args: Record<string, string>, code: string, text: string) {
  return oaiDocument(baseUri, args, `  <error code="${code}">${xmlText(text)}</error>\n`);
}

/** lib/oaipmh/record_dc.php create_metadata. */
function dcRecord(record: SlimsRecord, baseUri: string, hostId: string): string {
  const detail = `${baseUri}index.php?p=show_detail&amp;id=${record.biblioId}`;
  const lines: string[] = [`<dc:title>${xmlText(record.title)}</dc:title>`];
  for (const author of record.authors) lines.push(`<dc:creator>${xmlText(author)}</dc:creator>`);
  for (const subject of record.subjects) lines.push(`<dc:subject>${xmlText(subject)}</dc:subject>`);
  lines.push(`<dc:publisher>${xmlText(record.publisher)}</dc:publisher>`);
  lines.push(`<dc:date>${publishYearOf(record)}</dc:date>`);
  lines.push(`<dc:language>${record.languageId}</dc:language>`);
  lines.push(`<dc:type>${xmlText(record.gmd)}</dc:type>`);
  lines.push(`<dc:identifier>${detail}</dc:identifier>`);
  if (record.isbn) lines.push(`<dc:identifier_isbn>${xmlText(record.isbn)}</dc:identifier_isbn>`);
  if (record.callNumber) lines.push(`<dc:identifier>${xmlText(record.callNumber)}</dc:identifier>`);
  if (record.notes) lines.push(`<dc:description>${xmlText(record.notes)}</dc:description>`);
  if (record.publishPlace) lines.push(`<dc:coverage>${xmlText(record.publishPlace)}</dc:coverage>`);
  const thumb = record.image
    ? `${baseUri}lib/minigalnano/createthumb.php?filename=images/docs/${xmlText(record.image)}&amp;width=200`
    : null;
  if (thumb) lines.push(`<dc:identifier>${thumb}</dc:identifier>`);
  if (record.collation) lines.push(`<dc:format>${xmlText(record.collation)}</dc:format>`);
  if (record.classification) {
    lines.push(`<dc:subject>${xmlText(record.classification)}</dc:subject>`);
  }
  lines.push(`<image>${thumb ?? `${baseUri}images/default/image.png`}</image>`);
  return `    <record>
      <header>
        <identifier>oai:${hostId}:slims-${record.biblioId}</identifier>
        <datestamp>${formatDatestamp(record.inputDate)}</datestamp>
        <setSpec>${xmlText(record.publishYear)}</setSpec>
      </header>
      <metadata>
        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
${lines.map((line) => `          ${line}`).join('\n')}
        </oai_dc:dc>
      </metadata>
    </record>
`;
}

/**
 * oai2.php → lib/oaipmh/listrecords.php. The resumption token is SLiMS's own:
 * `<cursor>__<urlencode(extra SQL)>__<metadataPrefix>` (oaidp-util.php createResumToken).
 */
function listRecords(settings: Settings, params: URLSearchParams, baseUri: string, hostId: string) {
  const args: Record<string, string> = Object.fromEntries(params.entries());
  let cursor = 0;
  let from: string | null = null;
  const token = params.get('resumptionToken');
  if (token !== null) {
    if ([...params.keys()].length > 2) {
      return oaiError(
        baseUri,
        args,
        'badArgument',
        'The usage of resumptionToken as an argument allows no other arguments.',
      );
    }
    const parts = token.split('__');
    const extra = decodeURIComponent((parts[1] ?? '').replace(/\+/g, ' '));
    if (parts.length !== 3 || !/^\d+$/.test(parts[0]!)) {
      return oaiError(
        baseUri,
        args,
        'badResumptionToken',
        `The resumptionToken '${token}' does not exist or has already expired.`,
      );
    }
    cursor = Number(parts[0]);
    from = /input_date >= '([^']+)'/.exec(extra)?.[1] ?? null;
  } else {
    if (params.get('metadataPrefix') !== 'oai_dc') {
      const prefix = params.get('metadataPrefix');
      return prefix === null
        ? oaiError(
            baseUri,
            args,
            'badArgument',
            "The required argument 'metadataPrefix' is missing in the request.",
          )
        : oaiError(
            baseUri,
            args,
            'cannotDisseminateFormat',
            `The metadata format '${prefix}' given by metadataPrefix is not supported by this repository.`,
          );
    }
    from = params.get('from');
  }
  // ORDER BY biblio_id ASC, `input_date >= from` (fromQuery).
  const matching = [...settings.records]
    .filter((record) => from === null || record.inputDate >= from)
    .sort((a, b) => a.biblioId - b.biblioId);
  if (matching.length === 0) {
    return oaiError(
      baseUri,
      args,
      'noRecordsMatch',
      'The combination of the given values results in an empty list.',
    );
  }
  const size = settings.oaiPageSize;
  const page = matching.slice(cursor, cursor + size);
  let inner = '  <ListRecords>\n' + page.map((r) => dcRecord(r, baseUri, hostId)).join('');
  if (matching.length - cursor > size) {
    const next = cursor + size;
    const extra = from ? ` AND input_date >= '${from}'` : '';
    const nextToken = `${next}__${phpUrlencode(extra)}__oai_dc`;
    // DateTimeImmutable::format('Y-m-dTTZ'): "T" is the zone's abbreviation, "Z" its offset in
    // seconds, so SLiMS's expirationDate is not a date (PHP 8.2+ on a UTC server shown).
    const expires = `${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}+00:00+00:000`;
    inner += `    <resumptionToken expirationDate="${expires}" completeListSize="${matching.length}" cursor="${next}">${xmlText(nextToken)}</resumptionToken>\n`;
  } else if (token !== null) {
    inner += `    <resumptionToken completeListSize="${matching.length}" cursor="${cursor}"/>\n`;
  }
  inner += '  </ListRecords>\n';
  return oaiDocument(baseUri, args, inner);
}

/** oai.php's answer when `$sysconf['OAI']['enable']` is false (oai2.php itself has no switch). */
function oaiDisabled(baseUri: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/
  http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
  <responseDate>${gmdate()}</responseDate>
  <request>${xmlText(baseUri)}oai.php</request>
  <error code="badVerb">OAI Repository disabled</error>
  </OAI-PMH>`;
}

// MODS ----------------------------------------------------------------------------------------

/** detail::MODSoutput (lib/detail.inc.php), wrapped by lib/contents/show_detail.inc.php. */
function mods(record: SlimsRecord): string {
  const colon = record.title.indexOf(':');
  const main = colon >= 0 ? record.title.slice(0, colon + 1).trim() : record.title.trim();
  const sub = colon >= 0 ? record.title.slice(colon + 1).trim() : '';
  const names = record.authors
    .map(
      (author, index) => `  <name type="p" authority="">
   <namePart>${xmlText(author)}</namePart>
   <role>
    <roleTerm type="text">${index === 0 ? 'Primary Author' : 'Additional Author'}</roleTerm>
   </role>
  </name>`,
    )
    .join('\n');
  const subjects = record.subjects
    .map(
      (subject) => `  <subject authority="">\n   <topic>${xmlText(subject)}</topic>\n  </subject>`,
    )
    .join('\n');
  const image = record.image
    ? // MODSoutput urlencode()s the already urlencode()d name.
      `\n <slims:image>${xmlText(phpUrlencode(phpUrlencode(record.image)))}</slims:image>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" ?>
<modsCollection xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://www.loc.gov/mods/v3" xmlns:slims="http://slims.web.id" xsi:schemaLocation="http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-3.xsd">
<mods version="3.3" id="${record.biblioId}">
 <titleInfo>
  <title>${xmlText(main)}</title>${sub ? `\n  <subTitle>${xmlText(sub)}</subTitle>` : ''}
 </titleInfo>
${names}
 <typeOfResource manuscript="no" collection="yes">mixed material</typeOfResource>
 <genre authority="marcgt">bibliography</genre>
 <originInfo>
  <place>
   <placeTerm type="text">${xmlText(record.publishPlace)}</placeTerm>
  </place>
  <publisher>${xmlText(record.publisher)}</publisher>
  <dateIssued>${xmlText(record.publishYear)}</dateIssued>
 </originInfo>
 <language>
  <languageTerm type="code">${record.languageId}</languageTerm>
  <languageTerm type="text">${xmlText(record.languageName)}</languageTerm>
 </language>
 <physicalDescription>
  <form authority="gmd">${xmlText(record.gmd)}</form>
  <extent>${xmlText(record.collation)}</extent>
 </physicalDescription>
 <note>${xmlText(record.notes)}</note>
${subjects}
 <classification>${xmlText(record.classification)}</classification>
 <identifier type="isbn">${xmlText((record.isbn ?? '').replace(/[- ]/g, ''))}</identifier>
 <location>
  <physicalLocation>Perpustakaan Universitas Contoh </physicalLocation>
  <shelfLocator>${xmlText(record.callNumber)}</shelfLocator>
  <holdingSimple>
   <copyInformation>
    <numerationAndChronology type="1">B${String(record.biblioId).padStart(5, '0')}</numerationAndChronology>
    <sublocation>Perpustakaan Pusat</sublocation>
    <shelfLocator>${xmlText(record.callNumber)}</shelfLocator>
   </copyInformation>
  </holdingSimple>
 </location>${image}
 <recordInfo>
  <recordIdentifier>${record.biblioId}</recordIdentifier>
  <recordCreationDate encoding="w3cdtf">${record.inputDate}</recordCreationDate>
  <recordChangeDate encoding="w3cdtf">${record.lastUpdate}</recordChangeDate>
  <recordOrigin>machine generated</recordOrigin>
 </recordInfo>
</mods>
</modsCollection>`;
}

// Covers --------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'ascii');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

function joinBuffers(parts: Buffer[]): Buffer {
  const out = Buffer.alloc(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    part.copy(out, at);
    at += part.length;
  }
  return out;
}

/** A cover: a solid colour from the file name, a lighter band for the title, book proportions. */
export function coverPng(file: string, width: number): Buffer {
  const w = Math.max(8, Math.min(width, 400));
  const h = Math.round(w * 1.45);
  let hash = 0;
  for (const char of file) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const colour = [60 + (hash % 150), 60 + ((hash >> 8) % 150), 60 + ((hash >> 16) % 150)];
  const stride = 1 + w * 3; // filter byte, then RGB
  const pixels = new Uint8Array(h * stride);
  for (let y = 0; y < h; y += 1) {
    const band = y > h * 0.2 && y < h * 0.38;
    for (let x = 0; x < w; x += 1) {
      for (let c = 0; c < 3; c += 1) pixels[y * stride + 1 + x * 3 + c] = band ? 240 : colour[c]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return joinBuffers([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// Routing -------------------------------------------------------------------------------------

/** A catch-all page of a site that is not SLiMS (a CMS answers every path with 200). */
function notSlimsPage(): Answer {
  return answer(
    `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="generator" content="WordPress 6.6.2">
<title>Halaman tidak ditemukan – Universitas Contoh</title></head>
<body><h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak ada.</p></body></html>
`,
    'text/html; charset=UTF-8',
  );
}

function truncate(answer: Answer): Answer {
  const body = String(answer.body);
  return { ...answer, body: body.slice(0, Math.floor(body.length / 2)) };
}

function isBroken(settings: Settings, output: SlimsOutput, page: number): boolean {
  const broken = settings.broken;
  return (
    !!broken &&
    broken.output === output &&
    broken.kind === 'truncated' &&
    (broken.page ?? 1) === page
  );
}

function route(settings: Settings, url: URL, host: string, hostId: string): Answer {
  if (settings.notSlims) return notSlimsPage();
  const base = settings.basePath;
  if (!url.pathname.startsWith(base)) return answer('Not Found', 'text/plain', 404);
  const path = url.pathname.slice(base.length);
  const params = url.searchParams;
  const baseUri = `http://${hostId}${base}`;

  if (path === 'oai2.php') {
    if (!settings.outputs.oai) return answer(oaiDisabled(baseUri), 'text/xml');
    const verb = params.get('verb');
    const args = Object.fromEntries(params.entries());
    if (verb !== 'ListRecords') {
      const body = verb
        ? oaiError(
            baseUri,
            args,
            'badVerb',
            `The verb '${verb}' provided in the request is illegal.`,
          )
        : oaiError(baseUri, args, 'badVerb', 'The request does not provide any verb.');
      return answer(body, 'text/xml');
    }
    const token = params.get('resumptionToken');
    const page = token ? Math.floor(Number(token.split('__')[0]) / settings.oaiPageSize) + 1 : 1;
    const reply = answer(listRecords(settings, params, baseUri, hostId), 'text/xml');
    return isBroken(settings, 'oai', page) ? truncate(reply) : reply;
  }

  if (path === 'lib/minigalnano/createthumb.php') {
    const filename = params.get('filename') ?? '';
    const file = filename.replace(/^images\/docs\//, '');
    const known = settings.records.some((record) => record.image === file);
    if (!filename.startsWith('images/docs/') || !known) {
      return answer('File not found', 'text/plain', 404);
    }
    return answer(coverPng(file, Number(params.get('width')) || 120), 'image/png');
  }
  if (path === 'images/default/image.png') return answer(coverPng('default', 120), 'image/png');

  if (path === '' || path === 'index.php') {
    if (params.get('p') === 'show_detail') {
      const record = settings.records.find((r) => String(r.biblioId) === params.get('id'));
      if (params.get('inXML')) {
        if (!settings.outputs.xmlDetail) return answer('XML Detail is disabled', 'text/html');
        if (!record) return answer('Not Found', 'text/plain', 404);
        const reply = answer(mods(record), 'text/xml');
        return isBroken(settings, 'mods', 1) ? truncate(reply) : reply;
      }
      if (!record)
        return answer(opacHtml(settings, 'Detail', '<p>Data tidak ditemukan.</p>'), 'text/html');
      return answer(
        opacHtml(
          settings,
          record.title,
          `<h1>${xmlText(record.title)}</h1><p>${xmlText(record.callNumber)}</p>`,
        ),
        'text/html; charset=UTF-8',
      );
    }
    if (params.get('search') !== null) {
      const page = Math.abs(Math.trunc(Number(params.get('page') ?? 1))) || 1;
      if (params.get('JSONLD') && settings.outputs.jsonld) {
        const reply = searchJson(settings, host, page);
        return isBroken(settings, 'jsonld', page) ? truncate(reply) : reply;
      }
      return answer(searchHtml(settings, url.search.slice(1)), 'text/html; charset=UTF-8');
    }
    return answer(
      opacHtml(settings, 'Beranda', '<h1>Perpustakaan Universitas Contoh</h1>'),
      'text/html; charset=UTF-8',
    );
  }
  return answer('Not Found', 'text/plain', 404);
}

export async function startSlimsServer(
  options: SlimsServerOptions = {},
  port = 0,
): Promise<SlimsServer> {
  let settings = settingsFrom(options);
  const requests: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const local = req.socket.localPort ?? 80;
    // SERVER_NAME has no port; Url::getDomain() adds it when it is not 80 or 443.
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const hostId = [80, 443].includes(local) ? host : `${host}:${local}`;
    const reply = route(settings, url, host, hostId);
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body);
    };
    if (settings.delayMs > 0) setTimeout(send, settings.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}${settings.basePath}`,
    port: actual,
    requests,
    configure(next) {
      settings = settingsFrom(next, settings);
    },
    reset(next = {}) {
      settings = settingsFrom({ basePath: settings.basePath, ...next });
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? 8765);
  void startSlimsServer({}, port).then((server) => {
    console.log(`Local SLiMS catalogue at ${server.url}`);
  });
}
