import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { blobText as readFileText } from '@/lib/exchange/backup';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../../Dashboard';

let db: SapaDb;
let download: ReturnType<typeof vi.fn<(blob: Blob, name: string) => void>>;
const NOW = Date.UTC(2026, 10, 20, 5);

beforeEach(async () => {
  db = freshDb('sapa-report');
  await db.open();
  const repos = createRepositories(db, { memberId: 'ana' });
  const first = await repos.postLog.add({ platform: 'x', text: 'Pameran #BulanBuku', at: NOW });
  await repos.postLog.annotate(first.id, { metrics: { reach: 200, likes: 10 } });
  await repos.postLog.add({
    platform: 'instagram',
    text: 'Jam layanan #bulanbuku',
    at: NOW - 86_400_000,
    override: { ruleIds: ['placeholders'] },
  });
  download = vi.fn<(blob: Blob, name: string) => void>();
});
afterEach(() => db.close());

describe('the monthly report', () => {
  it("takes a platform's numbers for the whole month and uses them in place of its posts'", async () => {
    const user = userEvent.setup();
    render(
      <Dashboard
        db={db}
        memberId="ana"
        language="en"
        initialSection="report"
        now={() => NOW}
        download={download}
      />,
    );
    const platforms = await screen.findByRole('region', { name: 'Posts per platform' });
    await user.click(screen.getByText('Numbers for the whole of November 2026'));
    const form = screen.getByRole('form', { name: 'Numbers for the whole of November 2026' });
    await user.selectOptions(within(form).getByLabelText('Platform'), 'instagram');
    await user.type(within(form).getByLabelText('Reach'), '1.000');
    await user.type(within(form).getByLabelText('Likes'), 'eighty');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Likes must be a whole number.');
    await user.clear(within(form).getByLabelText('Likes'));
    await user.type(within(form).getByLabelText('Likes'), '80');
    await user.type(within(form).getByLabelText('New followers'), '7');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // Instagram: 80 ÷ 1,000 from the month; the whole month: (10 + 80) ÷ (200 + 1,000).
    expect(
      await within(platforms).findByRole('row', { name: "Instagram 1 8% (month's numbers) 7" }),
    ).toBeInTheDocument();
    expect(screen.getByText('Engagement rate', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '7.5%',
    );
    expect(screen.getByText(/For Instagram, the month's own numbers are used/)).toBeInTheDocument();
    const stored = await createRepositories(db, { memberId: 'ana' }).settings.get(
      'reportMonthNumbers',
    );
    expect(stored).toEqual({ '2026-11': { instagram: { reach: 1000, likes: 80, follows: 7 } } });
    // Emptied again, the posts' numbers count once more.
    for (const field of ['Reach', 'Likes', 'New followers'])
      await user.clear(within(form).getByLabelText(field));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(platforms).findByRole('row', { name: 'Instagram 1 — —' }),
    ).toBeInTheDocument();
  });

  it('shows the month’s posts per platform, hashtags, engagement and overrides, with CSV', async () => {
    const user = userEvent.setup();
    render(
      <Dashboard
        db={db}
        memberId="ana"
        language="id"
        initialSection="report"
        now={() => NOW}
        download={download}
      />,
    );
    const platforms = await screen.findByRole('region', { name: 'Unggahan per platform' });
    // Engagement: 10 likes ÷ 200 reach on X; Instagram has no numbers, so no rate (not 0 %).
    expect(within(platforms).getByRole('row', { name: 'X 1 5% —' })).toBeInTheDocument();
    expect(within(platforms).getByRole('row', { name: 'Instagram 1 — —' })).toBeInTheDocument();
    const tags = screen.getByRole('region', { name: 'Tagar teratas' });
    expect(within(tags).getByRole('row', { name: '#BulanBuku 2' })).toBeInTheDocument();
    // The chart draws the table's rows, first on top, each bar with its number.
    const tagChart = tags.querySelector('.sapa-chart')!;
    await waitFor(() => expect(tagChart.querySelectorAll('.ct-bar')).not.toHaveLength(0));
    const drawn = (selector: string) =>
      [...tagChart.querySelectorAll(selector)].map((l) => l.textContent).reverse();
    const tableRows = within(tags).getAllByRole('row').slice(1);
    expect(drawn('.ct-label')).toEqual(tableRows.map((r) => r.firstChild?.textContent));
    expect(drawn('.sapa-chart-value')).toEqual(tableRows.map((r) => r.lastChild?.textContent));
    expect(drawn('.ct-label')[0]).toBe('#BulanBuku');
    expect(screen.getByText('Tingkat interaksi', { selector: 'dt' }).nextSibling).toHaveTextContent(
      '5%',
    );
    const overrides = screen.getByRole('region', {
      name: 'Pemeriksaan yang dilewati dengan Tetap unggah',
    });
    expect(within(overrides).getAllByRole('row')).toHaveLength(2);

    await user.click(within(platforms).getByRole('button', { name: 'Unduh CSV' }));
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('sapa-report-2026-11-platforms.csv');
    expect(await readFileText(blob)).toContain('x,1,1,10,200,0.0500,posts,');
  });

  it("sets the month's planned posts beside the posts made from them, with CSV", async () => {
    const user = userEvent.setup();
    const repos = createRepositories(db, { memberId: 'ana' });
    type PlanFields = Partial<Parameters<typeof repos.plannedPosts.create>[0]> & { date: string };
    const plan = (fields: PlanFields) =>
      repos.plannedPosts.create({
        title: 'Rencana',
        platforms: ['x'],
        time: '09:00',
        caption: '',
        notes: '',
        comments: [],
        status: 'idea',
        ...fields,
      });
    // 20 November is "today" (NOW, in WIB): the 3rd is past and open, the 25th still to come.
    const posted = await plan({
      date: '2026-11-19',
      platforms: ['x', 'instagram'],
      status: 'posted',
    });
    await plan({ date: '2026-11-03' });
    await plan({ date: '2026-11-25' });
    await plan({ date: '2026-11-04', status: 'skipped' });
    await repos.postLog.add({
      platform: 'x',
      text: 'Dari rencana',
      at: NOW,
      plannedPostId: posted.id,
    });
    render(
      <Dashboard
        db={db}
        memberId="ana"
        language="en"
        initialSection="report"
        now={() => NOW}
        download={download}
      />,
    );
    const part = await screen.findByRole('region', { name: 'Planned vs posted' });
    expect(await within(part).findByText('Posted: 1 of 4 planned posts.')).toBeInTheDocument();
    // Planned, posted, skipped, not posted, still to come, from a plan, without one.
    expect(within(part).getByRole('row', { name: 'X 4 1 1 1 1 1 1' })).toBeInTheDocument();
    expect(within(part).getByRole('row', { name: 'Instagram 1 1 0 0 0 0 1' })).toBeInTheDocument();
    expect(
      within(part).getByRole('row', { name: 'All platforms 4 1 1 1 1 1 2' }),
    ).toBeInTheDocument();
    // The chart: a stacked bar per platform with plans, each outcome in its colour.
    const chart = part.querySelector('.sapa-chart')!;
    await waitFor(() => expect(chart.querySelectorAll('.ct-bar')).toHaveLength(8));
    const bars = (outcome: string) => {
      const names = [...chart.querySelectorAll('.ct-label.ct-vertical')].map((l) => l.textContent);
      const values = [...chart.querySelectorAll(`.sapa-chart-${outcome} .ct-bar`)].map((bar) =>
        Number(bar.getAttribute('ct:value')?.split(',')[0]),
      );
      return Object.fromEntries(names.map((name, i) => [name, values[i]]));
    };
    expect(bars('posted')).toEqual({ X: 1, Instagram: 1 });
    expect(bars('missed')).toEqual({ X: 1, Instagram: 0 });
    expect(bars('upcoming')).toEqual({ X: 1, Instagram: 0 });
    const legend = part.querySelector('.sapa-chart-legend')!;
    expect(legend).toHaveTextContent('PostedSkippedNot postedStill to come');

    await user.click(within(part).getByRole('button', { name: 'Download CSV' }));
    const [blob, name] = download.mock.calls[0]!;
    expect(name).toBe('sapa-report-2026-11-planned.csv');
    expect(await readFileText(blob)).toContain('\r\nall,4,1,1,1,1,1,2\r\n');
  });
  it("counts posts in the library's time zone, not the browser's", async () => {
    const repos = createRepositories(db, { memberId: 'ana' });
    await repos.brandKit.save({ timeZone: 'Asia/Jayapura' });
    // 31 October 16:00 UTC: still October in a browser set to UTC, already 1 November in WIT.
    await repos.postLog.add({
      platform: 'facebook',
      text: 'Selamat pagi',
      at: Date.UTC(2026, 9, 31, 16),
    });
    render(
      <Dashboard db={db} memberId="ana" language="en" initialSection="report" now={() => NOW} />,
    );
    const platforms = await screen.findByRole('region', { name: 'Posts per platform' });
    expect(
      await within(platforms).findByRole('row', { name: 'Facebook 1 — —' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Days and weeks in the time zone Asia\/Jayapura/)).toBeInTheDocument();
  });
  it('says it all in Indonesian, with the month named in Indonesian', async () => {
    render(
      <Dashboard db={db} memberId="ana" language="id" initialSection="report" now={() => NOW} />,
    );
    expect(
      await screen.findByRole('heading', { name: 'Laporan bulanan: November 2026' }),
    ).toBeInTheDocument();
    const platforms = await screen.findByRole('region', { name: 'Unggahan per platform' });
    expect(within(platforms).getByRole('row', { name: 'Instagram 1 — —' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Cetak atau simpan sebagai PDF' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Unduh CSV' }).length).toBeGreaterThan(0);
  });
});
