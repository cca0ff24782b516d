/**
 * Records the local SLiMS's answers (tests/support/slims-server.ts) on the host lib.example.ac.id
 * into tests/fixtures/slims/, for the parser tests in lib/catalogue. Dates that change each run
 * (responseDate, expirationDate) are fixed. Run: `npx tsx scripts/slims-record.ts`.
 */
import { join } from 'node:path';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startSlimsServer, SAMPLE_RECORDS } from '../tests/support/slims-server';
const s = await startSlimsServer({ records: SAMPLE_RECORDS, perPage: 5, oaiPageSize: 5 });
const get = (p: string) =>
  new Promise<string>((resolve) => {
    request(
      { host: '127.0.0.1', port: s.port, path: '/' + p, headers: { host: 'lib.example.ac.id' } },
      (res) => {
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (b += c));
        res.on('end', () =>
          resolve(
            b
              .replaceAll(`:${s.port}`, '')
              .replace(/<responseDate>[^<]+</, '<responseDate>2026-12-01T02:00:00Z<')
              .replace(/expirationDate="[^"]+"/, 'expirationDate="2026-12-02+00:00+00:000"'),
          ),
        );
      },
    ).end();
  });
const dir = join(process.cwd(), 'tests', 'fixtures', 'slims');
mkdirSync(dir, { recursive: true });
const q =
  'index.php?search=search&keywords=&filter=%7B%22sort%22%3A%22recently-added%22%7D&JSONLD=true&page=';
writeFileSync(`${dir}/search-page-1.json`, await get(q + '1'));
writeFileSync(`${dir}/search-page-2.json`, await get(q + '2'));
writeFileSync(`${dir}/search-page-3.json`, await get(q + '3'));
const first = await get('oai2.php?verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-01');
writeFileSync(`${dir}/oai-page-1.xml`, first);
const token = /<resumptionToken[^>]*>([^<]+)</.exec(first)![1]!;
const second = await get(
  'oai2.php?verb=ListRecords&resumptionToken=' + encodeURIComponent(token.replaceAll('&amp;', '&')),
);
const token2 = /<resumptionToken[^>]*>([^<]+)</.exec(second)![1]!;
writeFileSync(
  `${dir}/oai-last-page.xml`,
  await get('oai2.php?verb=ListRecords&resumptionToken=' + encodeURIComponent(token2)),
);
writeFileSync(
  `${dir}/oai-no-records.xml`,
  await get('oai2.php?verb=ListRecords&metadataPrefix=oai_dc&from=2030-01-01'),
);
writeFileSync(`${dir}/mods-101.xml`, await get('index.php?p=show_detail&inXML=true&id=101'));
s.configure({ outputs: { jsonld: false, oai: false, xmlDetail: false } });
writeFileSync(`${dir}/search-jsonld-off.html`, await get(q + '1'));
writeFileSync(
  `${dir}/oai-disabled.xml`,
  await get('oai2.php?verb=ListRecords&metadataPrefix=oai_dc'),
);
await s.close();
console.log(`Recorded SLiMS answers in ${dir}`);
