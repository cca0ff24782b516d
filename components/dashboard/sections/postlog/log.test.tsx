import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { showPostLog, layOutLogBoxForEachTest } from '@/tests/support/post-log-page';

let db: SapaDb;
let repos: Repositories;
const NOW = Date.UTC(2026, 10, 20, 5);

beforeEach(async () => {
  db = freshDb('sapa-post-log');
  await db.open();
  repos = createRepositories(db, { memberId: 'ana' });
  await repos.postLog.add({ platform: 'x', text: 'Pameran #BulanBuku', at: NOW, checks: [] });
  await repos.postLog.add({
    platform: 'instagram',
    text: 'Webinar {{tanggal}}',
    at: NOW + 60_000,
    override: { ruleIds: ['placeholders'] },
    checks: [{ ruleId: 'placeholders', severity: 'block' }],
  });
});
afterEach(() => db.close());
layOutLogBoxForEachTest();

function show(openTab?: (url: string) => void) {
  return showPostLog(db, { memberId: 'ana', ...(openTab ? { openTab } : {}) });
}

describe('the post log page', () => {
  it('shows the account a post went out from, finds it, and opens the post’s address', async () => {
    const address = 'https://x.com/perpuskota_sapa/status/1865432100000000001';
    await repos.postLog.add({
      platform: 'x',
      text: 'Koleksi baru',
      at: NOW + 120_000,
      account: '@perpuskota_sapa',
      url: address,
    });
    const openTab = vi.fn<(url: string) => void>();
    const user = show(openTab);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    const [newest, ...rest] = screen.getAllByRole('article');
    expect(newest).toHaveTextContent('account: @perpuskota_sapa');
    // Entries without an address or an account say neither.
    for (const entry of rest) {
      expect(entry).not.toHaveTextContent('account:');
      expect(within(entry).queryByRole('button', { name: 'Open the post' })).toBeNull();
    }
    await user.click(within(newest!).getByRole('button', { name: 'Open the post' }));
    expect(openTab).toHaveBeenCalledWith(address);
    await user.type(screen.getByRole('searchbox', { name: 'Search the post log' }), 'perpuskota');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  });

  it('lists posts newest first, with what was checked and posted past, and filters them', async () => {
    const user = show();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    const [newest, older] = screen.getAllByRole('article');
    expect(newest).toHaveTextContent(
      'Posted with Post anyway past: No unfilled template placeholders',
    );
    expect(older).toHaveTextContent('Every check passed at posting.');
    expect(older).toHaveTextContent('Hashtags: #BulanBuku');
    await user.click(screen.getByLabelText('Only posts made with Post anyway'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  });

  it('says it all in Indonesian', async () => {
    const user = showPostLog(db, { memberId: 'ana', language: 'id' });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    const [newest, older] = screen.getAllByRole('article');
    expect(newest).toHaveTextContent(/Diunggah dengan Tetap unggah, melewati: \S/);
    expect(newest).not.toHaveTextContent('Post anyway');
    expect(older).toHaveTextContent('Semua pemeriksaan lolos saat mengunggah.');
    expect(older).toHaveTextContent('Tagar: #BulanBuku');
    await user.type(screen.getByRole('searchbox', { name: 'Cari di catatan unggahan' }), 'Pameran');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await user.clear(screen.getByRole('searchbox', { name: 'Cari di catatan unggahan' }));
    await user.click(screen.getByLabelText('Hanya unggahan dengan Tetap unggah'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
  });

  it('names the planned post an entry fulfilled, and says when the plan was deleted', async () => {
    const plan = await repos.plannedPosts.create({
      title: 'Hari Kunjung Perpustakaan',
      platforms: ['facebook'],
      date: '2026-11-20',
      time: '10:00',
      caption: '',
      status: 'posted',
      notes: '',
      comments: [],
    });
    await repos.postLog.add({
      platform: 'facebook',
      text: 'Ayo berkunjung!',
      at: NOW + 120_000,
      checks: [],
      plannedPostId: plan.id,
    });
    show();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    await waitFor(() =>
      expect(screen.getAllByRole('article')[0]).toHaveTextContent(
        'planned post: Hari Kunjung Perpustakaan',
      ),
    );
    await repos.plannedPosts.remove(plan.id);
    await waitFor(() =>
      expect(screen.getAllByRole('article')[0]).toHaveTextContent(
        'planned post: (deleted planned post)',
      ),
    );
    expect(screen.getAllByRole('article')[1]).not.toHaveTextContent('planned post');
  });

  it('keeps an empty number as not entered, and deletes with undo', async () => {
    const user = show();
    const entry = await screen.findByRole('article', { name: 'X' });
    await user.click(within(entry).getByRole('button', { name: 'Numbers and category' }));
    await user.type(within(entry).getByLabelText('Reach'), '1.234');
    await user.type(within(entry).getByLabelText('Likes'), '0');
    await user.click(within(entry).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await repos.postLog.all()).find((e) => e.platform === 'x')?.metrics).toEqual({
        reach: 1234,
        likes: 0,
      }),
    );

    await user.click(
      within(screen.getByRole('article', { name: 'X' })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(async () => expect(await repos.postLog.all()).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await repos.postLog.all()).toHaveLength(2));
    expect((await repos.postLog.all()).find((e) => e.platform === 'x')?.metrics).toEqual({
      reach: 1234,
      likes: 0,
    });
  });

  it('says why a category cannot be saved, and keeps the form and the entry as they were', async () => {
    const user = show();
    const entry = await screen.findByRole('article', { name: 'X' });
    await user.click(within(entry).getByRole('button', { name: 'Numbers and category' }));
    const field = within(entry).getByLabelText('Category');
    await user.clear(field);
    // A right-to-left override pasted with the text, as the backup and team sync refuse it.
    await user.click(field);
    await user.paste('acara\u202Ebalik');
    await user.type(within(entry).getByLabelText('Likes'), '5');
    await user.click(within(entry).getByRole('button', { name: 'Save' }));
    expect(await within(entry).findByRole('alert')).toHaveTextContent(
      'The category contains text-direction override characters (RTL/LTR) that are not allowed.',
    );
    expect(field).toHaveValue('acara\u202Ebalik');
    expect((await repos.postLog.all()).find((e) => e.platform === 'x')).not.toHaveProperty(
      'metrics',
    );
    expect(field).toHaveAttribute('maxLength', '100');
  });

  it('shows an entry’s numbers in the form’s order, whatever order they were stored in', async () => {
    // A synced entry's numbers come back with their keys sorted.
    const [x] = (await repos.postLog.all()).filter((e) => e.platform === 'x');
    await db.postLog.update(x!.id, { metrics: { likes: 25, reach: 500 } });
    show();
    const entry = await screen.findByRole('article', { name: 'X' });
    await waitFor(() => expect(entry).toHaveTextContent('Reach 500 · Likes 25'));
  });
});
