/**
 * The store listing's screenshots, made from the demo's fixture composers (real Lexical and
 * Draft.js at the real addresses, no account, nothing leaves the machine) at the stores' size,
 * 1280×800, in English and Bahasa Indonesia:
 *
 *   npm run store-assets          # builds, then writes store-assets/<lang>/*.png
 *
 * Each picture gets a fresh browser profile, so no draft from the one before is offered back.
 * Captions hold emoji: the machine needs a colour emoji font (Debian: fonts-noto-color-emoji).
 *
 * store-assets/ is git-ignored: the pictures follow the UI and are remade before each upload;
 * the icons and the tile, which change rarely, are committed (npm run icons).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, writeRows, type Harness } from '../tests/e2e/harness';
import { DEMO_MEMBERS, demoPlans } from '../tests/support/demo-calendar';
import { demoLastMonth, demoPostLog } from '../tests/support/demo-post-log';
import { openComposer, panelIn, type OpenComposer } from '../tests/e2e/platforms';

// `--guide`: the same pictures for the user guide (docs/panduan.md, docs/guide.md), committed
// under docs/guide-images/ so the guide shows what the person will see.
const FOR_GUIDE = process.argv.includes('--guide');
const OUT = FOR_GUIDE ? 'docs/guide-images' : 'store-assets';

interface Language {
  dir: string;
  locale: string;
  caption: string;
  /** A webinar post with its template placeholder still in it: the checklist holds it. */
  unfinished: string;
  /** The library name typed into the welcome. */
  library: string;
  /** Typed before ;; in the composer, and searched for in the picker. */
  pickerLead: string;
  pickerSearch: string;
}

const LANGUAGES: Language[] = [
  {
    dir: 'en',
    locale: 'en-US',
    caption:
      'New this month at the City Library 📚✨\n\nCome and browse on Saturday at 10 am.\n#NewBooks #LibraryLife',
    unfinished: 'Digital literacy webinar on {{date}}\nRegister at [LINK] #DigitalLiteracy',
    library: 'City Library',
    pickerLead: 'See you on Saturday!',
    pickerSearch: 'book day',
  },
  {
    dir: 'id',
    locale: 'id-ID',
    caption:
      'Koleksi baru bulan ini 📚✨\n\nDatang ke Perpustakaan Kota, Sabtu pukul 10.00.\n#BulanBuku #GemarMembaca',
    unfinished: 'Webinar literasi digital {{tanggal}}\nDaftar di [LINK] #LiterasiDigital',
    library: 'Perpustakaan Kota Binjai',
    pickerLead: 'Sampai jumpa hari Sabtu!',
    pickerSearch: 'hari buku',
  },
];

/** Types into the site's own editor as a person does, so the panel's checklist follows it. */
async function typeCaption(page: Page, composer: OpenComposer, text: string): Promise<void> {
  await composer.editor.click();
  await page.keyboard.type(text);
  // The checklist reads the composer a moment after typing stops.
  await page.waitForTimeout(1200);
}

async function save(page: Page, dir: string, name: string): Promise<void> {
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${file}`);
}

/** The panel's tabs in order: Templates, Hashtags, Checklist, Drafts (names are translated). */
const TAB = { hashtags: 1, checklist: 2 } as const;

async function composerShot(
  harness: Harness,
  dir: string,
  platform: 'instagram' | 'x',
  tab: keyof typeof TAB,
  text: string,
) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, platform);
  await typeCaption(page, composer, text);
  await panelIn(composer.scope).getByRole('tab').nth(TAB[tab]).click();
  await page.waitForTimeout(400);
  await save(page, dir, `panel-${platform}-${tab}`);
}

async function heldPostShot(harness: Harness, dir: string, text: string) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await typeCaption(page, composer, text);
  await panelIn(composer.scope).getByRole('tab').nth(TAB.checklist).click();
  await composer.publish.click();
  await page.getByRole('alertdialog').waitFor();
  await page.waitForTimeout(400);
  await save(page, dir, 'checklist-holds-post');
}

async function dashboardShot(harness: Harness, dir: string) {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#templates`);
  // The first template, open in the editor: the dashboard as a team uses it.
  const first = page.locator('.sapa-dash-main li button').first();
  await first.waitFor();
  await first.click();
  await page.waitForTimeout(500);
  await save(page, dir, 'dashboard');
}

/**
 * Last month's report from the demo's post log (tests/support/demo-post-log.ts), its first
 * parts as the page shows them: what docs/report.md shows.
 */
async function reportShot(harness: Harness, dir: string) {
  await writeRows(harness.background, 'postLog', demoPostLog(Date.now()));
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#report`);
  await page.locator('input[type="month"]').fill(demoLastMonth(Date.now()));
  await page.locator('.sapa-chart').first().waitFor();
  await page.waitForTimeout(400);
  await save(page, dir, 'report');
}

/** This month's content plan on the calendar, as a team of three divided it. */
async function calendarShot(harness: Harness, dir: string) {
  await writeRows(harness.background, 'teamMembers', DEMO_MEMBERS);
  await writeRows(harness.background, 'plannedPosts', demoPlans(Date.now()));
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
  await page.locator('.sapa-cal-event').first().waitFor();
  // From the filters down: the month's grid fills the picture.
  await page.locator('.sapa-cal-toolbar').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  await save(page, dir, 'calendar');
}

/** The picker at the caret, opened by typing ;; in the X composer and searched. */
async function pickerShot(harness: Harness, dir: string, language: Language) {
  const page = await harness.context.newPage();
  const composer = await openComposer(page, 'x');
  await typeCaption(page, composer, `${language.pickerLead} ;;`);
  await page.getByRole('combobox').waitFor();
  await page.keyboard.type(language.pickerSearch, { delay: 20 });
  await page.waitForTimeout(800);
  await save(page, dir, 'picker');
}

/** The welcome the install opens, filled in as a librarian would. */
async function welcomeShot(harness: Harness, dir: string, language: Language) {
  const welcome = harness.welcome;
  if (!welcome) throw new Error('The harness closed the welcome.');
  await welcome.setViewportSize({ width: 1280, height: 800 });
  await welcome.getByRole('heading', { level: 2 }).waitFor();
  await welcome.locator('input').first().fill(language.library);
  await welcome.waitForTimeout(300);
  await save(welcome, dir, 'welcome');
}

type Shot = ((harness: Harness, dir: string) => Promise<void>) & { keepWelcome?: boolean };

function shots(language: Language): Shot[] {
  const welcome: Shot = Object.assign((h: Harness, dir: string) => welcomeShot(h, dir, language), {
    keepWelcome: true,
  });
  return [
    welcome,
    (h, dir) => composerShot(h, dir, 'instagram', 'hashtags', language.caption),
    (h, dir) => composerShot(h, dir, 'x', 'checklist', language.caption),
    (h, dir) => heldPostShot(h, dir, language.unfinished),
    (h, dir) => pickerShot(h, dir, language),
    (h, dir) => dashboardShot(h, dir),
    (h, dir) => reportShot(h, dir),
    (h, dir) => calendarShot(h, dir),
  ];
}

for (const language of LANGUAGES) {
  const dir = join(OUT, language.dir);
  await mkdir(dir, { recursive: true });
  for (const shot of shots(language)) {
    const harness = await launch({
      locale: language.locale,
      // The library's zone: the report counts days and weeks in it.
      timezoneId: 'Asia/Jakarta',
      ...(shot.keepWelcome ? { welcome: 'keep' as const } : {}),
    });
    try {
      await shot(harness, dir);
    } finally {
      await harness.close();
    }
  }
}
