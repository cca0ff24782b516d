/**
 * Draws Sapa's icons and the store tile from their SVG sources (assets/icon/) into PNGs, with the
 * same Chromium the tests use. The PNGs are committed: WXT finds public/icon/<size>.png and lists
 * them in the manifest's "icons"; the tile is uploaded to the stores by hand.
 *
 *   npm run icons
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';
import { ICON_SIZES, pngSize } from './png';

interface Drawing {
  source: string;
  out: string;
  width: number;
  height: number;
}

/** 16 px has its own drawing: the big one's bookmark and curves blur at that size. */
const DRAWINGS: Drawing[] = [
  ...ICON_SIZES.map((size) => ({
    source: size === 16 ? 'assets/icon/icon-16.svg' : 'assets/icon/icon.svg',
    out: `public/icon/${size}.png`,
    width: size,
    height: size,
  })),
  { source: 'assets/icon/tile.svg', out: 'docs/store/tile-440x280.png', width: 440, height: 280 },
];

async function draw(browser: Browser, drawing: Drawing): Promise<void> {
  const svg = await readFile(drawing.source, 'utf8');
  const page = await browser.newPage({
    viewport: { width: drawing.width, height: drawing.height },
    deviceScaleFactor: 1,
  });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<body style="margin:0;background:transparent"><img src="${src}" width="${drawing.width}" height="${drawing.height}" style="display:block"></body>`,
  );
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const shot = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: drawing.width, height: drawing.height },
  });
  await page.close();
  // Playwright's Buffer type and Node's fs types disagree on the backing buffer; copy it plainly.
  const png = new Uint8Array(shot);
  const size = pngSize(png);
  if (size.width !== drawing.width || size.height !== drawing.height) {
    throw new Error(`${drawing.out} came out ${size.width}×${size.height}`);
  }
  await mkdir(dirname(drawing.out), { recursive: true });
  await writeFile(drawing.out, png);
  console.log(`${drawing.out} ${size.width}×${size.height}`);
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const drawing of DRAWINGS) await draw(browser, drawing);
} finally {
  await browser.close();
}
