/**
 * First run: installing Sapa opens the dashboard's welcome; until it is finished the panel beside
 * a composer points to it; the answers reach the brand kit and the settings, unused platforms
 * start with the panel folded to its tab, and the pointer goes. Screenshots at 1280×720.
 */
import { afterEach, expect, test } from 'vitest';
import { launch, readTable, type Harness } from './harness';
import { dockedHost, openComposer, panelIn } from './platforms';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

test('the install opens the welcome; finishing it sets up the library and the panel', async () => {
  harness = await launch({ welcome: 'keep' });
  const welcome = harness.welcome!;
  await welcome.setViewportSize({ width: 1280, height: 720 });
  await expect
    .poll(() => welcome.getByRole('heading', { level: 1 }).textContent())
    .toBe('Welcome to Sapa');
  await welcome.screenshot({ path: 'test-results/welcome-dashboard.png' });

  // Before it is finished, the panel beside X's composer points to it.
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await openComposer(page, 'x');
  const panel = panelIn(page);
  await expect
    .poll(() => panel.getByRole('note').first().textContent())
    .toContain('Sapa is not set up for your library yet.');
  await page.screenshot({ path: 'test-results/welcome-panel-pointer.png' });

  // Saving without a name says what is missing, next to the field, and stores nothing.
  const form = welcome.getByRole('form', { name: 'Set up Sapa for your library' });
  await form.getByRole('button', { name: 'Save and start' }).click();
  await expect
    .poll(() => form.getByRole('alert').first().textContent())
    .toBe("Enter your library's name: templates write it into posts.");

  await form.getByLabel('Library name').fill('Perpustakaan Kota Binjai');
  await form.getByRole('checkbox', { name: 'X', exact: true }).uncheck();
  await form.getByRole('checkbox', { name: 'TikTok', exact: true }).uncheck();
  await form.getByLabel('Your account on Instagram').fill('@perpuskotabinjai');
  await form.getByLabel('WhatsApp').fill('0812 3456 7890');
  const starters = form.getByRole('group', { name: 'Starter templates' }).getByRole('checkbox');
  const starterCount = await starters.count();
  await starters.first().uncheck();
  await form.getByRole('button', { name: 'Save and start' }).click();
  await expect
    .poll(() => welcome.getByRole('heading', { level: 1 }).textContent())
    .toBe('Templates');
  await expect
    .poll(() => welcome.getByRole('status').first().textContent())
    .toContain('Sapa is ready for Perpustakaan Kota Binjai.');

  const [kit] = await readTable(welcome, 'brandKit');
  expect(kit).toMatchObject({
    libraryName: 'Perpustakaan Kota Binjai',
    handles: { instagram: 'perpuskotabinjai' },
    whatsApp: '0812 3456 7890',
  });
  const settings = await readTable(welcome, 'settings');
  expect(settings.find((row) => row.key === 'welcome')?.value).toMatchObject({
    status: 'done',
    platforms: ['instagram', 'facebook'],
  });
  const liveStarters = (await readTable(welcome, 'templates')).filter(
    (row) => String(row.id).startsWith('seed:tpl:') && !row.deleted,
  );
  expect(liveStarters).toHaveLength((starterCount - 1) * 2);

  // X is not used: its panel now starts folded to the tab, and opened it no longer points.
  await page.reload();
  await openComposer(page, 'x', { asDocked: true });
  const show = panel.getByRole('button', { name: 'Show Sapa' });
  await show.waitFor();
  expect(await dockedHost(page).getAttribute('data-placement')).toMatch(/^tab/);
  await show.click();
  await panel.getByRole('tab', { name: 'Templates' }).waitFor();
  expect(await panel.getByText('Sapa is not set up for your library yet.').count()).toBe(0);
  await page.screenshot({ path: 'test-results/welcome-panel-after.png' });
  expect(harness.consoleErrors).toEqual([]);
});

test('in Indonesian, "Nanti saja" leaves the library as it was and the panel still points', async () => {
  harness = await launch({ welcome: 'keep', locale: 'id-ID' });
  const welcome = harness.welcome!;
  const form = welcome.getByRole('form', { name: 'Siapkan Sapa untuk perpustakaan Anda' });
  await form.getByRole('button', { name: 'Nanti saja' }).click();
  await expect
    .poll(() => welcome.getByRole('status').first().textContent())
    .toContain('Penyiapan ditunda');
  const [kit] = await readTable(welcome, 'brandKit');
  expect(kit).toMatchObject({ libraryName: '' });
  const page = await harness.context.newPage();
  await openComposer(page, 'facebook');
  await panelIn(page).getByRole('button', { name: 'Siapkan (2 menit)' }).waitFor();
});
