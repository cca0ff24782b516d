/**
 * From plan to post (issue #16, item 4; docs/calendar.md) in the built extension: a person plans
 * a post for today on the dashboard's calendar, presses "Open the X composer", and in the new tab
 * Sapa's panel shows that plan first; Insert puts its caption and hashtag set into the real
 * editor, the post goes out and is confirmed, and the calendar then shows the plan as posted,
 * with the post-log entry and the plan naming each other, and the monthly report counts it as
 * planned and posted from a plan.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { editorState, launch, postedTexts, readTable, type Harness } from './harness';
import { status } from './panel-actions';
import { openPanelWithoutRoom, panelIn } from './platforms';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

const TITLE = 'Bedah buku Laut Bercerita';
const CAPTION = 'Yuk ikut bedah buku Laut Bercerita di perpustakaan, Sabtu pukul 10.00!';

/** Today in the library's zone (the brand kit's WIB, UTC+7), as the calendar counts it. */
const libraryToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function rows(table: string): Promise<Record<string, unknown>[]> {
  return (await readTable(harness.background, table)).filter((r) => r.deleted !== true);
}

/** The addresses of the browser's tabs, as the extension sees them. */
function tabAddresses(): Promise<string[]> {
  return harness.background.evaluate(async () => {
    const api = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } };
    };
    return (await api.chrome.tabs.query({})).map((t) => t.pendingUrl ?? t.url ?? '');
  });
}

async function planToday(page: Page, title = TITLE): Promise<{ id: string; tags: string[] }> {
  const before = new Set((await rows('plannedPosts')).map((p) => p.id));
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
  await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
  await page.getByRole('button', { name: 'Plan a post' }).click();
  const form = page.getByRole('form', { name: 'Plan a post' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Instagram').uncheck();
  await form.getByLabel('X', { exact: true }).check();
  await form.getByLabel('Time').fill('10:30');
  await form.getByLabel('Caption').fill(CAPTION);
  // The first hashtag set of the library (the first-run seeds have several).
  await form.getByLabel('Hashtag set').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await rows('plannedPosts')).length).toBe(before.size + 1);
  const plan = (await rows('plannedPosts')).find((p) => !before.has(p.id))!;
  const set = (await rows('hashtagSets')).find((s) => s.id === plan.hashtagSetId)!;
  return { id: plan.id as string, tags: set.tags as string[] };
}

/**
 * Presses "Open the X composer" in the plan's open form; the composer tab, loaded, with Sapa's
 * panel open on it and the plan's card showing `title`.
 */
async function openXComposer(form: Locator, title: string) {
  const [composerTab] = await Promise.all([
    harness.context.waitForEvent('page'),
    form.getByRole('button', { name: 'Open the X composer' }).click(),
  ]);
  // The background opened the site's composer address in the new tab.
  await expect.poll(() => tabAddresses()).toContain('https://x.com/compose/post');
  // Playwright attaches its routing to a tab the extension opened only after the tab's first
  // request (the fixture sites are served through that routing), so the test loads it again.
  if (composerTab.url() !== 'https://x.com/compose/post')
    await composerTab.goto('https://x.com/compose/post');
  await openPanelWithoutRoom(composerTab);
  const panel = panelIn(composerTab);
  const card = panel.getByRole('region', { name: 'Planned post' });
  await card.getByText(title, { exact: true }).waitFor();
  return { composerTab, panel, card };
}

