/**
 * The content calendar shared by two members through team sync (issue #16, item 8): two
 * browsers, each its own Chromium profile and so its own Sapa with its own member id, join one
 * team database on a CouchDB-protocol server the test starts. Ani (a writer, her Sapa in
 * Indonesian) plans a post with Budi as reviewer and sends it for review; Budi (a reviewer, in
 * English) sees it on his calendar with Ani's name and "In review", approves it and drags it to
 * another day; Ani sees both. Each member keeps the calendar open in one tab and presses
 * "Sync now" in another, as a person would: the calendar tab must follow by itself.
 *
 * The server, connecting and "Sync now" are in team.ts (with its stand-in for the permission
 * prompt).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { CouchServer } from '../support/couch-server';
import { dayCell, drag } from './calendar-page';
import { launch, type Harness } from './harness';
import {
  connect as connectTo,
  EN_SYNC,
  ID_SYNC,
  nameMember,
  openSyncTab,
  startTeamServer,
  syncNow as syncIn,
  type SyncWords,
} from './team';

/** The words each member's dashboard uses, from assets/locales (id.json and en.json). */
interface Words extends SyncWords {
  nav: { calendar: string; sync: string };
  views: { month: string; list: string };
  roles: { writer: string; reviewer: string };
  form: {
    new: string;
    edit: string;
    title: string;
    date: string;
    time: string;
    assignee: string;
    reviewer: string;
    save: string;
    statusGroup: string;
    cancel: string;
  };
  /** The status buttons a writer gets on an approved plan. */
  afterApproval: string[];
  planPost: string;
  status: { inReview: string; approved: string };
  action: { sendForReview: string; approve: string };
  /** The form's review part, the reviewer's answer, and the checklist that came with the plan. */
  review: { part: string; answer: string; checks: string; sentBy: string; toReview: string };
  done: (title: string, status: string) => string;
  statusLine: (status: string) => string;
}

const ID: Words = {
  ...ID_SYNC,
  nav: { calendar: 'Kalender', sync: 'Sinkronisasi tim' },
  views: { month: 'Bulan', list: 'Daftar' },
  roles: { writer: 'Penulis', reviewer: 'Peninjau' },
  form: {
    new: 'Rencanakan unggahan',
    edit: 'Ubah rencana unggahan',
    title: 'Judul',
    date: 'Tanggal',
    time: 'Jam',
    assignee: 'Penanggung jawab',
    reviewer: 'Peninjau',
    save: 'Simpan',
    statusGroup: 'Status',
    cancel: 'Batal',
  },
  afterApproval: ['Tandai terunggah', 'Lewati', 'Buka lagi'],
  planPost: 'Rencanakan unggahan',
  status: { inReview: 'Sedang ditinjau', approved: 'Disetujui' },
  action: { sendForReview: 'Kirim untuk ditinjau', approve: 'Setujui' },
  review: {
    part: 'Tinjauan',
    answer: 'Tinjauan Anda',
    checks: 'Daftar periksa saat dikirim untuk ditinjau',
    sentBy: 'Dikirim oleh',
    toReview: 'Perlu ditinjau (1)',
  },
  done: (title, status) => `${title} kini: ${status}.`,
  statusLine: (status) => `Status: ${status}`,
};

const EN: Words = {
  ...EN_SYNC,
  nav: { calendar: 'Calendar', sync: 'Team sync' },
  views: { month: 'Month', list: 'List' },
  roles: { writer: 'Writer', reviewer: 'Reviewer' },
  form: {
    new: 'Plan a post',
    edit: 'Edit planned post',
    title: 'Title',
    date: 'Date',
    time: 'Time',
    assignee: 'Assignee',
    reviewer: 'Reviewer',
    save: 'Save',
    statusGroup: 'Status',
    cancel: 'Cancel',
  },
  afterApproval: ['Mark as posted', 'Skip', 'Reopen'],
  planPost: 'Plan a post',
  status: { inReview: 'In review', approved: 'Approved' },
  action: { sendForReview: 'Send for review', approve: 'Approve' },
  review: {
    part: 'Review',
    answer: 'Your review',
    checks: 'Checklist when sent for review',
    sentBy: 'Sent by',
    toReview: 'To review (1)',
  },
  done: (title, status) => `${title} is now: ${status}.`,
  statusLine: (status) => `Status: ${status}`,
};

/** One member: their browser, its words, a tab on the calendar and a tab on Team sync. */
interface Member {
  name: string;
  words: Words;
  harness: Harness;
  calendar: Page;
  sync: Page;
}

