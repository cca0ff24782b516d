/**
 * A published library in the real extension: the dashboard subscribes to a pack served by a
 * local web server, the background's fetch brings it in (then a 304, then a changed source),
 * and the subscribed items show where they come from and cannot be edited.
 *
 * Stand-in: headless Chromium cannot show the permission prompt (a request stays pending), so
 * the test answers `permissions.request` in the dashboard and `permissions.contains` in the
 * service worker as granted; the server sends CORS headers, so the fetch itself is real.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { packJson, packSet, packTemplate } from '../support/subscriptions';
import { grantOriginChecks, grantOriginRequests, launch, readTable, type Harness } from './harness';

let harness: Harness;
let server: Server;
let base: string;
let body = '';
let etag = '"v1"';
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    if (req.method === 'OPTIONS') return res.writeHead(204).end();
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  body = packJson({
    templates: [packTemplate('webinar', { name: 'Webinar Literasi Digital' })],
    hashtagSets: [packSet('nasional', ['HariBukuNasional', 'AyoMembaca'])],
  });
  harness = await launch();
  await grantOriginChecks(harness.background);
});
afterAll(async () => {
  await harness?.close();
  await new Promise((resolve) => server?.close(resolve));
});

test('subscribes from the dashboard; items are marked with their source, read-only, and follow the source', async () => {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
  await grantOriginRequests(page);

  await page.getByLabel('Link to the pack or CSV').fill(`${base}/perpusnas.json`);
  await page.getByLabel('Name (optional)').fill('Perpusnas');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect.poll(() => page.getByText('Subscribed to “Perpusnas”: 2 items.').count()).toBe(1);

  // The template is in the library, marked with its source, with no way to edit it.
  await page.getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('button', { name: /Webinar Literasi Digital/ }).click();
  await expect.poll(() => page.getByText('From Perpusnas').count()).toBeGreaterThan(0);
  expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Duplicate to my library' }).count()).toBe(1);

  // Checking again: the server answers 304 to the stored ETag; nothing changes.
  await page.getByRole('link', { name: 'Team sync' }).click();
  await page.getByRole('button', { name: 'Check now: “Perpusnas”' }).click();
  await expect.poll(() => page.getByText('“Perpusnas” is up to date.').count()).toBe(1);
  expect(seen.at(-1)?.['if-none-match']).toBe('"v1"');

  // The publisher changes the set and drops the template: the next check follows.
  body = packJson({ hashtagSets: [packSet('nasional', ['HariBukuNasional', 'BacaBuku'])] });
  etag = '"v2"';
  await page.getByRole('button', { name: 'Check now: “Perpusnas”' }).click();
  await expect
    .poll(async () =>
      (await readTable(harness.background, 'hashtagSets')).find((s) =>
        String(s.id).endsWith(':nasional'),
      ),
    )
    .toMatchObject({ tags: ['HariBukuNasional', 'BacaBuku'], source: { title: 'Perpusnas' } });
  const template = (await readTable(harness.background, 'templates')).find((t) =>
    String(t.id).endsWith(':webinar'),
  );
  expect(template).toMatchObject({ deleted: true });

  expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.close();
});
