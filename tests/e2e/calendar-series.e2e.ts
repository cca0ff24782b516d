/**
 * A weekly plan in the built extension's dashboard (docs/calendar.md, "Recurrence"): one Monday
 * is marked posted and only that day shows it; then the series is moved from a later Monday on
 * ("this and the following occurrences") and the earlier Mondays stay where and as they were.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayText, longDay } from '../support/english-days';
import { dayCell } from './calendar-page';
import { launch, readTable, writeRows, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** This month's Mondays in the library's zone (WIB, UTC+7), which the calendar opens on. */
function mondaysOfThisMonth(): string[] {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const out: string[] = [];
  for (let d = new Date(first); d.getUTCMonth() === first.getUTCMonth();) {
    if (d.getUTCDay() === 1) out.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('a weekly plan, one Monday at a time', () => {
  test('one occurrence posted alone, then this and the following moved to Tuesdays', async () => {
    const [m1, m2, m3, m4] = mondaysOfThisMonth() as [string, string, string, string];
    const until = addDays(m4, 14);
    const now = Date.now();
    await writeRows(harness.background, 'plannedPosts', [
      {
        id: 'plan_weekly_e2e',
        updatedAt: now,
        updatedBy: 'local',
        deleted: false,
        title: 'Rekomendasi buku',
        platforms: ['instagram'],
        date: m1,
        time: '09:00',
        caption: 'Buku pilihan minggu ini',
        status: 'approved',
        notes: '',
        comments: [],
        recurrence: {
          rule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=${until.replaceAll('-', '')}`,
          exceptions: [],
        },
      },
    ]);
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    const event = (date: string) =>
      dayCell(page, date).locator('.sapa-cal-event', { hasText: 'Rekomendasi buku' });
    const label = (date: string) => event(date).getAttribute('aria-label');
    await event(m2).waitFor();

    // The second Monday is posted: only that day says so.
    await event(m2).click();
    const form = page.getByRole('form', { name: 'Edit planned post' });
    await form.getByText(`You opened the occurrence of ${longDay(m2)}.`).waitFor();
    await form.getByRole('button', { name: 'Mark this occurrence as posted' }).click();
    await page
      .getByRole('status')
      .getByText(
        `Rekomendasi buku on ${dayText(m2)} is now: Posted. The other occurrences stay as they were.`,
      )
      .waitFor();
    await expect.poll(() => label(m2)).toBe('Rekomendasi buku, 09:00, Instagram, Posted');
    for (const day of [m1, m3, m4])
      expect(await label(day)).toBe('Rekomendasi buku, 09:00, Instagram, Approved');
    await page.screenshot({ path: 'test-results/calendar-series-posted.png' });

    // From the third Monday on, the plan moves to Tuesday at 14:00.
    await event(m3).click();
    await form.getByText(`You opened the occurrence of ${longDay(m3)}.`).waitFor();
    await form.getByLabel('Date').fill(addDays(m3, 1));
    await form.getByLabel('Time').fill('14:00');
    await form.getByRole('button', { name: 'Save' }).click();
    const question = form.getByRole('group', { name: 'Save the changes for:' });
    await question.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/calendar-series-scope.png' });
    await question.getByRole('button', { name: 'This and the following occurrences' }).click();
    await page
      .getByRole('status')
      .getByText(
        `Saved Rekomendasi buku from ${longDay(addDays(m3, 1))} on; the earlier occurrences stay as they were.`,
      )
      .waitFor();
    for (const day of [addDays(m3, 1), addDays(m4, 1)])
      await expect.poll(() => label(day)).toBe('Rekomendasi buku, 14:00, Instagram, Approved');
    expect(await event(m3).count()).toBe(0);
    expect(await event(m4).count()).toBe(0);
    expect(await label(m1)).toBe('Rekomendasi buku, 09:00, Instagram, Approved');
    expect(await label(m2)).toBe('Rekomendasi buku, 09:00, Instagram, Posted');
    await page.screenshot({ path: 'test-results/calendar-series-following.png', fullPage: true });

    // Two records: the series ended the Monday before, the new one from Tuesday on.
    const rows = (await readTable(harness.background, 'plannedPosts')).filter(
      (r) => r.title === 'Rekomendasi buku' && r.deleted !== true,
    );
    expect(rows).toHaveLength(2);
    const series = rows.find((r) => r.id === 'plan_weekly_e2e');
    const following = rows.find((r) => r.id !== 'plan_weekly_e2e');
    expect(series?.recurrence).toEqual({
      rule: `FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;UNTIL=${m2.replaceAll('-', '')}`,
      exceptions: [{ date: m2, override: { status: 'posted' } }],
    });
    expect(following).toMatchObject({
      date: addDays(m3, 1),
      time: '14:00',
      status: 'approved',
      recurrence: { exceptions: [] },
    });
    expect(String((following?.recurrence as { rule: string }).rule)).toContain('BYDAY=TU');
    expect(following?.updatedAt as number).toBeGreaterThanOrEqual(now);
    await page.close();
  });
});