const ANI = 'Ani Wulandari';
const BUDI = 'Budi Santoso';
const TITLE = 'Bedah buku: Laut Bercerita';

let server: CouchServer;
let ani: Member;
let budi: Member;

/** The month the calendar opens on: this month in the library's zone (WIB, UTC+7). */
function thisMonth(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
}
const PLANNED_DAY = `${thisMonth()}-12`;
const MOVED_DAY = `${thisMonth()}-19`;

const planOn = (page: Page, date: string): Locator =>
  dayCell(page, date).locator('.sapa-cal-event', { hasText: TITLE });

/** Opens a member's browser with the dashboard in their language, on Calendar and Team sync. */
async function open(name: string, words: Words): Promise<Member> {
  const harness = await launch({ locale: words.locale });
  const sync = await openSyncTab(harness);
  const calendar = await harness.context.newPage();
  await calendar.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
  await calendar.getByRole('heading', { level: 1, name: words.nav.calendar }).waitFor();
  return { name, words, harness, calendar, sync };
}

const connect = (member: Member): Promise<void> => connectTo(member.sync, member.words, server.url);

const syncNow = (member: Member): Promise<void> => syncIn(member.sync, member.words);

/** What someone sees when resting the pointer on a planned post (its title attribute). */
function tooltip(page: Page, date: string): Promise<string | null> {
  return planOn(page, date).getAttribute('title');
}

/** The text a closed select shows: its chosen option. */
function shown(select: Locator): Promise<string> {
  return select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
}

async function screenshot(member: Member, file: string): Promise<void> {
  await member.calendar.setViewportSize({ width: 1280, height: 800 });
  await member.calendar.screenshot({ path: `test-results/${file}` });
}

beforeAll(async () => {
  server = await startTeamServer();
  // One after the other: two cold Chromium starts at once are slow on a small machine.
  ani = await open(ANI, ID);
  budi = await open(BUDI, EN);
});
afterAll(async () => {
  await ani?.harness.close();
  await budi?.harness.close();
  await server?.stop();
});

