/**
 * A template with a date variable, from the brand kit to the composer: while the date is empty
 * the panel's Insert buttons are off and say why (no raw `{{tanggal}}` can reach the site); once
 * it is filled, the date is written in the template's language and the time carries the zone
 * chosen in the brand kit.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editorState, launch, type Harness } from './harness';
import { status } from './panel-actions';
import { openComposer, panelIn } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** The library is in Makassar: its times are WITA. Set on the dashboard, as a librarian would. */
async function setBrandKit() {
  const dashboard = await harness.context.newPage();
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#brand`);
  await dashboard.getByLabel('Library name', { exact: true }).fill('Perpustakaan Kota Makassar');
  await dashboard.getByLabel('Website', { exact: true }).fill('https://perpustakaan.example.id');
  await dashboard.getByLabel('Time zone').selectOption('Asia/Makassar');
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => dashboard.getByRole('status').textContent())
    .toContain('Brand kit saved.');
  await dashboard.close();
}

const CASES = [
  {
    platform: 'facebook',
    template: 'Acara dengan pendaftaran',
    search: 'pendaftaran',
    fee: 'Gratis dan terbuka untuk umum',
    date: 'Kamis, 10 Desember 2026',
    time: '⏰ 09.00–11.00 WITA',
  },
  {
    platform: 'x',
    template: 'Event with registration',
    search: 'registration',
    fee: 'Free and open to everyone',
    date: 'Thursday 10 December 2026',
    time: '09:00–11:00 WITA',
  },
] as const;

const insertButtons = (panel: Locator) =>
  ['Insert at cursor', 'Replace all'].map((name) => panel.getByRole('button', { name }));

describe.each(CASES)('an event template on $platform', (c) => {
  test('Insert is off while the date is empty; filled, the date goes in written out', async () => {
    await setBrandKit();
    const page = await harness.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const composer = await openComposer(page, c.platform);
    const panel = panelIn(composer.scope);
    await panel.getByRole('searchbox', { name: 'Search templates' }).fill(c.search);
    await panel.getByRole('button', { name: `Insert template ${c.template}` }).click();
    await panel.getByRole('textbox', { name: /^Event name/ }).fill('Bedah Buku');
    await panel.getByRole('textbox', { name: /^Venue/ }).fill('Aula lantai 2');
    await panel.getByRole('combobox', { name: /^Fee and who can come/ }).selectOption(c.fee);
    await panel.getByRole('textbox', { name: /^Link/ }).fill('https://s.id/daftar-bedah-buku');

    // The date is still empty: both buttons are off and say why, in words and to screen readers.
    const caption = panel.getByRole('textbox', { name: 'Caption', exact: true });
    await expect.poll(() => caption.inputValue()).toContain('{{tanggal}}');
    const reason = 'Insert is off until you fill in: Date';
    await expect.poll(() => panel.getByText(reason, { exact: true }).count()).toBe(1);
    for (const button of insertButtons(panel)) {
      expect(await button.isDisabled()).toBe(true);
      const describedBy = await button.getAttribute('aria-describedby');
      expect(await panel.locator(`[id="${describedBy}"]`).textContent()).toBe(reason);
    }
    await page.screenshot({ path: `test-results/templates-date-empty-${c.platform}.png` });

    await panel.getByLabel(/^Date/).fill('2026-12-10');
    await expect.poll(() => caption.inputValue()).toContain(c.date);
    const text = await caption.inputValue();
    expect(text).toContain(c.time);
    expect(text).not.toMatch(/\{\{/);
    expect(await panel.getByText(reason).count()).toBe(0);
    for (const button of insertButtons(panel)) expect(await button.isDisabled()).toBe(false);

    await panel.getByRole('button', { name: 'Replace all' }).click();
    await expect.poll(() => status(panel)).toMatch(/Inserted into the/);
    await expect
      .poll(() => editorState(composer.frame(), composer.editorName), { timeout: 5000 })
      .toBe(text);
    await page.screenshot({ path: `test-results/templates-date-filled-${c.platform}.png` });
    await page.close();
  });
});