describe('from plan to post', () => {
  test('Open composer, the plan first in the panel, Insert, post, and the plan is posted', async () => {
    const dashboard = await harness.context.newPage();
    const plan = await planToday(dashboard);
    const expected = `${CAPTION}\n\n${plan.tags.map((t) => `#${t}`).join(' ')}`;

    // The plan's form has one "Open composer" button per platform of the plan.
    const today = libraryToday();
    const event = dashboard
      .locator(`[role="gridcell"][data-date="${today}"] .sapa-cal-event`)
      .filter({ hasText: TITLE });
    await event.click();
    const form = dashboard.getByRole('form', { name: 'Edit planned post' });
    const open = form.getByRole('group', { name: 'Open composer' });
    expect(await open.getByRole('button').allTextContents()).toEqual(['Open the X composer']);
    await dashboard.screenshot({ path: 'test-results/plan-to-post-form.png' });
    // The panel there shows the plan first, above the templates, and today's count in its header.
    const { composerTab, panel, card } = await openXComposer(open, TITLE);
    expect(await card.getByText(CAPTION, { exact: false }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Planned posts: 1 today, 0 overdue' }).waitFor();
    await composerTab.screenshot({ path: 'test-results/plan-to-post-panel.png' });

    // Insert: caption and hashtags into the real editor (its own state, not its DOM).
    await card.getByRole('button', { name: 'Insert caption and hashtags' }).click();
    await expect.poll(() => status(panel)).toBe('Inserted into the X composer.');
    await expect.poll(() => editorState(composerTab, 'modal')).toBe(expected);
    // As after a template: Undo is offered, and the caret stayed in the composer.
    await panel.getByRole('button', { name: 'Undo' }).waitFor();
    expect(
      await composerTab.evaluate(() =>
        document.activeElement?.closest('[data-composer="modal"]') ? 'composer' : 'elsewhere',
      ),
    ).toBe('composer');

    // The site's Post, through the gate (Post anyway if it holds the press), then confirmed.
    const dialog = composerTab.getByRole('dialog', { name: 'Compose post' });
    await dialog.getByTestId('tweetButton').click();
    const gate = composerTab.getByRole('alertdialog', { name: 'Check before posting' });
    if (await gate.isVisible().catch(() => false))
      await gate.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => postedTexts(composerTab)).toEqual([expected]);

    // The post-log entry names the plan, and the plan is posted with the entry's id.
    await expect
      .poll(async () => (await rows('postLog')).filter((e) => e.plannedPostId === plan.id).length, {
        timeout: 10_000,
      })
      .toBe(1);
    const entry = (await rows('postLog')).find((e) => e.plannedPostId === plan.id)!;
    expect(entry.text).toBe(expected);
    await expect
      .poll(async () => (await rows('plannedPosts')).find((p) => p.id === plan.id))
      .toMatchObject({ status: 'posted', postLogId: entry.id });

    // The dashboard's calendar shows it posted (it reads again after the write).
    await dashboard.bringToFront();
    // The open form still holds the plan as it was: it is closed and the plan opened again.
    await dashboard.keyboard.press('Escape');
    await expect.poll(() => event.getAttribute('aria-label')).toBe(`${TITLE}, 10:30, X, Posted`);
    await dashboard.getByRole('button', { name: 'List' }).click();
    await dashboard.locator('.fc-list-event', { hasText: `${TITLE} · X · Posted` }).waitFor();
    await dashboard.screenshot({ path: 'test-results/plan-to-post-calendar.png' });

    // The monthly report sets it beside the other posts: planned 1, posted 1, from a plan.
    await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#report`);
    await dashboard.getByLabel('Month', { exact: true }).fill(today.slice(0, 7));
    const planned = dashboard.getByRole('region', { name: 'Planned vs posted' });
    await planned.getByText('Posted: 1 of 1 planned posts.').waitFor();
    // The post log's month is the browser's (UTC here): the post counts when it is the same.
    const sameMonth = new Date().toISOString().slice(0, 7) === today.slice(0, 7);
    expect(await planned.getByRole('row', { name: /^X 1 1 0 0 0/ }).textContent()).toMatch(
      sameMonth ? /^X110001/ : /^X11000/,
    );
    // Its chart: X's one plan drawn as posted, the legend naming the colours.
    // (a bar is an SVG line, whose box has no height: Playwright calls it hidden, so attached.)
    const postedBar = planned.locator('.sapa-chart-posted .ct-bar');
    await postedBar.waitFor({ state: 'attached' });
    expect(await postedBar.getAttribute('ct:value')).toBe('1');
    expect(await planned.locator('.sapa-chart-legend').textContent()).toBe(
      'PostedSkippedNot postedStill to come',
    );
    await planned.screenshot({ path: 'test-results/report-planned.png' });
    await composerTab.close();
    await dashboard.close();
  });

  test('a team that requires approval: the gate holds an unapproved plan’s post and names it', async () => {
    const dashboard = await harness.context.newPage();
    // Checklist settings: "Planned post approved" set to Block, as a coordinator would.
    await dashboard.goto(`chrome-extension://${harness.extensionId}/options.html#checklist`);
    await dashboard.getByLabel('Planned post approved: severity').selectOption({ label: 'Block' });
    await dashboard.getByRole('button', { name: 'Save' }).first().click();
    await dashboard.getByText('Checklist settings saved.').first().waitFor();

    const title = 'Pojok baca anak Sabtu';
    const plan = await planToday(dashboard, title);
    const today = libraryToday();
    await dashboard
      .locator(`[role="gridcell"][data-date="${today}"] .sapa-cal-event`)
      .filter({ hasText: title })
      .click();
    const form = dashboard.getByRole('form', { name: 'Edit planned post' });
    const { composerTab, panel, card } = await openXComposer(form, title);
    await card.getByRole('button', { name: 'Insert caption and hashtags' }).click();
    await expect.poll(() => status(panel)).toBe('Inserted into the X composer.');

    // The plan is an idea, not approved: the press is held and the dialog says why.
    const dialog = composerTab.getByRole('dialog', { name: 'Compose post' });
    await dialog.getByTestId('tweetButton').click();
    const gate = composerTab.getByRole('alertdialog', { name: 'Check before posting' });
    await gate
      .getByText(`The plan "${title}" is not approved by its reviewer yet`, { exact: false })
      .waitFor();
    expect(await postedTexts(composerTab)).toEqual([]);
    await composerTab.screenshot({ path: 'test-results/plan-approval-required.png' });

    // Post anyway: it goes out, and the post log records that the check was passed over.
    await gate.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(async () => (await postedTexts(composerTab)).length).toBe(1);
    await expect
      .poll(
        async () => (await rows('postLog')).find((e) => e.plannedPostId === plan.id)?.override,
        { timeout: 10_000 },
      )
      .toMatchObject({ ruleIds: ['plan-approved'] });
    await composerTab.close();
    await dashboard.close();
  });
});
