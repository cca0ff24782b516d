/**
 * The post log shared through team sync (docs/team-sync.md, "Sharing the post log"): two
 * browsers, each its own Chromium profile and so its own Sapa with its own member id, join one
 * team database on a CouchDB-protocol server the test starts (team.ts). Budi (the coordinator,
 * his Sapa in English) posts on X, Sari (a writer, in Indonesian) on Facebook. While sharing is
 * off, as it is until the team turns it on, neither post reaches the other. Budi turns on
 * "Share the post log with the team"; after the next syncs Sari's post log shows his post as
 * "diunggah oleh Budi Santoso", her monthly report counts it, and "Saya" (Mine) hides it. Sari
 * types its numbers in; after sync Budi sees them on his entry.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { CouchServer } from '../support/couch-server';
import { launch, postedTexts, type Harness } from './harness';
import { CAPTION, status } from './panel-actions';
import { logBox } from './post-log';
import { openComposer, panelIn } from './platforms';
import {
  connect,
  EN_SYNC,
  ID_SYNC,
  nameMember,
  openSyncTab,
  startTeamServer,
  syncNow,
  type SyncWords,
} from './team';

/** The words each member's Sapa uses, from assets/locales (en.json and id.json). */
interface Words extends SyncWords {
  role: string;
  panel: { caption: string; replaceAll: string; inserted: RegExp; posted: (p: string) => string };
  share: { label: string; on: string };
  dismiss: string;
  log: {
    postedBy: (name: string) => string;
    you: string;
    who: string;
    whoMine: string;
    whoTeam: string;
    numbers: string;
    reach: string;
    likes: string;
    save: string;
    saved: string;
  };
  report: { platforms: string };
}

const EN: Words = {
  ...EN_SYNC,
  role: 'Coordinator',
  panel: {
    caption: 'Caption',
    replaceAll: 'Replace all',
    inserted: /^Inserted into the/,
    posted: (p) => `Posted on ${p}.`,
  },
  share: {
    label: 'Share the post log with the team',
    on: 'The post log is now shared with the team.',
  },
  dismiss: 'Dismiss message',
  log: {
    postedBy: (name) => `posted by ${name}`,
    you: 'you',
    who: 'Posted by',
    whoMine: 'Mine',
    whoTeam: 'Whole team',
    numbers: 'Numbers and category',
    reach: 'Reach',
    likes: 'Likes',
    save: 'Save',
    saved: 'Numbers saved.',
  },
  report: { platforms: 'Posts per platform' },
};

const ID: Words = {
  ...ID_SYNC,
  role: 'Penulis',
  panel: {
    caption: 'Keterangan',
    replaceAll: 'Ganti semua',
    inserted: /^Disisipkan ke kolom tulis/,
    posted: (p) => `Terunggah di ${p}.`,
  },
  share: {
    label: 'Bagikan catatan unggahan ke tim',
    on: 'Catatan unggahan kini dibagikan ke tim.',
  },
  dismiss: 'Tutup pesan',
  log: {
    postedBy: (name) => `diunggah oleh ${name}`,
    you: 'Anda',
    who: 'Diunggah oleh',
    whoMine: 'Saya',
    whoTeam: 'Seluruh tim',
    numbers: 'Angka dan kategori',
    reach: 'Jangkauan',
    likes: 'Suka',
    save: 'Simpan',
    saved: 'Angka disimpan.',
  },
  report: { platforms: 'Unggahan per platform' },
};

/** One member: their browser, its words, a dashboard tab and a tab on Team sync. */
interface Member {
  name: string;
  words: Words;
  harness: Harness;
  dashboard: Page;
  sync: Page;
}

const BUDI = 'Budi Santoso';
const SARI = 'Sari Dewi';
const ON_X = CAPTION.replace('Koleksi baru bulan ini', 'Koleksi baru di X dari Budi');
const ON_FACEBOOK = CAPTION.replace('Koleksi baru bulan ini', 'Koleksi baru di Facebook dari Sari');

