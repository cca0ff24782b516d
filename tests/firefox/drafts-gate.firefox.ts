import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureEvents, launchFirefox, type FirefoxHarness } from './harness';
import {
  inPanel,
  insertThroughPanel,
  openComposer,
  state,
  status,
  waitFor,
  type FirefoxComposer,
} from './composers';

let firefox: FirefoxHarness;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

const DRAFT_LINES = ['Bedah buku "Laskar Pelangi" 📖', 'Sabtu, 10.00 di ruang baca anak'];
const DRAFT = DRAFT_LINES.join('\n');
// A webinar announcement with its template placeholders still in it: a blocking failure.
const UNFINISHED = 'Webinar literasi digital {{tanggal}}\nDaftar di [LINK] #LiterasiDigital';
const READY = 'Webinar literasi digital, Kamis 10 Desember\nDaftar: https://perpus.example/daftar';

/** Types lines into the composer as a person would (slowly: Draft.js garbles fast keys). */
async function typeLines(composer: FirefoxComposer, lines: string[]) {
  await composer.page.click(composer.editor);
  for (const [index, line] of lines.entries()) {
    if (index > 0) await composer.page.keyboard.press('Enter');
    await composer.page.keyboard.type(line, { delay: 15 });
  }
}

const text = (composer: FirefoxComposer, selector: string) =>
  composer.page.$eval(selector, (element) => element.textContent ?? '').catch(() => null);

test('on X, a typed draft survives a reload and is restored into the editor', async () => {
  const page = await firefox.newPage();
  let composer = await openComposer(page, 'x');
  await typeLines(composer, DRAFT_LINES);
  await waitFor(
    () => state(composer),
    (value) => value === DRAFT,
  );
  await waitFor(
    () => text(composer, '>>> ::-p-text(Draft saved at)'),
    (value) => value !== null,
  );

  composer = await openComposer(page, 'x');
  const offer = '>>> ::-p-aria([name="A draft you had not posted"][role="region"])';
  await page.waitForSelector(offer);
  expect(await text(composer, `${offer} .sapa-preview`)).toBe(DRAFT);
  await page.click(inPanel('button', 'Restore draft'));
  expect(
    await waitFor(
      () => status(composer),
      (value) => value !== '',
    ),
  ).toBe('Draft restored into the composer.');
  expect(await state(composer)).toBe(DRAFT);
  await page.keyboard.type('!');
  await waitFor(
    () => state(composer),
    (value) => value === `${DRAFT}!`,
  );
  await page.close();
});

test('on X, the gate holds a post with a blocking failure; after a fix it goes out', async () => {
  const page = await firefox.newPage();
  const composer = await openComposer(page, 'x');
  await insertThroughPanel(composer, 'Replace all', UNFINISHED);
  expect(await state(composer)).toBe(UNFINISHED);
  await page.click(composer.publish);

  const dialog = '>>> ::-p-aria([name="Check before posting"][role="alertdialog"])';
  await page.waitForSelector(dialog);
  expect(await text(composer, dialog)).toMatch(/\{\{tanggal\}\}/);
  // The site never saw the press.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await fixtureEvents(page)).toEqual([]);

  await page.click(inPanel('button', 'Fix'));
  await waitFor(
    () => text(composer, dialog),
    (value) => value === null,
  );
  await insertThroughPanel(composer, 'Replace all', READY);
  await page.click(composer.publish);
  await waitFor(
    () => fixtureEvents(page),
    (events) => events.some((event) => event.includes(READY)),
  );
  expect(await text(composer, dialog)).toBeNull();
  // What the person sees once the site confirms, then the post in the dashboard's post log.
  expect(
    await waitFor(
      () => status(composer),
      (value) => /^Posted/.test(value),
      10_000,
    ),
  ).toBe('Posted on X.');
  const log = await firefox.openDashboard('log');
  await log.locator('::-p-text(Webinar literasi digital, Kamis 10 Desember)').wait();
  // A category pasted with a hidden text-direction override is refused, and says why.
  await log.locator('::-p-aria([name="Numbers and category"][role="button"])').click();
  const category = log.locator('::-p-aria([name="Category"][role="combobox"])');
  await category.fill('Acara\u202Eanak');
  await log.locator('::-p-aria([name="Save"][role="button"])').click();
  expect(await log.$eval('[role="alert"]', (alert) => alert.textContent)).toBe(
    'The category contains text-direction override characters (RTL/LTR) that are not allowed.',
  );
  await log.screenshot({ path: 'test-results/firefox-post-log.png' });
  await log.close();
  await page.close();
});
