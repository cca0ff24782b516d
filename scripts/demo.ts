/**
 * Try Sapa without a social-media account: opens Chromium with the built extension and serves the
 * fixture composers (real Lexical and Draft.js editors) at the real platform addresses. Nothing
 * goes to the network. A team database (a CouchDB-protocol server on 127.0.0.1) runs beside it,
 * so team sync can be tried too, and a local SLiMS catalogue (tests/support/slims-server.ts) that
 * the demo library is connected to, so the dashboard's New arrivals and the panel's
 * "Koleksi baru dari katalog" template show its titles. The post log holds last month's and this
 * month's posts (made up), so the Post log and the Monthly report show something. Close the
 * browser window to stop.
 *
 *   npm run demo                     a browser window with the four composers in tabs
 *   npm run demo -- --screenshots D  no window: opens each composer and saves a picture into D
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  grantOriginChecks,
  grantOriginRequests,
  launch,
  passThroughOrigin,
  writeRows,
  type Harness,
} from '../tests/e2e/harness';
import { DEMO_MEMBERS, demoPlans } from '../tests/support/demo-calendar';
import { demoLastMonth, demoPostLog } from '../tests/support/demo-post-log';
import { startSlimsServer } from '../tests/support/slims-server';
import { openComposer, PLATFORM_IDS } from '../tests/e2e/platforms';
import { FIXTURE_URLS } from '../tests/fixtures/serve';
import { createServer } from 'node:http';
import { packJson, packSet, packTemplate } from '../tests/support/subscriptions';
import { startCouchServer } from '../tests/support/couch-server';

const screenshotsAt = process.argv.indexOf('--screenshots');
const screenshotDir =
  screenshotsAt > -1 ? (process.argv[screenshotsAt + 1] ?? 'demo-screenshots') : null;
// LANG is "id_ID.UTF-8" on a desktop but often "C" or "POSIX" on servers: only a real language
// tag is passed on to Chromium.
const wanted = process.env.SAPA_LANG ?? process.env.LANG?.split('.')[0]?.replace('_', '-') ?? '';
const locale = /^[a-z]{2,3}(-[A-Z]{2})?$/.test(wanted) ? wanted : 'en-US';

if (
  !screenshotDir &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.error(
    'No display found. Run "xvfb-run npm run demo", or "npm run demo -- --screenshots demo-screenshots" to get pictures instead.',
  );
  process.exit(1);
}

// The team's "CouchDB": express-pouchdb in memory, with CORS so the browser may reach it.
const team = await startCouchServer({ cors: true });
await fetch(`${team.url}/sapa-demo`, { method: 'PUT' });

// A "published library": a pack on a web server, to try subscriptions (CORS, ETag like a host).
const published = createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since');
  res.setHeader('Access-Control-Expose-Headers', 'ETag');
  if (req.method === 'OPTIONS') return res.writeHead(204).end();
  if (req.headers['if-none-match'] === '"demo-1"') return res.writeHead(304).end();
  res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"demo-1"' }).end(
    packJson({
      library: 'Perpustakaan Nasional',
      templates: [
        packTemplate('webinar-literasi', {
          name: 'Webinar literasi digital (Perpustakaan Nasional)',
          body: 'Ikuti webinar literasi digital bersama {{library}}! Daftar: {{link}}',
        }),
      ],
      hashtagSets: [packSet('hari-buku', ['HariBukuNasional', 'AyoMembaca', 'PerpusnasRI'])],
    }),
  );
});
await new Promise<void>((resolve) => published.listen(0, '127.0.0.1', resolve));
const publishedAddress = published.address();
const publishedUrl = `http://127.0.0.1:${typeof publishedAddress === 'object' && publishedAddress ? publishedAddress.port : 0}/perpustakaan-nasional.json`;

// The library's own catalogue: a local SLiMS 9 with twelve Indonesian titles (no CORS headers,
// like a real one: only the extension's background reads it).
const slims = await startSlimsServer();

const harness = await launch({ headless: screenshotDir !== null, locale });

/**
 * Connects the demo library to the local SLiMS from the dashboard's New arrivals section, as a
 * person does. The browser's "allow this site" prompt is answered as granted (as in the tests),
 * and the catalogue's answers pass through unchanged (tests/e2e/harness.ts, passThroughOrigin).
 */
