/**
 * The dashboard and the panel together: what a team sets up on the dashboard (a template with a
 * date variable and an X version, hashtag sets imported from a CSV file) is what the panel offers
 * beside the real composers, and the panel opens the dashboard.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatDateValue } from '@/lib/library/render';
import { editorState, launch, readTable, type Harness } from './harness';
import { status } from './panel-actions';
import { openComposer, panelIn } from './platforms';

let harness: Harness;
let scratch: string;
beforeAll(async () => {
  harness = await launch();
  scratch = await mkdtemp(join(tmpdir(), 'sapa-dash-e2e-'));
});
afterAll(async () => {
  await harness?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function openDashboard(section: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#${section}`);
  return page;
}

interface NewTemplate {
  name: string;
  body: string;
  x: string;
  variable: { name: string; type: 'text' | 'date'; labelId: string; labelEn: string };
}

/** Makes an Indonesian template with one variable and an X version, as a person would. */
async function createTemplate(template: NewTemplate) {
  const dashboard = await openDashboard('templates');
  await dashboard.getByRole('button', { name: 'New template' }).click();
  await dashboard.getByLabel('Name', { exact: true }).fill(template.name);
  await dashboard.getByLabel('Language of the caption').selectOption('id');
  await dashboard.getByLabel('Caption text').fill(template.body);
  await dashboard.getByRole('button', { name: 'Add a variable' }).click();
  await dashboard.getByLabel('Name in the text').fill(template.variable.name);
  await dashboard.getByLabel('Type', { exact: true }).selectOption(template.variable.type);
  await dashboard.getByLabel('Label in Bahasa Indonesia').fill(template.variable.labelId);
  await dashboard.getByLabel('Label in English').fill(template.variable.labelEn);
  await dashboard.getByLabel('Version for X').fill(template.x);
  await dashboard.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => dashboard.getByRole('status').textContent())
    .toContain(`Template “${template.name}” saved.`);
  await dashboard.close();
}

/** Finds the template by searching in the panel, fills its one variable, replaces the text. */
async function insertTemplate(
  platform: 'facebook' | 'x',
  template: NewTemplate,
  search: string,
  value: string,
  expected: string,
) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, platform);
  const panel = panelIn(composer.scope);
  await panel.getByRole('searchbox', { name: 'Search templates' }).fill(search);
  await panel.getByRole('button', { name: `Insert template ${template.name}` }).click();
  await panel.getByLabel(template.variable.labelEn, { exact: true }).fill(value);
  const caption = panel.getByRole('textbox', { name: 'Caption', exact: true });
  await expect.poll(() => caption.inputValue()).toBe(expected);
  await panel.getByRole('button', { name: 'Replace all' }).click();
  await expect.poll(() => status(panel)).toMatch(/Inserted into the/);
  await expect
    .poll(() => editorState(composer.frame(), composer.editorName), { timeout: 5000 })
    .toBe(expected);
  await page.close();
}

const OPENING_HOURS: NewTemplate = {
  name: 'Jam buka Lebaran',
  body: 'Jam buka Lebaran: perpustakaan buka pukul {{jam}} selama libur. Selamat Idulfitri! 🌙',
  x: 'Libur Lebaran, kami buka pukul {{jam}} 🌙 #JamBuka',
  variable: { name: 'jam', type: 'text', labelId: 'Jam buka', labelEn: 'Opening hours' },
};

test('a template made on the dashboard is filled in and inserted by the panel, its X version on X', async () => {
  await createTemplate(OPENING_HOURS);
  const hours = '09.00–13.00';
  await insertTemplate(
    'facebook',
    OPENING_HOURS,
    'jam buka leb',
    hours,
    OPENING_HOURS.body.replace('{{jam}}', hours),
  );
  await insertTemplate(
    'x',
    OPENING_HOURS,
    'lebaran',
    hours,
    OPENING_HOURS.x.replace('{{jam}}', hours),
  );
});

const CLOSED: NewTemplate = {
  name: 'Tutup Idulfitri',
  body: 'Perpustakaan tutup pada {{tanggal}}. Selamat Idulfitri! 🌙',
  x: 'Tutup {{tanggal}} — selamat Lebaran! #JamBuka',
  variable: { name: 'tanggal', type: 'date', labelId: 'Tanggal tutup', labelEn: 'Closing date' },
};