let server: CouchServer;
let budi: Member;
let sari: Member;

async function open(name: string, words: Words): Promise<Member> {
  const harness = await launch({ locale: words.locale });
  const sync = await openSyncTab(harness);
  const dashboard = await harness.context.newPage();
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
  return { name, words, harness, dashboard, sync };
}

/** Posts a caption on a fixture composer through Sapa's panel, and waits for Sapa to confirm it. */
async function post(member: Member, platform: 'x' | 'facebook', caption: string): Promise<void> {
  const { words } = member;
  const page = await member.harness.context.newPage();
  const composer = await openComposer(page, platform);
  const panel = panelIn(composer.scope);
  await panel.getByRole('textbox', { name: words.panel.caption, exact: true }).fill(caption);
  await panel.getByRole('button', { name: words.panel.replaceAll }).click();
  await expect.poll(() => status(panel)).toMatch(words.panel.inserted);
  await composer.publish.click();
  await expect.poll(() => postedTexts(composer.frame())).toEqual([caption]);
  const name = platform === 'x' ? 'X' : 'Facebook';
  await expect.poll(() => status(panel), { timeout: 10_000 }).toBe(words.panel.posted(name));
  await page.close();
}

/** The member's dashboard on one of its sections. */
async function show(member: Member, section: 'log' | 'report'): Promise<Page> {
  const page = member.dashboard;
  await page.goto(`chrome-extension://${member.harness.extensionId}/options.html#${section}`);
  return page;
}

/** The post log's entry whose caption holds `text`. */
const entry = (page: Page, text: string): Locator =>
  page.getByRole('article').filter({ hasText: text });

/** Syncs each member in turn, so that what one sent the other has received. */
async function syncAll(...members: Member[]): Promise<void> {
  for (const member of members) await syncNow(member.sync, member.words);
}

beforeAll(async () => {
  server = await startTeamServer();
  // One after the other: two cold Chromium starts at once are slow on a small machine.
  budi = await open(BUDI, EN);
  sari = await open(SARI, ID);
});
afterAll(async () => {
  await budi?.harness.close();
  await sari?.harness.close();
  await server?.stop();
});

