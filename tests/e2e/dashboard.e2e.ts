import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness';

const require = createRequire(import.meta.url);
const AXE_SOURCE = (require('axe-core') as { source: string }).source;

/** axe's serious and critical findings on an extension page (its CSP forbids inline scripts, so
 * axe's source is evaluated instead). */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

test('the dashboard opens as an extension page, creates a template, and passes axe', async () => {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#templates`);
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Pameran e2e');
  await page.getByLabel('Caption text').fill('Pameran {{judul}} di {{library}}');
  await page.getByRole('button', { name: 'Add a variable' }).click();
  await page.getByLabel('Name in the text').fill('judul');
  await page.getByLabel('Version for X').fill('Pameran {{judul}}');
  await expect.poll(() => page.getByText('X: 17 / 280 characters').count()).toBe(1);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Template “Pameran e2e” saved.').count()).toBe(1);
  await page.reload();
  await expect.poll(() => page.getByRole('button', { name: /Pameran e2e/ }).count()).toBe(1);

  expect(await seriousAxeViolations(page)).toEqual([]);
  expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.close();
});

test("the first page loads no other section, and a template's editor loads its counts when opened", async () => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  const scripts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.push(path.replace(/^\/chunks\//, ''));
  });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#templates`);
  const first = page.getByRole('button', { name: /Ucapan Natal/ });
  await expect.poll(() => first.count()).toBeGreaterThan(0);
  const loadedFirst = [...scripts];
  // The calendar (FullCalendar, rrule), the editor with twitter-text, and every other section
  // come later, if ever.
  for (const later of ['CalendarSection-', 'TemplateEditor-', 'x-length-', 'HashtagSetsSection-'])
    expect(
      loadedFirst.filter((name) => name.startsWith(later)),
      later,
    ).toEqual([]);

  await first.first().click();
  await expect.poll(() => page.getByText(/^X: \d+ \/ 280 characters/).count()).toBeGreaterThan(0);
  expect(scripts.some((name) => name.startsWith('TemplateEditor-'))).toBe(true);
  await page.screenshot({ path: 'test-results/dashboard-template-open.png', fullPage: true });
  expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.close();
});

test('"Check a caption" shows every platform side by side at laptop size, and passes axe', async () => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#check`);
  await page
    .getByLabel('Caption', { exact: true })
    .fill(
      'Webinar literasi digital {{tanggal}}\nDaftar: https://perpustakaan.go.id/daftar\n#LiterasiDigital',
    );
  for (const name of ['X', 'Instagram', 'Facebook', 'TikTok']) {
    const card = page.getByRole('region', { name, exact: true });
    await expect
      .poll(() => card.getByText(/^Fix 1 item before posting/).count(), { message: name })
      .toBe(1);
  }
  const instagram = page.getByRole('region', { name: 'Instagram', exact: true });
  await instagram.getByRole('button', { name: 'Fix: Replace links with "link in bio"' }).click();
  await expect
    .poll(() => page.getByLabel('Caption', { exact: true }).inputValue())
    .not.toContain('https://perpustakaan.go.id/daftar');
  await page.screenshot({ path: 'test-results/dashboard-check-caption.png', fullPage: true });

  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});
