/**
 * New arrivals ("Koleksi baru") in the real extension: the dashboard connects the local SLiMS
 * (tests/support/slims-server.ts, SLiMS 9's formats, no CORS headers), tests it and reads its new
 * titles through the background; the panel on Instagram picks three of them, fills the
 * new-arrivals template and inserts it into the real Lexical caption (each title with its cover,
 * drawn from bytes the background read); the picked titles are then remembered as posted.
 *
 * Stand-ins: headless Chromium cannot show the permission prompt, so the permission API calls are
 * answered as granted (`grantOriginRequests`, `grantOriginChecks`) and the SLiMS origin is passed
 * through Playwright's routing unchanged (`passThroughOrigin`), as the granted permission would
 * let Chromium read it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SAMPLE_RECORDS, startSlimsServer, type SlimsServer } from '../support/slims-server';
import {
  editorState,
  grantOriginChecks,
  grantOriginRequests,
  launch,
  passThroughOrigin,
  readTable,
  type Harness,
} from './harness';
import { openComposer, panelIn } from './platforms';

let slims: SlimsServer;

beforeAll(async () => {
  slims = await startSlimsServer();
});
afterAll(async () => {
  await slims?.close();
});

async function setUp(locale?: string): Promise<Harness> {
  const harness = await launch(locale ? { locale } : {});
  await grantOriginChecks(harness.background);
  await passThroughOrigin(harness.context, new URL(slims.url).origin);
  return harness;
}

async function openCatalogueSection(harness: Harness, viewport = { width: 1280, height: 720 }) {
  const page = await harness.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#catalogue`);
  await grantOriginRequests(page);
  return page;
}

const newest = [...SAMPLE_RECORDS].sort((a, b) => b.inputDate.localeCompare(a.inputDate));

describe('new arrivals in English', () => {
  let harness: Harness;
  beforeAll(async () => {
    slims.configure({ outputs: { jsonld: true, oai: true, xmlDetail: true } });
    harness = await setUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  test('connects the local SLiMS, picks three titles on Instagram and inserts the filled template', async () => {
    const dashboard = await openCatalogueSection(harness);
    await dashboard.getByLabel('Catalogue address (OPAC)').fill(slims.url);
    await dashboard.getByRole('button', { name: 'Test connection' }).click();
    await expect
      .poll(() => dashboard.getByTestId('catalogue-outcome').textContent(), { timeout: 20_000 })
      .toBe(
        `127.0.0.1:${slims.port} is a SLiMS catalogue with ${SAMPLE_RECORDS.length} titles; the most recently added is “${newest[0]!.title}”. Version: SLiMS 9 (Bulian D Roger).`,
      );
    await dashboard.getByRole('button', { name: 'Connect', exact: true }).click();
    const list = dashboard.getByRole('list', { name: 'New arrivals not posted yet' });
    await expect
      .poll(() => list.getByRole('listitem').count(), { timeout: 20_000 })
      .toBe(SAMPLE_RECORDS.length);
    // Call numbers came from OAI-PMH; covers from SLiMS's thumbnail script.
    const first = list.getByRole('listitem').first();
    expect(await first.getByRole('heading').textContent()).toBe(newest[0]!.title);
    expect(await first.textContent()).toContain(`Call number: ${newest[0]!.callNumber}`);
    expect(
      await first
        .getByRole('link', { name: `Open “${newest[0]!.title}” in the catalogue` })
        .getAttribute('href'),
    ).toBe(`${slims.url}index.php?p=show_detail&id=${newest[0]!.biblioId}`);
    await dashboard.waitForTimeout(300);
    await dashboard.screenshot({ path: 'test-results/catalogue-dashboard.png' });
    await dashboard.screenshot({
      path: 'test-results/catalogue-dashboard-full.png',
      fullPage: true,
    });

    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    const composer = await openComposer(page, 'instagram');
    const panel = panelIn(composer.scope);
    await panel.getByRole('searchbox', { name: 'Search templates' }).fill('katalog');
    await panel.getByRole('button', { name: 'Insert template Koleksi baru dari katalog' }).click();
    const picks = panel.getByRole('list', { name: 'New titles to pick from' });
    await expect
      .poll(() => picks.getByRole('checkbox').count(), { timeout: 10_000 })
      .toBe(SAMPLE_RECORDS.length);
    // Covers come as bytes from the background and are drawn in the panel: the page's CSP
    // (img-src 'self' data:, as the sites send) would not load them from the catalogue's host.
    const withCover = SAMPLE_RECORDS.filter((record) => record.image).length;
    await expect
      .poll(() => picks.locator('[data-cover="drawn"]').count(), { timeout: 10_000 })
      .toBe(withCover);
    const firstCover = picks.locator('[data-cover="drawn"] canvas').first();
    const colours = await firstCover.evaluate((canvas: HTMLCanvasElement) => {
      const pixel = (x: number, y: number) =>
        Array.from(canvas.getContext('2d')!.getImageData(x, y, 1, 1).data);
      // The thumbnail: a coloured cover with a light title band (tests/support/slims-server.ts).
      return { cover: pixel(40, 10), band: pixel(40, 35) };
    });
    expect(colours.cover[3]).toBe(255);
    expect(colours.band).toEqual([240, 240, 240, 255]);
    expect(colours.cover.slice(0, 3)).not.toEqual([240, 240, 240]);
    expect(await picks.locator('[data-cover="none"]').count()).toBe(
      SAMPLE_RECORDS.length - withCover,
    );
    const chosen = newest.slice(0, 3);
    for (const record of chosen)
      await picks.getByRole('checkbox', { name: new RegExp(escape(record.title)) }).check();
    await panel
      .getByRole('textbox', { name: 'Library name' })
      .fill('Perpustakaan Universitas Contoh');
    await page.screenshot({ path: 'test-results/catalogue-panel-instagram.png' });
    await panel.getByRole('button', { name: 'Insert at cursor' }).click();

    const lines = chosen.map(
      (r) =>
        `📖 ${r.title} – ${authors(r.authors)} (${r.publishYear}) · ${r.callNumber} · ${slims.url}index.php?p=show_detail&id=${r.biblioId}`,
    );
    const expected = `Koleksi baru di Perpustakaan Universitas Contoh! 📚\n\n${lines.join('\n')}\n\nSilakan datang dan pinjam, atau cari judulnya di katalog daring kami.\n\nSalam literasi!`;
    await expect
      .poll(() => editorState(page, composer.editorName), { timeout: 10_000 })
      .toBe(expected);
    await page.screenshot({ path: 'test-results/catalogue-inserted-instagram.png' });

    // The three are remembered as posted: they leave the new arrivals.
    await expect
      .poll(async () => {
        const settings = await readTable(harness.background, 'settings');
        const state = settings.find((row) => row.key === 'catalogue')?.value as
          { posted: string[] } | undefined;
        return state?.posted;
      })
      .toEqual(chosen.map((r) => String(r.biblioId)));
    await dashboard.reload();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(SAMPLE_RECORDS.length - 3);
  });
});

describe('new arrivals in Indonesian', () => {
  let harness: Harness;
  let page: Page;
  beforeAll(async () => {
    harness = await setUp('id-ID');
    page = await openCatalogueSection(harness, { width: 1366, height: 768 });
  });
  afterAll(async () => {
    slims.configure({ outputs: { jsonld: true } });
    await harness?.close();
  });

  test('says exactly what is wrong in Indonesian, then connects', async () => {
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Koleksi baru');
    slims.configure({ outputs: { jsonld: false } });
    await page.getByLabel('Alamat katalog (OPAC)').fill(slims.url);
    await page.getByRole('button', { name: 'Uji koneksi' }).click();
    await expect
      .poll(() => page.getByTestId('catalogue-outcome').textContent(), { timeout: 20_000 })
      .toMatch(/^Keluaran JSON-LD pada SLiMS ini dimatikan/);

    slims.configure({ outputs: { jsonld: true, oai: false } });
    await page.getByRole('button', { name: 'Hubungkan' }).click();
    await expect
      .poll(() => page.getByTestId('catalogue-outcome').textContent(), { timeout: 20_000 })
      .toContain('Keluaran OAI-PMH pada SLiMS ini dimatikan');
    const list = page.getByRole('list', { name: 'Koleksi baru yang belum diunggah' });
    await expect
      .poll(() => list.getByRole('listitem').count(), { timeout: 20_000 })
      .toBe(SAMPLE_RECORDS.length);
    await page.screenshot({ path: 'test-results/catalogue-dashboard-id.png' });
  });

  test('shows the new titles with their covers in the panel, in Indonesian', async () => {
    const site = await harness.context.newPage();
    await site.setViewportSize({ width: 1366, height: 768 });
    const composer = await openComposer(site, 'instagram');
    const panel = panelIn(composer.scope);
    await panel.getByRole('searchbox', { name: 'Cari templat' }).fill('katalog');
    await panel.getByRole('button', { name: 'Sisipkan templat Koleksi baru dari katalog' }).click();
    const picks = panel.getByRole('list', { name: 'Judul baru yang dapat dipilih' });
    await expect
      .poll(() => picks.locator('[data-cover="drawn"]').count(), { timeout: 10_000 })
      .toBe(SAMPLE_RECORDS.filter((record) => record.image).length);
    // Without OAI-PMH (switched off above) the call numbers came from MODS, title by title.
    const record = newest[0]!;
    expect(
      await picks.getByRole('checkbox', { name: new RegExp(escape(record.title)) }).count(),
    ).toBe(1);
    expect(await picks.getByRole('listitem').first().textContent()).toContain(
      `${record.publishYear} · ${record.callNumber}`,
    );
    await site.screenshot({ path: 'test-results/catalogue-panel-instagram-id.png' });
  });
});

function authors(names: string[]): string {
  return names.length <= 2 ? names.join(' & ') : `${names[0]} dkk.`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
