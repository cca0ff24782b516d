import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRepositories } from '@/lib/db';
import { blobText } from '@/lib/exchange/backup';
import { calendarForEachTest } from '@/tests/support/calendar-page';

const calendar = calendarForEachTest('sapa-calendar');
const show = calendar.show;

const csvFile = (text: string) => new File([text], 'rencana.csv', { type: 'text/csv' });

describe('the calendar section', () => {
  it('plans a post with the keyboard-reachable button and form, and stores it', async () => {
    const user = show();
    await user.click(await screen.findByRole('button', { name: 'Plan a post' }));
    const form = screen.getByRole('form', { name: 'Plan a post' });
    // The title has the focus: typing goes straight in.
    await user.keyboard('Hari Buku Nasional');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '2026-05-17');
    await user.click(within(form).getByLabelText('X'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Planned: Hari Buku Nasional, Sun,? 17 May 2026\.$/);
    const stored = await calendar.repos.plannedPosts.inRange('2026-05-01', '2026-05-31');
    expect(stored).toMatchObject([
      {
        title: 'Hari Buku Nasional',
        platforms: ['instagram', 'x'],
        date: '2026-05-17',
        time: '09:00',
        status: 'idea',
        updatedBy: 'member-ana',
      },
    ]);
  });

  it('opens a planned post from the calendar and moves it along its statuses', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await calendar.repos.plannedPosts.create({
      title: 'Jam buka libur',
      platforms: ['facebook'],
      date: today,
      time: '08:00',
      caption: '',
      reviewer: 'member-budi',
      status: 'idea',
      notes: '',
      comments: [],
    });
    const user = show();
    await user.click(await screen.findByText('Jam buka libur'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    expect(form).toHaveTextContent('Status: Idea');
    const buttons = within(within(form).getByRole('group', { name: 'Status' })).getAllByRole(
      'button',
    );
    // Nobody is named yet: this browser acts as the coordinator.
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Start the draft',
      'Mark as posted',
      'Skip',
    ]);
    // Sending for review is the review's own part, with the checklist that goes along.
    const review = within(form).getByRole('region', { name: 'Review' });
    await user.click(within(review).getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Jam buka libur is now: In review.');
    expect((await calendar.repos.plannedPosts.inRange(today, today))[0]?.status).toBe('in-review');
  });

  it('an open planned post shows the status a teammate gave it meanwhile, with its buttons', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await calendar.repos.teamMembers.save({ id: 'member-ana', displayName: 'Ana', role: 'writer' });
    await calendar.repos.teamMembers.save({
      id: 'member-budi',
      displayName: 'Budi',
      role: 'reviewer',
    });
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Jam buka libur',
      platforms: ['facebook'],
      date: today,
      time: '08:00',
      caption: '',
      assignee: 'member-ana',
      reviewer: 'member-budi',
      status: 'in-review',
      notes: '',
      comments: [],
    });
    const user = show();
    await user.click(await screen.findByText('Jam buka libur'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    expect(form).toHaveTextContent('Status: In review');

    // Budi's approval arrives, as team sync writes it into this browser's database.
    const budi = createRepositories(calendar.db, { memberId: 'member-budi' });
    await budi.plannedPosts.change(plan.id, (p) => ({ ...p, status: 'approved' }));
    await waitFor(() => expect(form).toHaveTextContent('Status: Approved'));
    const buttons = within(within(form).getByRole('group', { name: 'Status' })).getAllByRole(
      'button',
    );
    expect(buttons.map((b) => b.textContent)).toEqual(['Mark as posted', 'Skip', 'Reopen']);
  });

  it('saving an open plan keeps a teammate’s change to a field the person did not touch', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const plan = await calendar.repos.plannedPosts.create({
      title: 'Jam buka libur',
      platforms: ['facebook'],
      date: today,
      time: '08:00',
      caption: '',
      notes: '',
      status: 'draft',
      comments: [],
    });
    const user = show();
    await user.click(await screen.findByText('Jam buka libur'));
    const form = screen.getByRole('form', { name: 'Edit planned post' });
    // Budi moves it to 10:30 while Ana's form is open; Ana then changes only the title.
    const budi = createRepositories(calendar.db, { memberId: 'member-budi' });
    await budi.plannedPosts.change(plan.id, (p) => ({ ...p, time: '10:30', notes: 'Dari Budi' }));
    const title = within(form).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Jam buka selama libur');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByText(/^Planned: Jam buka selama libur/);
    expect(await calendar.repos.plannedPosts.get(plan.id)).toMatchObject({
      title: 'Jam buka selama libur',
      time: '10:30',
      notes: 'Dari Budi',
      date: today,
    });
  });

  it('says what is missing instead of saving', async () => {
    const user = show();
    await user.click(await screen.findByRole('button', { name: 'Plan a post' }));
    const form = screen.getByRole('form', { name: 'Plan a post' });
    await user.click(within(form).getByLabelText('Instagram'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Give the plan a title.');
    await user.type(within(form).getByLabelText('Title'), 'Info');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose at least one platform.');
    expect(await calendar.db.plannedPosts.count()).toBe(0);
  });

  it('names this browser’s member and lists the team', async () => {
    const user = show();
    const team = await screen.findByRole('region', { name: 'Team members' });
    expect(team).toHaveTextContent('This browser is member-ana.');
    await user.type(within(team).getByLabelText('Display name'), 'Ana');
    await user.selectOptions(within(team).getByLabelText('Role'), 'coordinator');
    await user.click(within(team).getByRole('button', { name: 'Save member' }));
    await waitFor(() => expect(team).toHaveTextContent('Ana · Coordinator · member-ana'));
    expect(await calendar.repos.teamMembers.list()).toMatchObject([
      { id: 'member-ana', displayName: 'Ana', role: 'coordinator' },
    ]);
  });

  it('writes who a planned post is assigned to in the list view, by name, never by id', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await calendar.repos.teamMembers.save({
      id: 'member-budi',
      displayName: 'Budi',
      role: 'writer',
    });
    const plan = {
      platforms: ['instagram' as const],
      date: today,
      time: '08:00',
      caption: '',
      status: 'in-review' as const,
      reviewer: 'member-ana',
      notes: '',
      comments: [],
    };
    await calendar.repos.plannedPosts.create({
      ...plan,
      title: 'Pojok baca',
      assignee: 'member-budi',
    });
    // Assigned to a browser the team has not named (yet): no id on the calendar.
    await calendar.repos.plannedPosts.create({
      ...plan,
      title: 'Survei',
      assignee: 'member-0f3e9a1c',
    });
    const user = show();
    await user.click(await screen.findByRole('button', { name: 'List' }));
    // The list's rows (the To review card above names the plans too).
    const row = (title: string) =>
      [...document.querySelectorAll('tr.fc-list-event')].find((tr) =>
        tr.textContent?.includes(title),
      )!;
    await waitFor(() => expect(row('Pojok baca')).toBeDefined());
    const named = row('Pojok baca');
    expect(named).toHaveTextContent('Pojok baca · Instagram · In review · Budi');
    const unnamed = row('Survei');
    expect(unnamed).toHaveTextContent(/Survei · Instagram · In review$/);
    expect(unnamed).not.toHaveTextContent('member-0f3e9a1c');
  });

  it('speaks Indonesian: its title, its button and its list of day notes', async () => {
    show('id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kalender' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rencanakan unggahan' })).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Hari libur dan hari perpustakaan' }),
    ).toBeInTheDocument();
  });
});