describe('the post log shared with the team', () => {
  test('while sharing is off, each post stays in the browser that made it', async () => {
    for (const member of [budi, sari]) {
      await connect(member.sync, member.words, server.url);
      await nameMember(member.dashboard, member.words, member.name, member.words.role);
      // The notice stays until closed; it would cover the log in the screenshots.
      await member.dashboard.getByRole('button', { name: member.words.dismiss }).click();
    }
    await post(budi, 'x', ON_X);
    await post(sari, 'facebook', ON_FACEBOOK);
    await syncAll(budi, sari, budi);

    for (const [member, own, other] of [
      [budi, 'Koleksi baru di X', 'dari Sari'],
      [sari, 'Koleksi baru di Facebook', 'dari Budi'],
    ] as const) {
      const log = await show(member, 'log');
      await expect.poll(() => entry(log, own).count()).toBe(1);
      expect(await log.getByRole('article').count()).toBe(1);
      expect(await entry(log, other).count()).toBe(0);
      // A log of one's own posts names no poster and offers no "Posted by" filter.
      expect(await log.getByText(member.words.log.postedBy(member.words.log.you)).count()).toBe(0);
      expect(await log.getByLabel(member.words.log.who).count()).toBe(0);
    }
    await sari.dashboard.screenshot({ path: 'test-results/team-log-b-off.png' });
  });

  test('Budi turns sharing on; after sync Sari’s log and report cover his post, with his name', async () => {
    const { sync, words } = budi;
    const share = sync.getByRole('checkbox', { name: words.share.label });
    expect(await share.isChecked()).toBe(false);
    // The box shows the choice at once; the notice says when it is saved.
    await share.click();
    await sync.getByText(words.share.on).waitFor();
    expect(await share.isChecked()).toBe(true);
    // Budi sends the choice and his log; Sari takes both and sends hers at her next sync.
    await syncAll(budi, sari, sari, budi);

    // Sari's Team sync shows the team's choice, in her words.
    await expect
      .poll(() => sari.sync.getByRole('checkbox', { name: sari.words.share.label }).isChecked())
      .toBe(true);

    const log = await show(sari, 'log');
    const his = entry(log, 'dari Budi');
    const hers = entry(log, 'dari Sari');
    await expect.poll(() => his.count(), { timeout: 10_000 }).toBe(1);
    expect(await his.getAttribute('aria-label')).toBe('X');
    expect(await his.textContent()).toContain(`· ${ID.log.postedBy(BUDI)}`);
    expect(await hers.textContent()).toContain(`· ${ID.log.postedBy(ID.log.you)}`);
    // Never a member id: only the names the team gave.
    expect(await log.getByText(/diunggah oleh [0-9a-f-]{8,}/).count()).toBe(0);
    await his.scrollIntoViewIfNeeded();
    await log.screenshot({ path: 'test-results/team-log-b.png' });

    // "Saya" (Mine) keeps Sari's own post.
    const who = log.getByLabel(ID.log.who, { exact: true });
    await who.selectOption({ label: ID.log.whoMine });
    await expect.poll(() => his.count()).toBe(0);
    expect(await hers.count()).toBe(1);
    await log.screenshot({ path: 'test-results/team-log-b-mine.png' });
    // The box shrinks to her one entry: no empty box below it.
    expect((await logBox(log)).below).toBeLessThanOrEqual(1);
    await who.selectOption({ label: ID.log.whoTeam });
    await expect.poll(() => his.count()).toBe(1);

    // Her monthly report counts the team's posts: his on X, hers on Facebook.
    const report = await show(sari, 'report');
    const platforms = report.getByRole('region', { name: ID.report.platforms });
    await expect
      .poll(() => platforms.getByRole('row', { name: /^X 1 / }).count(), { timeout: 10_000 })
      .toBe(1);
    expect(await platforms.getByRole('row', { name: /^Facebook 1 / }).count()).toBe(1);
    await report.screenshot({ path: 'test-results/team-log-b-report.png', fullPage: true });

    // Budi's log has Sari's post by her name, and his own as his.
    const his_ = await show(budi, 'log');
    await expect.poll(() => entry(his_, 'dari Sari').count(), { timeout: 10_000 }).toBe(1);
    expect(await entry(his_, 'dari Sari').textContent()).toContain(`· ${EN.log.postedBy(SARI)}`);
    expect(await entry(his_, 'dari Budi').textContent()).toContain(
      `· ${EN.log.postedBy(EN.log.you)}`,
    );
  });

  test('Sari types in the numbers of Budi’s post; after sync Budi sees them', async () => {
    const log = await show(sari, 'log');
    const his = entry(log, 'dari Budi');
    await his.getByRole('button', { name: ID.log.numbers }).click();
    await his.getByLabel(ID.log.reach, { exact: true }).fill('500');
    await his.getByLabel(ID.log.likes, { exact: true }).fill('25');
    await his.getByRole('button', { name: ID.log.save, exact: true }).click();
    await log.getByText(ID.log.saved).waitFor();
    await expect.poll(() => his.textContent()).toContain('Jangkauan 500 · Suka 25');

    await syncAll(sari, budi);

    const budiLog = await show(budi, 'log');
    const own = entry(budiLog, 'dari Budi');
    await expect
      .poll(() => own.textContent(), { timeout: 10_000 })
      .toContain('Reach 500 · Likes 25');
    // Still his: the numbers did not change who posted it.
    expect(await own.textContent()).toContain(`· ${EN.log.postedBy(EN.log.you)}`);
    await own.scrollIntoViewIfNeeded();
    await budiLog.screenshot({ path: 'test-results/team-log-a.png' });

    for (const member of [budi, sari])
      expect(member.harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});