describe('two members plan and review on one team calendar', () => {
  test('each names themselves in Team members, and after sync both see the whole team', async () => {
    for (const [member, role] of [
      [ani, ani.words.roles.writer],
      [budi, budi.words.roles.reviewer],
    ] as const) {
      await connect(member);
      await nameMember(member.calendar, member.words, member.name, role);
    }
    // Ani's name went up with her edit; Budi's sync sends his and takes hers; Ani's takes his.
    await syncNow(ani);
    await syncNow(budi);
    await syncNow(ani);

    for (const member of [ani, budi]) {
      const team = member.calendar.getByRole('region', { name: member.words.team.region });
      await expect
        .poll(async () => (await team.locator('li strong').allTextContents()).sort(), {
          timeout: 10_000,
        })
        .toEqual([ANI, BUDI]);
    }
  });

  test('Ani plans a post with Budi as reviewer and sends it for review; Budi sees it with her name, "In review"', async () => {
    const { calendar, words } = ani;
    await calendar.getByRole('button', { name: words.planPost, exact: true }).click();
    const form = calendar.getByRole('form', { name: words.form.new });
    await form.waitFor();
    await form.getByLabel(words.form.title).fill(TITLE);
    await form.getByLabel(words.form.date).fill(PLANNED_DAY);
    await form.getByLabel(words.form.time).fill('10:00');
    await form.getByLabel(words.form.assignee).selectOption({ label: ANI });
    await form.getByLabel(words.form.reviewer, { exact: true }).selectOption({ label: BUDI });
    await form.getByRole('button', { name: words.form.save, exact: true }).click();
    await planOn(calendar, PLANNED_DAY).waitFor();

    await planOn(calendar, PLANNED_DAY).click();
    const edit = calendar.getByRole('form', { name: words.form.edit });
    // Sending goes with the checklist's results on the plan's caption (the review part).
    await edit
      .getByRole('region', { name: words.review.part, exact: true })
      .getByRole('button', { name: words.action.sendForReview })
      .click();
    await calendar.getByText(words.done(TITLE, words.status.inReview)).waitFor();
    // The notice comes first; the calendar reads the plan again just after it.
    await expect
      .poll(() => tooltip(calendar, PLANNED_DAY))
      .toBe(`${TITLE}, 10:00, Instagram, ${words.status.inReview}, ${ANI}`);
    await screenshot(ani, 'team-calendar-ani-sent.png');

    await syncNow(ani);
    await syncNow(budi);

    // Budi's calendar tab, open all along, shows the plan with Ani's name and its status.
    const b = budi.calendar;
    await expect.poll(() => planOn(b, PLANNED_DAY).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => tooltip(b, PLANNED_DAY))
      .toBe(`${TITLE}, 10:00, Instagram, ${budi.words.status.inReview}, ${ANI}`);
    await screenshot(budi, 'team-calendar-budi-month.png');

    // The list view writes it out: where, how far along, and whose.
    await b.getByRole('button', { name: budi.words.views.list, exact: true }).click();
    const row = b.locator('.fc-list-event', { hasText: TITLE });
    await row.waitFor();
    expect(await row.locator('.fc-list-event-title').innerText()).toBe(
      `${TITLE} · Instagram · ${budi.words.status.inReview} · ${ANI}`,
    );
    await screenshot(budi, 'team-calendar-budi-list.png');
    await b.getByRole('button', { name: budi.words.views.month, exact: true }).click();

    await planOn(b, PLANNED_DAY).click();
    const review = b.getByRole('form', { name: budi.words.form.edit });
    await review.getByText(budi.words.statusLine(budi.words.status.inReview)).waitFor();
    expect(await shown(review.getByLabel(budi.words.form.assignee))).toBe(ANI);
    expect(await shown(review.getByLabel(budi.words.form.reviewer, { exact: true }))).toBe(BUDI);
    // The checklist's results came with the plan, named as Ani's; the plan waits in To review.
    await review
      .getByRole('region', { name: budi.words.review.checks, exact: true })
      .getByText(`${budi.words.review.sentBy} ${ANI}`, { exact: false })
      .waitFor();
    await b
      .getByRole('region', { name: budi.words.review.toReview, exact: true })
      .getByText(TITLE, { exact: true })
      .waitFor();
    await review.scrollIntoViewIfNeeded();
    await screenshot(budi, 'team-calendar-budi-review.png');
  });

  test('Budi approves it; after sync Ani sees it approved, in the plan she has open too', async () => {
    // Ani has the plan open while Budi reviews it.
    const a = ani.calendar;
    await planOn(a, PLANNED_DAY).click();
    const form = a.getByRole('form', { name: ani.words.form.edit });
    await form.getByText(ani.words.statusLine(ani.words.status.inReview)).waitFor();

    const b = budi.calendar;
    const review = b.getByRole('form', { name: budi.words.form.edit });
    await review
      .getByRole('region', { name: budi.words.review.answer, exact: true })
      .getByRole('button', { name: budi.words.action.approve })
      .click();
    await b.getByText(budi.words.done(TITLE, budi.words.status.approved)).waitFor();

    await syncNow(budi);
    await syncNow(ani);

    await expect
      .poll(() => tooltip(a, PLANNED_DAY), { timeout: 10_000 })
      .toBe(`${TITLE}, 10:00, Instagram, ${ani.words.status.approved}, ${ANI}`);
    // Her open form says so, and offers the steps that follow an approval.
    await form.getByText(ani.words.statusLine(ani.words.status.approved)).waitFor();
    expect(
      await form
        .getByRole('group', { name: ani.words.form.statusGroup })
        .getByRole('button')
        .allInnerTexts(),
    ).toEqual(ani.words.afterApproval);
    await form.scrollIntoViewIfNeeded();
    await screenshot(ani, 'team-calendar-ani-approved.png');
    await form.getByRole('button', { name: ani.words.form.cancel }).click();
  });

  test('Budi drags it to another day; after sync Ani sees it on the new day', async () => {
    const b = budi.calendar;
    await drag(b, planOn(b, PLANNED_DAY), dayCell(b, MOVED_DAY));
    await planOn(b, MOVED_DAY).waitFor();
    await b
      .getByRole('status')
      .getByText(new RegExp(`^Moved ${escape(TITLE)} to `))
      .waitFor();

    await syncNow(budi);
    await syncNow(ani);

    const a = ani.calendar;
    await expect.poll(() => planOn(a, MOVED_DAY).count(), { timeout: 10_000 }).toBe(1);
    expect(await planOn(a, PLANNED_DAY).count()).toBe(0);
    // Moving it did not change what the review decided.
    await expect
      .poll(() => tooltip(a, MOVED_DAY))
      .toBe(`${TITLE}, 10:00, Instagram, ${ani.words.status.approved}, ${ANI}`);
    await planOn(a, MOVED_DAY).click();
    const form = a.getByRole('form', { name: ani.words.form.edit });
    expect(await form.getByLabel(ani.words.form.date).inputValue()).toBe(MOVED_DAY);
    await screenshot(ani, 'team-calendar-ani-moved.png');

    for (const member of [ani, budi])
      expect(member.harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
