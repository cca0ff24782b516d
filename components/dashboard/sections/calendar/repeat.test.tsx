import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dayText, longDay } from '@/tests/support/english-days';
import { calendarForEachTest } from '@/tests/support/calendar-page';

const calendar = calendarForEachTest('sapa-calendar-repeat');
const show = calendar.show;

/** The month the calendar opens on (the library's zone, WIB) and the ones after it. */
function month(offset: number): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return d.toISOString().slice(0, 7);
}

describe('recurring plans in the calendar form', () => {
  it('makes "every month on the 17th" until a day, says how many, and stores the rule', async () => {
    const user = show();
    await user.click(await screen.findByRole('button', { name: 'Plan a post' }));
    const form = screen.getByRole('form', { name: 'Plan a post' });
    await user.keyboard('Koleksi baru bulan ini');
    const start = `${month(0)}-17`;
    const until = `${month(4)}-17`;
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), start);
    const repeat = within(form).getByRole('group', { name: 'Repeat' });
    const kind = within(repeat).getByRole('combobox', { name: 'Repeat' });
    expect(
      within(kind)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toContain('Every month on the 17th');
    await user.selectOptions(kind, 'Every month on the 17th');
    const end = within(repeat).getByLabelText('Until');
    await user.clear(end);
    // No end: refused, with the reason.
    expect(repeat).toHaveTextContent('Choose the day the repeat ends: every repeat must end.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose the day the repeat ends');
    expect(await calendar.db.plannedPosts.count()).toBe(0);
    // Years of weeks: more than the limit.
    await user.selectOptions(kind, within(kind).getAllByRole('option')[1]!);
    await user.type(end, `${Number(start.slice(0, 4)) + 9}-01-01`);
    expect(repeat).toHaveTextContent('This repeat makes more than 366 occurrences.');
    await user.selectOptions(kind, 'Every month on the 17th');
    await user.clear(end);
    await user.type(end, until);
    expect(repeat).toHaveTextContent(
      `Every month on the 17th, until ${longDay(until)}. 5 occurrences.`,
    );
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Planned: Koleksi baru bulan ini/);
    const [stored] = await calendar.repos.plannedPosts.inRange(start, until);
    expect(stored?.recurrence).toEqual({
      rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${until.replaceAll('-', '')}`,
      exceptions: [],
    });
    // The month view shows this month's occurrence.
    expect(await screen.findByText('Koleksi baru bulan ini')).toBeInTheDocument();
  });

  it('saves "only this occurrence": one day changes, the others stay', async () => {
    const start = `${month(0)}-17`;
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Koleksi baru',
      platforms: ['instagram'],
      date: start,
      time: '09:00',
      caption: 'Buku baru sudah datang!',
      status: 'idea',
      notes: '',
      comments: [],
      recurrence: {
        rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(3).replace('-', '')}17`,
        exceptions: [],
      },
    });
    const user = show();
    await user.click(await screen.findByText('Koleksi baru'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    expect(form).toHaveTextContent(`You opened the occurrence of ${longDay(start)}.`);
    expect(form).toHaveTextContent('4 occurrences.');
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Koleksi baru: edisi spesial');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const question = within(form).getByRole('group', { name: 'Save the changes for:' });
    // The choice takes the focus; Escape goes back to the form without closing it.
    expect(within(question).getByRole('button', { name: 'Only this occurrence' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(form).queryByRole('group', { name: 'Save the changes for:' })).toBeNull();
    expect(within(form).getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await user.keyboard('{Enter}');
    await screen.findByText(`Saved Koleksi baru: edisi spesial for ${longDay(start)} only.`);
    const stored = await calendar.repos.plannedPosts.get(plan.id);
    expect(stored).toMatchObject({
      title: 'Koleksi baru',
      recurrence: {
        exceptions: [{ date: start, override: { title: 'Koleksi baru: edisi spesial' } }],
      },
    });
    expect(await screen.findByText('Koleksi baru: edisi spesial')).toBeInTheDocument();
    // The next month keeps the series' title.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByText('Koleksi baru')).toBeInTheDocument());
    expect(screen.queryByText('Koleksi baru: edisi spesial')).toBeNull();
  });

  it('marks one occurrence posted and reopens it; the others keep the series’ status', async () => {
    const start = `${month(0)}-17`;
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Rekomendasi bulanan',
      platforms: ['instagram'],
      date: start,
      time: '09:00',
      caption: '',
      status: 'approved',
      notes: '',
      comments: [],
      recurrence: {
        rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(2).replace('-', '')}17`,
        exceptions: [],
      },
    });
    const user = show();
    await user.click(await screen.findByText('Rekomendasi bulanan'));
    let form = screen.getByRole('form', { name: 'Edit planned post' });
    expect(form).toHaveTextContent('This occurrence: Approved. All occurrences: Approved.');
    // The series' own "Mark as posted" and "Skip" are not offered for one day.
    expect(within(form).queryByRole('button', { name: 'Mark as posted' })).toBeNull();
    const day = within(form).getByRole('group', { name: 'Only this occurrence' });
    await user.click(within(day).getByRole('button', { name: 'Mark this occurrence as posted' }));
    await screen.findByText(
      `Rekomendasi bulanan on ${dayText(start)} is now: Posted. The other occurrences stay as they were.`,
    );
    const stored = await calendar.repos.plannedPosts.get(plan.id);
    expect(stored?.status).toBe('approved');
    expect(stored?.recurrence?.exceptions).toEqual([
      { date: start, override: { status: 'posted' } },
    ]);
    // The calendar marks that day posted (its edge); opened again, the form says so and offers
    // to reopen that day alone.
    await waitFor(() => expect(document.querySelector('.sapa-cal-s-posted')).not.toBeNull());
    expect(document.querySelector('.sapa-cal-s-posted')).toHaveTextContent('Rekomendasi bulanan');
    await user.click(document.querySelector<HTMLElement>('.sapa-cal-s-posted')!);
    form = await screen.findByRole('form', { name: 'Edit planned post' });
    expect(form).toHaveTextContent('This occurrence: Posted. All occurrences: Approved.');
    await user.click(within(form).getByRole('button', { name: 'Reopen this occurrence' }));
    await screen.findByText(
      `Rekomendasi bulanan on ${dayText(start)} is now: Approved. The other occurrences stay as they were.`,
    );
    expect((await calendar.repos.plannedPosts.get(plan.id))?.recurrence?.exceptions).toEqual([]);
  });

  it('cancels one occurrence, and says the repeat in Indonesian', async () => {
    const start = `${month(0)}-17`;
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Jam layanan bulanan',
      platforms: ['instagram'],
      date: start,
      time: '09:00',
      caption: '',
      status: 'idea',
      notes: '',
      comments: [],
      recurrence: {
        rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(1).replace('-', '')}17`,
        exceptions: [],
      },
    });
    const user = show('id');
    await user.click(await screen.findByText('Jam layanan bulanan'));
    const form = await screen.findByRole('form', { name: 'Ubah rencana unggahan' });
    expect(form).toHaveTextContent('Setiap bulan pada tanggal 17, sampai');
    expect(form).toHaveTextContent('2 kejadian.');
    await user.click(within(form).getByRole('button', { name: 'Batalkan kejadian ini' }));
    await screen.findByText(/^Jam layanan bulanan pada .* dibatalkan; kejadian lainnya tetap\.$/);
    expect((await calendar.repos.plannedPosts.get(plan.id))?.recurrence?.exceptions).toEqual([
      { date: start, cancelled: true },
    ]);
    await waitFor(() => expect(screen.queryByText('Jam layanan bulanan')).toBeNull());
  });

  it('saves "this and the following": the earlier months stay, then deletes from a later one', async () => {
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Koleksi baru',
      platforms: ['instagram'],
      date: `${month(0)}-17`,
      time: '09:00',
      caption: '',
      status: 'idea',
      notes: '',
      comments: [],
      recurrence: {
        rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(3).replace('-', '')}17`,
        exceptions: [],
      },
    });
    const user = show();
    await screen.findByText('Koleksi baru');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(screen.getByText('Koleksi baru')).toBeInTheDocument());
    await user.click(screen.getByText('Koleksi baru'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Koleksi pilihan');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const question = within(form).getByRole('group', { name: 'Save the changes for:' });
    await user.click(
      within(question).getByRole('button', { name: 'This and the following occurrences' }),
    );
    const split = `${month(1)}-17`;
    await screen.findByText(
      `Saved Koleksi pilihan from ${longDay(split)} on; the earlier occurrences stay as they were.`,
    );
    expect((await calendar.repos.plannedPosts.get(plan.id))?.recurrence?.rule).toBe(
      `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(0).replace('-', '')}17`,
    );
    const following = (await calendar.db.plannedPosts.toArray()).find((p) => p.id !== plan.id);
    expect(following).toMatchObject({ title: 'Koleksi pilihan', date: split });
    expect(await screen.findByText('Koleksi pilihan')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getByText('Koleksi baru')).toBeInTheDocument());
    expect(screen.queryByText('Koleksi pilihan')).toBeNull();
    // Two months on, the new series is deleted from there; its first month stays.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByText('Koleksi pilihan'));
    const later = screen.getByRole('form', { name: 'Edit planned post' });
    await user.click(within(later).getByRole('button', { name: 'Delete this and the following' }));
    await screen.findByText(
      `Deleted Koleksi pilihan from ${longDay(`${month(2)}-17`)} on; the earlier occurrences stay.`,
    );
    await waitFor(() => expect(screen.queryByText('Koleksi pilihan')).toBeNull());
    expect((await calendar.repos.plannedPosts.get(following!.id))?.recurrence?.rule).toBe(
      `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(1).replace('-', '')}17`,
    );
  });

  it('clears the assignee of one occurrence alone', async () => {
    const start = `${month(0)}-17`;
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Dongeng anak',
      platforms: ['instagram'],
      date: start,
      time: '09:00',
      caption: '',
      status: 'idea',
      assignee: 'member-ana',
      notes: '',
      comments: [],
      recurrence: {
        rule: `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=${month(2).replace('-', '')}17`,
        exceptions: [],
      },
    });
    const user = show();
    await user.click(await screen.findByText('Dongeng anak'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    await user.selectOptions(within(form).getByLabelText('Assignee'), 'None');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const question = within(form).getByRole('group', { name: 'Save the changes for:' });
    const only = within(question).getByRole('button', { name: 'Only this occurrence' });
    expect(only).toBeEnabled();
    await user.click(only);
    await screen.findByText(`Saved Dongeng anak for ${longDay(start)} only.`);
    const stored = await calendar.repos.plannedPosts.get(plan.id);
    expect(stored?.assignee).toBe('member-ana');
    expect(stored?.recurrence?.exceptions).toEqual([
      { date: start, override: { unassigned: true } },
    ]);
    // Opened again, the day shows nobody; the series still names its assignee.
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    // The month is read again after the save and its events drawn anew: click the one shown then.
    await waitFor(async () => {
      if (!screen.queryByRole('form')) await user.click(screen.getByText('Dongeng anak'));
      expect(screen.getByRole('form', { name: 'Edit planned post' })).toBeInTheDocument();
    });
    const again = await screen.findByRole('form', { name: 'Edit planned post' });
    expect(within(again).getByLabelText('Assignee')).toHaveValue('');
  });
});