describe("the calendar's export and import", () => {
  it('refuses a plan with a wrong line and writes nothing, then imports the fixed file after a preview', async () => {
    const user = show();
    const picker = await screen.findByLabelText('Import a plan (CSV)');
    await user.upload(
      picker,
      csvFile(
        'date,time,platform,title\n2026-05-17,09:00,instagram,Hari Buku\n2026-05-18,9 pagi,x,Kuis',
      ),
    );
    const summary = await screen.findByText(/^Nothing was imported: 1 problem\./);
    const alert = summary.closest('[role="alert"]')!;
    expect(alert).toHaveTextContent(
      'Line 3: the time "9 pagi" cannot be read (write 09:30 or 09.30)',
    );
    expect(await calendar.db.plannedPosts.count()).toBe(0);

    await user.upload(
      picker,
      csvFile(
        'date,time,platform,title\n2026-05-17,09:00,instagram,Hari Buku\n2026-05-18,09.00,x,Kuis',
      ),
    );
    expect(screen.queryByText(/^Nothing was imported/)).toBeNull();
    await screen.findByText(/^New planned posts: 2\. Planned posts updated: 0\./);
    // Reading a file into an empty calendar is not an export of nothing.
    expect(screen.queryByText('There are no planned posts to export.')).toBeNull();
    expect(await calendar.db.plannedPosts.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 2 new, 0 updated.');
    const may = await calendar.repos.plannedPosts.inRange('2026-05-01', '2026-05-31');
    expect(may.map((p) => [p.title, p.date, p.time, p.platforms])).toEqual(
      expect.arrayContaining([
        ['Hari Buku', '2026-05-17', '09:00', ['instagram']],
        ['Kuis', '2026-05-18', '09:00', ['x']],
      ]),
    );
  });

  it('exports the plan as CSV and the calendar as .ics, named for today', async () => {
    await calendar.repos.plannedPosts.create({
      title: 'Hari Buku Nasional',
      platforms: ['instagram'],
      date: '2026-05-17',
      time: '09:00',
      caption: 'Selamat Hari Buku Nasional!',
      status: 'idea',
      notes: '',
      comments: [],
    });
    const user = show('id');
    await user.click(await screen.findByRole('button', { name: 'Ekspor rencana (CSV)' }));
    await waitFor(() => expect(calendar.downloads).toHaveLength(1));
    expect(calendar.downloads[0]!.name).toMatch(/^sapa-rencana-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blobText(calendar.downloads[0]!.blob)).toContain(
      ',2026-05-17,09:00,instagram,Hari Buku Nasional,Selamat Hari Buku Nasional!,,,idea,,,,',
    );
    await user.click(screen.getByRole('button', { name: 'Ekspor untuk aplikasi kalender (.ics)' }));
    await waitFor(() => expect(calendar.downloads).toHaveLength(2));
    expect(calendar.downloads[1]!.name).toMatch(/\.ics$/);
    expect(await blobText(calendar.downloads[1]!.blob)).toContain(
      'SUMMARY:Hari Buku Nasional (Instagram)',
    );
  });
});
