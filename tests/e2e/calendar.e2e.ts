/**
 * The content calendar in the built extension's dashboard (docs/calendar.md): a person plans a
 * post by clicking an empty day, sees it on the month view, drags it to another day, and takes
 * the move back with Undo. A busy day shows "+N more", and holidays show as day notes. A plan
 * saved from a spreadsheet comes in through the "Export and import" card and goes out again.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayText, longDay } from '../support/english-days';
import { dayCell, drag } from './calendar-page';
import { grantOriginRequests, launch, readTable, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
});

/** The month the calendar opens on: this month in the library's zone (WIB, UTC+7). */
function thisMonth(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
}

/** The month after `YYYY-MM`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

async function planDate(title: string): Promise<unknown> {
  const rows = await readTable(harness.background, 'plannedPosts');
  return rows.find((r) => r.title === title && r.deleted !== true)?.date;
}

describe('the content calendar', () => {
  test('plan a post on an empty day, see it, drag it to another day, and undo', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    const month = thisMonth();
    const day = `${month}-08`;
    const later = `${month}-10`;
    await dayCell(page, day).waitFor();

    // Click the empty part of the day: the form opens on that day, with the title focused.
    const box = (await dayCell(page, day).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 15);
    const form = page.getByRole('form', { name: 'Plan a post' });
    await form.waitFor();
    expect(await form.getByLabel('Date').inputValue()).toBe(day);
    await page.keyboard.type('Bedah buku bulan ini');
    expect(await form.getByLabel('Title').inputValue()).toBe('Bedah buku bulan ini');
    await form.getByLabel('Time').fill('10:30');
    await form.getByLabel('Facebook').check();
    await form.getByLabel('Caption').fill('Yuk ikut bedah buku di perpustakaan!');
    await form.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .getByText(`Planned: Bedah buku bulan ini, ${dayText(day)}.`)
      .waitFor();
    expect(await form.count()).toBe(0);

    const onDay = dayCell(page, day).locator('.sapa-cal-event', {
      hasText: 'Bedah buku bulan ini',
    });
    await onDay.waitFor();
    expect(await onDay.getAttribute('aria-label')).toBe(
      'Bedah buku bulan ini, 10:30, Instagram and Facebook, Idea',
    );
    await expect.poll(() => planDate('Bedah buku bulan ini')).toBe(day);

    // Drag it two days later.
    await drag(page, onDay, dayCell(page, later));
    const onLater = dayCell(page, later).locator('.sapa-cal-event', {
      hasText: 'Bedah buku bulan ini',
    });
    await onLater.waitFor();
    await expect.poll(() => planDate('Bedah buku bulan ini')).toBe(later);
    const moved = page.getByRole('status');
    await moved.getByText(`Moved Bedah buku bulan ini to ${dayText(later)}.`).waitFor();
    await page.screenshot({ path: 'test-results/calendar-moved.png' });

    // Undo puts it back on its day.
    await moved.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => planDate('Bedah buku bulan ini')).toBe(day);
    await moved.getByText(`Moved Bedah buku bulan ini back to ${dayText(day)}.`).waitFor();
    await dayCell(page, day)
      .locator('.sapa-cal-event', { hasText: 'Bedah buku bulan ini' })
      .waitFor();
    expect(await dayCell(page, later).locator('.sapa-cal-event').count()).toBe(0);

    // A busy day: three plans show, the others behind "+N more", named for how many they are.
    const planOnBusyDay = (numbers: number[]) =>
      page.evaluate(
        async ({ date, numbers }) => {
          // The dashboard's own messaging, as its pages send requests to the background.
          const runtime = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
            }
          ).chrome.runtime;
          const platforms = ['x', 'tiktok', 'instagram', 'facebook', 'x'] as const;
          for (const n of numbers)
            await runtime.sendMessage({
              sapa: 1,
              type: 'calendar.savePlan',
              payload: {
                title: `Info layanan ${n}`,
                platforms: [platforms[n - 1]],
                date,
                time: `0${n}:00`,
              },
            });
        },
        { date: `${month}-15`, numbers },
      );
    const busy = dayCell(page, `${month}-15`);
    await planOnBusyDay([1, 2, 3, 4]);
    await busy.getByRole('button', { name: 'Show 1 more planned post' }).waitFor();
    // One more plan: the same link now says two (a stale name here was a bug).
    await planOnBusyDay([5]);
    const more = busy.getByRole('button', { name: 'Show 2 more planned posts' });
    await more.waitFor();
    expect(await busy.getByText('Info layanan 3').isVisible()).toBe(true);
    expect(await busy.getByText('Info layanan 4').count()).toBe(0);
    expect(await more.textContent()).toBe('+2 more');
    await page.screenshot({ path: 'test-results/calendar-month.png' });
    // "+2 more" opens that day's list, with all five plans, from the keyboard too.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('.fc-list-event', { hasText: 'Info layanan 5' }).waitFor();
    expect(await page.locator('.fc-list-event').count()).toBe(5);
    await page.getByRole('button', { name: 'Month' }).click();
    await more.waitFor();

    // The list view reads the month as rows a keyboard can reach; Enter opens the plan.
    await page.getByRole('button', { name: 'List' }).click();
    const row = page.locator('.fc-list-event', { hasText: 'Bedah buku bulan ini' });
    await row.waitFor();
    await page.screenshot({ path: 'test-results/calendar-list.png' });
    await page.close();
  });

  test('a plan made in a spreadsheet comes in whole, shows on the calendar, and goes out again', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    const month = thisMonth();
    const [year, mm] = month.split('-');
    // As Excel in Indonesian saves it: semicolons, day first, a dot in the time.
    const sheet = [
      'Tanggal;Jam;Platform;Judul;Keterangan',
      `20/${mm}/${year};10.00;Instagram;Pojok baca anak;Ayo ke pojok baca anak!`,
      `20/${mm}/${year};10.00;Facebook;Pojok baca anak;Ayo ke pojok baca anak!`,
      `21/${mm}/${year};13.30;X;Survei layanan;Isi survei kepuasan layanan kami.`,
    ].join('\r\n');
    const picker = page.getByLabel('Import a plan (CSV)');
    await picker.setInputFiles({
      name: 'rencana.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sheet, 'utf8'),
    });
    const card = page.getByRole('region', { name: 'Export and import' });
    await card.getByText('New planned posts: 3.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/calendar-import-preview.png' });
    await card.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported: 3 new, 0 updated.').waitFor();
    await dayCell(page, `${month}-20`)
      .locator('.sapa-cal-event', { hasText: 'Pojok baca anak' })
      .first()
      .waitFor();
    await dayCell(page, `${month}-21`)
      .locator('.sapa-cal-event', { hasText: 'Survei layanan' })
      .waitFor();

    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Export the plan (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^sapa-rencana-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toContain(`,${month}-20,10:00,instagram,Pojok baca anak,Ayo ke pojok baca anak!,`);
    expect(text).toContain(`,${month}-20,10:00,facebook,Pojok baca anak,`);
    await page.close();
  });

  test('a plan that repeats every month shows on two months, and one occurrence is edited alone', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    const month = thisMonth();
    const next = nextMonth(month);
    const day = `${month}-12`;
    const nextDay = `${next}-12`;
    const until = `${nextMonth(next)}-12`;
    const box = (await dayCell(page, day).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 15);
    const form = page.getByRole('form', { name: 'Plan a post' });
    await form.waitFor();
    await page.keyboard.type('Pojok dongeng');
    const repeat = form.getByRole('group', { name: 'Repeat' });
    await repeat.getByLabel('Repeat').selectOption({ label: 'Every month on the 12th' });
    await repeat.getByLabel('Until').fill(until);
    await repeat
      .getByText(`Every month on the 12th, until ${longDay(until)}. 3 occurrences.`)
      .waitFor();
    await repeat.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/calendar-repeat-form.png' });
    await form.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('status')
      .getByText(`Planned: Pojok dongeng, ${dayText(day)}.`)
      .waitFor();

    const event = (date: string) =>
      dayCell(page, date).locator('.sapa-cal-event', { hasText: 'Pojok dongeng' });
    await event(day).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await event(nextDay).waitFor();

    // The next month's occurrence gets its own time; the first one keeps the series' time.
    await event(nextDay).click();
    const edit = page.getByRole('form', { name: 'Edit planned post' });
    await edit.getByText(`You opened the occurrence of ${longDay(nextDay)}.`).waitFor();
    await edit.getByLabel('Time').fill('14:00');
    await edit.getByRole('button', { name: 'Save' }).click();
    const only = edit
      .getByRole('group', { name: 'Save the changes for:' })
      .getByRole('button', { name: 'Only this occurrence' });
    await expect.poll(() => only.evaluate((b) => b === document.activeElement)).toBe(true);
    await edit.getByRole('group', { name: 'Save the changes for:' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/calendar-repeat-scope.png' });
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(`Saved Pojok dongeng for ${longDay(nextDay)} only.`)
      .waitFor();
    await expect
      .poll(() => event(nextDay).getAttribute('aria-label'))
      .toBe('Pojok dongeng, 14:00, Instagram, Idea');
    await event(nextDay).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/calendar-repeat-next-month.png' });
    await page.getByRole('button', { name: 'Previous' }).click();
    expect(await event(day).getAttribute('aria-label')).toBe(
      'Pojok dongeng, 09:00, Instagram, Idea',
    );
    const rows = await readTable(harness.background, 'plannedPosts');
    expect(rows.find((r) => r.title === 'Pojok dongeng')?.recurrence).toEqual({
      rule: `FREQ=MONTHLY;BYMONTHDAY=12;UNTIL=${until.replaceAll('-', '')}`,
      exceptions: [{ date: nextDay, override: { time: '14:00' } }],
    });
    await page.close();
  });

  test('turning reminders on in Settings starts their alarm in the background, and off stops it', async () => {
    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${harness.extensionId}/options.html#settings`);
    // Stand-in: headless Chromium cannot show the permission prompt (see grantOriginRequests).
    await grantOriginRequests(page);
    const group = page.getByRole('group', { name: 'Calendar reminders' });
    await group.getByRole('radio', { name: 'One summary a day' }).click();
    await page.getByText('Reminders: One summary a day.').waitFor();
    await group.getByLabel('Summary at').selectOption('7');
    const alarm = () =>
      harness.background.evaluate(async () => {
        const api = globalThis as unknown as {
          chrome: {
            alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
          };
        };
        return (await api.chrome.alarms.get('sapa-calendar-reminders'))?.periodInMinutes ?? null;
      });
    await expect.poll(alarm).toBe(5);
    await group.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/settings-reminders.png' });
    await group.getByRole('radio', { name: 'Off' }).click();
    await expect.poll(alarm).toBeNull();
    await page.close();
  });
});
