import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, type FirefoxHarness } from './harness';
import {
  clearComposer,
  inPanel,
  insertThroughPanel,
  openComposer,
  state,
  status,
  waitFor,
  type FirefoxPlatform,
} from './composers';

const CAPTION = [
  'Koleksi baru bulan ini 📚✨',
  '',
  'Datang ke Perpustakaan Kota, Sabtu pukul 10.00',
  '#BulanBuku #GemarMembaca',
].join('\n');

/** The seeded English pathfinder template and what each platform's variant says. */
const PATHFINDER = 'Pathfinder (subject guide)';
const PATHFINDER_TEXT: Record<FirefoxPlatform, string> = {
  x: 'Our pathfinder lists selected books, journals and databases.',
  facebook: 'Our librarians have put together a pathfinder of selected books',
};
const SUBJECT = 'Sejarah Batik Nusantara';
const LITERASI = [
  'GemarMembaca',
  'LiterasiIndonesia',
  'AyoMembaca',
  'BudayaBaca',
  'GerakanLiterasi',
];

let firefox: FirefoxHarness;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

describe.each(['x', 'facebook'] as const)('inserting in Firefox on %s', (platform) => {
  test('a multi-line caption lands in the editor’s own state, and typing goes on', async () => {
    const page = await firefox.newPage();
    const composer = await openComposer(page, platform);
    expect(await insertThroughPanel(composer, 'Insert at cursor', CAPTION)).toMatch(
      /^Inserted into the/,
    );
    expect(await state(composer)).toBe(CAPTION);
    await page.keyboard.type('!');
    await waitFor(
      () => state(composer),
      (text) => text === `${CAPTION}!`,
    );
    await page.close();
  });

  test('a template, then a hashtag set, go in without the clipboard', async () => {
    const page = await firefox.newPage();
    const composer = await openComposer(page, platform);
    await clearComposer(composer);

    await page.click(inPanel('button', `Insert template ${PATHFINDER}`));
    // The template's required fields: its subject, and on X and Facebook the guide's link (Insert
    // stays off until they are filled).
    const subject = await page.waitForSelector(
      '>>> aside[aria-label="Sapa"] input[type="text"][required]',
    );
    await subject!.type(SUBJECT);
    const link = await page.waitForSelector('>>> aside[aria-label="Sapa"] input[type="url"]');
    await link!.type('https://s.id/pathfinder-batik');
    const caption = await waitFor(
      () =>
        page.$eval(
          `${inPanel('textbox', 'Caption')}`,
          (field) => (field as HTMLTextAreaElement).value,
        ),
      (text) => text.includes(SUBJECT),
    );
    expect(caption).toContain(PATHFINDER_TEXT[platform]);
    // Facebook's variant is the long body with paragraphs; X's is one line.
    if (platform === 'facebook') expect(caption.split('\n').length).toBeGreaterThan(3);
    await page.click(inPanel('button', 'Insert at cursor'));
    expect(
      await waitFor(
        () => status(composer),
        (text) => text !== '',
      ),
    ).toMatch(/^Inserted into the/);
    expect(await state(composer)).toBe(caption);

    await page.click(inPanel('tab', 'Hashtags'));
    await page.click(inPanel('button', 'Insert set Literasi'));
    await waitFor(
      () => state(composer),
      (text) => text !== caption,
    );
    expect(await status(composer)).toMatch(/^Inserted into the/);
    const text = await state(composer);
    expect(text.startsWith(caption)).toBe(true);
    for (const tag of LITERASI) expect(text).toContain(`#${tag}`);
    await page.close();
  });
});