async function connectCatalogue(h: Harness): Promise<void> {
  await passThroughOrigin(h.context, new URL(slims.url).origin);
  await grantOriginChecks(h.background);
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options.html#catalogue`);
  await grantOriginRequests(page);
  await page.locator('input[type="url"]').first().fill(slims.url);
  await page.locator('form button[type="submit"]').first().click();
  await page.waitForSelector('.sapa-arrival', { timeout: 30_000 });
  if (screenshotDir) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const file = join(screenshotDir, 'dashboard-new-arrivals.png');
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
  }
  await page.close();
}

/** The dashboard's Team sync section connected to the demo's team database. */
async function screenshotTeamSync(file: string) {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
  // Headless Chromium cannot show the permission prompt; answer it as a person would.
  await grantOriginRequests(page);
  await page.locator('input[type="url"]').first().fill(team.url);
  await page.locator('input[placeholder="sapa-tim"]').fill('sapa-demo');
  await page.locator('form button[type="submit"]').first().click();
  await page.waitForSelector('text=/sapa-demo/', { timeout: 20_000 });
  // Subscribing checks the permission in the background too; grant it there as well.
  await grantOriginChecks(harness.background);
  await page.locator('input[type="url"]').last().fill(publishedUrl);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForSelector('text=/perpustakaan-nasional/', { timeout: 20_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`saved ${file}`);
  await page.close();
}

/**
 * A month and a bit of the demo library's posts in the post log (tests/support/demo-post-log.ts),
 * so the dashboard's Post log and Monthly report have something to show.
 */
async function seedPostLog(h: Harness): Promise<void> {
  await writeRows(h.background, 'postLog', demoPostLog(Date.now()));
  // This month's and next month's content plan, and the team it is divided among.
  await writeRows(h.background, 'teamMembers', DEMO_MEMBERS);
  await writeRows(h.background, 'plannedPosts', demoPlans(Date.now()));
  if (!screenshotDir) return;
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html#report`);
  await page.locator('input[type="month"]').fill(demoLastMonth(Date.now()));
  await page.waitForTimeout(500);
  const file = join(screenshotDir, 'dashboard-report.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`saved ${file}`);
  await page.close();
}

if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
await seedPostLog(harness).catch((error: unknown) =>
  console.error('Adding the demo post log failed:', error),
);
await connectCatalogue(harness).catch((error: unknown) =>
  console.error('Connecting the local SLiMS failed:', error),
);

if (screenshotDir) {
  for (const platform of PLATFORM_IDS) {
    const page = await harness.context.newPage();
    await openComposer(page, platform);
    await page.waitForTimeout(600);
    const file = join(screenshotDir, `${platform}.png`);
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
    await page.close();
  }
  await screenshotTeamSync(join(screenshotDir, 'dashboard-team-sync.png'));
  await harness.close();
  await team.stop();
  published.close();
  await slims.close();
} else {
  const [first] = harness.context.pages();
  for (const [index, platform] of PLATFORM_IDS.entries()) {
    const page = index === 0 && first ? first : await harness.context.newPage();
    await page.goto(FIXTURE_URLS[platform]);
  }
  console.log('Sapa demo is running. Tabs: X (/home), Instagram (press Create), Facebook (press');
  console.log(
    '"What\'s on your mind"), TikTok Studio (press Select video). Close the window to stop.',
  );
  console.log(
    `Team sync: in the dashboard (toolbar icon) → Team sync, connect to ${team.url} with the database "sapa-demo" (no user name needed). The data lives until the demo stops.`,
  );
  console.log(`Subscriptions: in Team sync, subscribe to ${publishedUrl} (a published pack).`);
  console.log(
    "Post log and Monthly report: the demo library's post log holds last month's posts and this month's so far (made up). Calendar: this month's and next month's plan of a team of three.",
  );
  console.log(
    `New arrivals: the library is connected to a local SLiMS at ${slims.url}; in a composer's panel, search the templates for "katalog" and pick titles.`,
  );
  await new Promise<void>((resolve) => harness.context.on('close', () => resolve()));
  await harness.close().catch(() => undefined);
  await team.stop();
  published.close();
  await slims.close();
}