// The dashboard's preview and the panel agree: a date is written in the template's language.
test('a date in an Indonesian template is written in Indonesian by the panel', async () => {
  await createTemplate(CLOSED);
  const day = '2026-03-20';
  await insertTemplate(
    'facebook',
    CLOSED,
    'tutup idul',
    day,
    CLOSED.body.replace('{{tanggal}}', formatDateValue(day, 'id')),
  );
});

test('hashtag sets imported from a CSV file on the dashboard are inserted by the panel', async () => {
  const csv = join(scratch, 'pekan-literasi.csv');
  await writeFile(
    csv,
    [
      'set,tag',
      'Pekan Literasi,PekanLiterasi',
      'Pekan Literasi,#literasi',
      'Pekan Literasi,MembacaItuSeru',
      '',
    ].join('\r\n'),
  );
  const dashboard = await openDashboard('hashtags');
  await dashboard.getByLabel('Import a CSV file').setInputFiles(csv);
  const preview = dashboard.getByRole('table', { name: 'What the import will do' });
  const row = preview.getByRole('row', { name: /Pekan Literasi/ });
  await expect.poll(() => row.textContent()).toContain('New set');
  expect(await row.textContent()).toContain('#PekanLiterasi #literasi #MembacaItuSeru');
  await dashboard.getByRole('button', { name: 'Import', exact: true }).click();
  await expect
    .poll(() => dashboard.getByRole('status').textContent())
    .toContain('Imported: 1 new set, 0 updated, 3 tags added.');
  const stored = await readTable(harness.background, 'hashtagSets');
  expect(stored.find((set) => set.name === 'Pekan Literasi')?.tags).toEqual([
    'PekanLiterasi',
    'literasi',
    'MembacaItuSeru',
  ]);
  await dashboard.close();

  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'instagram');
  const panel = panelIn(composer.scope);
  await panel.getByRole('tab', { name: 'Hashtags' }).click();
  await panel.getByRole('button', { name: 'Insert set Pekan Literasi' }).click();
  await expect.poll(() => status(panel)).toMatch(/Inserted into the/);
  await expect
    .poll(() => editorState(composer.frame(), composer.editorName), { timeout: 5000 })
    .toBe('#PekanLiterasi #literasi #MembacaItuSeru');
  await page.close();
});

test('the panel opens the dashboard in a new tab', async () => {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'facebook');
  const panel = panelIn(composer.scope);
  const button = panel.getByRole('button', { name: 'Open dashboard' });
  const [dashboard] = await Promise.all([harness.context.waitForEvent('page'), button.click()]);
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toMatch(
    new RegExp(`^chrome-extension://${harness.extensionId}/options\\.html(#.*)?$`),
  );
  await expect
    .poll(() => dashboard.getByRole('navigation', { name: 'Dashboard sections' }).count())
    .toBe(1);
  expect(await status(panel)).toBe('');
  await dashboard.close();
  await page.close();
});

test('the language chosen on the dashboard is the panel’s language, whatever the browser says', async () => {
  const dashboard = await openDashboard('settings');
  await dashboard.getByRole('radio', { name: 'Bahasa Indonesia' }).click();
  // The dashboard itself switches at once.
  await expect
    .poll(() => dashboard.getByRole('heading', { name: 'Pengaturan Anda' }).count())
    .toBe(1);
  const page = await harness.context.newPage();
  await openComposer(page, 'facebook');
  const panel = panelIn(page);
  await expect.poll(() => panel.getByRole('tab', { name: 'Templat' }).count()).toBe(1);
  expect(await panel.getByRole('button', { name: 'Sisipkan di kursor' }).count()).toBe(1);

  await dashboard.getByRole('radio', { name: 'Otomatis (bahasa peramban)' }).click();
  await openComposer(page, 'facebook');
  await expect.poll(() => panel.getByRole('tab', { name: 'Templates' }).count()).toBe(1);
  await page.close();
  await dashboard.close();
});
