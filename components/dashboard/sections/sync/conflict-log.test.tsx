import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import type { HashtagSetRecord } from '@/lib/db/types';
import { Dashboard } from '../../Dashboard';

let db: SapaDb;
let repos: Repositories;
let set: HashtagSetRecord;

beforeEach(async () => {
  db = freshDb('sapa-conflict-log');
  await applySeeds(db, 1_000);
  repos = createRepositories(db, { memberId: 'ana' });
  set = await repos.hashtagSets.create({ name: 'Bulan Buku', tags: ['BulanBuku', 'AyoMembaca'] });
  // What a team sync leaves behind: Budi's older edit of the same set lost to Ana's.
  await db.conflicts.put({
    id: 'sync:hashtagSets:budi',
    table: 'hashtagSets',
    recordId: set.id,
    kept: 'local',
    loser: { ...set, tags: ['BulanBuku', 'PerpusKeliling'], updatedAt: 500, updatedBy: 'budi' },
    source: 'sync',
    createdAt: 2_000,
    resolved: false,
  });
});

afterEach(() => db.close());

function show(language = 'en') {
  render(<Dashboard db={db} memberId="ana" language={language} initialSection="sync" />);
  return userEvent.setup();
}

describe('conflict log', () => {
  it('shows the losing version and restores it as a new edit, keeping the replaced one', async () => {
    const user = show();
    const log = await screen.findByRole('region', { name: 'Conflict log' });
    expect(await within(log).findByText('Hashtag set: Bulan Buku')).toBeInTheDocument();
    expect(within(log).getByText('1 version to look at.')).toBeInTheDocument();
    expect(within(log).getByText('#BulanBuku #PerpusKeliling')).toBeInTheDocument();
    expect(within(log).getByText(/This version was saved by budi/)).toBeInTheDocument();

    await user.click(
      within(log).getByRole('button', { name: 'Restore this version of Bulan Buku' }),
    );

    await waitFor(async () =>
      expect((await db.hashtagSets.get(set.id))?.tags).toEqual(['BulanBuku', 'PerpusKeliling']),
    );
    const restored = (await db.hashtagSets.get(set.id))!;
    expect(restored.updatedBy).toBe('ana');
    expect(restored.updatedAt).toBeGreaterThan(set.updatedAt);
    // Ana's version is not lost: it is now the one in the log.
    expect(await within(log).findByText('#BulanBuku #AyoMembaca')).toBeInTheDocument();
    expect(
      within(log).getByText(/Replaced when an older version was restored/),
    ).toBeInTheDocument();
    expect(within(log).queryByText('#BulanBuku #PerpusKeliling')).not.toBeInTheDocument();
    expect((await db.conflicts.get('sync:hashtagSets:budi'))?.resolved).toBe(true);
  });

  it('names the member the team calendar knows, and a planned post by its title', async () => {
    await repos.teamMembers.save({ id: 'budi', displayName: 'Budi Santoso', role: 'writer' });
    const plan = await repos.plannedPosts.create({
      title: 'Hari Buku Nasional',
      platforms: ['instagram'],
      date: '2026-05-17',
      time: '09:00',
      caption: 'Selamat Hari Buku!',
      status: 'idea',
      notes: '',
      comments: [],
    });
    await db.conflicts.put({
      id: 'sync:plannedPosts:budi',
      table: 'plannedPosts',
      recordId: plan.id,
      kept: 'local',
      loser: { ...plan, date: '2026-05-18', updatedAt: 600, updatedBy: 'budi' },
      source: 'sync',
      createdAt: 3_000,
      resolved: false,
    });
    show();
    const log = await screen.findByRole('region', { name: 'Conflict log' });
    // Two live queries (the log, then each entry's member) settle in turn: a loaded machine is slow.
    expect(
      await within(log).findByText('Planned post: Hari Buku Nasional', {}, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(
      within(log).getByText('Hari Buku Nasional · 2026-05-18 · Selamat Hari Buku!'),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(within(log).getAllByText(/This version was saved by Budi Santoso/)).toHaveLength(2),
      { timeout: 5_000 },
    );
  });

  it('dismisses an entry, with undo, and can show dismissed ones', async () => {
    const user = show();
    const log = await screen.findByRole('region', { name: 'Conflict log' });
    await user.click(
      await within(log).findByRole('button', { name: 'Dismiss this version of Bulan Buku' }),
    );
    expect(await within(log).findByText('0 versions to look at.')).toBeInTheDocument();
    expect(within(log).queryByText('#BulanBuku #PerpusKeliling')).not.toBeInTheDocument();

    await user.click(within(log).getByLabelText('Show dismissed versions too'));
    expect(within(log).getByText('#BulanBuku #PerpusKeliling')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(log).findByText('1 version to look at.')).toBeInTheDocument();
  });

  it('speaks Indonesian when the browser does', async () => {
    show('id-ID');
    const log = await screen.findByRole('region', { name: 'Catatan konflik' });
    expect(
      await within(log).findByRole('button', { name: 'Pulihkan versi Bulan Buku ini' }),
    ).toBeVisible();
  });
});
