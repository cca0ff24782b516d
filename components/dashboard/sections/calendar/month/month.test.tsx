import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/calendar/view';
import { longDayText } from '../day-text';
import { calendarForEachTest } from '@/tests/support/calendar-page';

const calendar = calendarForEachTest('sapa-month-grid');
const show = calendar.show;

/** Today in the library's zone (WIB), the day the calendar opens on. */
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

const plan = (title: string, date: string, time: string) =>
  calendar.repos.plannedPosts.create({
    title,
    platforms: ['instagram'],
    date,
    time,
    caption: '',
    status: 'idea',
    notes: '',
    comments: [],
  });

const cell = (day: string) => document.querySelector<HTMLElement>(`[data-date="${day}"]`)!;

describe('the month grid', () => {
  it('names each day with its date and plans, and moves between days with the arrow keys', async () => {
    await plan('Jam buka libur', today(), '08:00');
    const user = show();
    const grid = await screen.findByRole('grid');
    const day = await within(grid).findByRole('gridcell', {
      name: `${longDayText(today(), 'en')}, 1 planned post`,
    });
    await within(day).findByRole('button', {
      name: 'Jam buka libur, 08:00, Instagram, Idea',
    });
    // Today is the day that takes Tab; its plan comes next.
    expect(day).toHaveAttribute('tabindex', '0');
    expect(day).toHaveAttribute('aria-current', 'date');
    day.focus();
    await user.keyboard('{ArrowRight}');
    const next = addDays(today(), 1);
    expect(document.activeElement).toBe(cell(next));
    expect(day).toHaveAttribute('tabindex', '-1');
    // Enter plans a post on the day the keyboard is on.
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Plan a post' });
    expect(within(form).getByLabelText('Date')).toHaveValue(next);
  });

  it('moves a plan a day with Alt and an arrow key, and Undo takes it back', async () => {
    const created = await plan('Jam buka libur', today(), '08:00');
    const user = show();
    const event = await screen.findByRole('button', {
      name: 'Jam buka libur, 08:00, Instagram, Idea',
    });
    event.focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const next = addDays(today(), 1);
    const notice = await screen.findByText(/^Moved Jam buka libur to /);
    expect((await calendar.repos.plannedPosts.get(created.id))?.date).toBe(next);
    // The plan keeps the focus on its new day.
    await waitFor(() => expect(document.activeElement?.closest('[data-date]')).toBe(cell(next)));
    expect(document.activeElement).toHaveAccessibleName('Jam buka libur, 08:00, Instagram, Idea');
    await user.click(within(notice.parentElement!).getByRole('button', { name: 'Undo' }));
    await screen.findByText(/^Moved Jam buka libur back to /);
    expect((await calendar.repos.plannedPosts.get(created.id))?.date).toBe(today());
  });

  it('goes on into the next month when the arrow keys pass the last week', async () => {
    const user = show();
    await screen.findByRole('grid');
    cell(today()).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    const later = addDays(today(), 42);
    await waitFor(() => expect(document.activeElement).toBe(cell(later)));
    expect(screen.getByRole('grid')).toHaveAccessibleName(
      new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${later}T00:00:00Z`),
      ),
    );
  });

  it('shows three plans of a busy day and "+N more", which opens the day’s list', async () => {
    for (const n of [1, 2, 3, 4, 5]) await plan(`Info layanan ${n}`, today(), `0${n}:00`);
    const user = show();
    const more = await screen.findByRole('button', { name: 'Show 2 more planned posts' });
    expect(more).toHaveTextContent('+2 more');
    const day = cell(today());
    expect(within(day).getByText('Info layanan 3')).toBeInTheDocument();
    expect(within(day).queryByText('Info layanan 4')).toBeNull();
    await user.click(more);
    await waitFor(() => expect(document.querySelectorAll('tr.fc-list-event')).toHaveLength(5));
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('speaks Indonesian', async () => {
    await plan('Jam buka libur', today(), '08:00');
    show('id');
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('gridcell', {
      name: `${longDayText(today(), 'id')}, 1 rencana unggahan`,
    });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min']);
  });
});
