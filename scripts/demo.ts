/**
 * Try Sapa without a social-media account: opens Chromium with the built extension and serves the
 * fixture composers (real Lexical and Draft.js editors) at the real platform addresses. Nothing
 * goes to the network. Close the browser window to stop.
 *
 *   npm run demo                     a browser window with the four composers in tabs
 *   npm run demo -- --screenshots D  no window: opens each composer and saves a picture into D
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from '../tests/e2e/harness';
import { openComposer, PLATFORM_IDS } from '../tests/e2e/platforms';
import { FIXTURE_URLS } from '../tests/fixtures/serve';

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

const harness = await launch({ headless: screenshotDir !== null, locale });

if (screenshotDir) {
  await mkdir(screenshotDir, { recursive: true });
  for (const platform of PLATFORM_IDS) {
    const page = await harness.context.newPage();
    await openComposer(page, platform);
    await page.waitForTimeout(600);
    const file = join(screenshotDir, `${platform}.png`);
    await page.screenshot({ path: file });
    console.log(`saved ${file}`);
    await page.close();
  }
  await harness.close();
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
  await new Promise<void>((resolve) => harness.context.on('close', () => resolve()));
  await harness.close().catch(() => undefined);
}
