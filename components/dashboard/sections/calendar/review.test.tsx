import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannedPostInput } from '@/lib/db';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { routedClient } from '@/tests/support/routed';
import { Dashboard } from '../../Dashboard';

let db: SapaDb;

beforeEach(() => {
  db = freshDb('sapa-review');
});
afterEach(() => {
  db.close();
});

/** The dashboard as one member of a team of a writer (Ana) and a reviewer (Budi). */
async function asMember(memberId: 'member-ana' | 'member-budi') {
  const repos = createRepositories(db, { memberId });
  await repos.settings.set('memberId', memberId);
  await repos.teamMembers.save({ id: 'member-ana', displayName: 'Ana', role: 'writer' });
  await repos.teamMembers.save({ id: 'member-budi', displayName: 'Budi', role: 'reviewer' });
  return repos;
}

function show(repos: Repositories, memberId: string, language = 'en') {
  render(
    <Dashboard
      db={db}
      memberId={memberId}
      language={language}
      initialSection="calendar"
      background={routedClient(db, repos)}
    />,
  );
  return userEvent.setup();
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function plan(fields: Partial<PlannedPostInput> = {}): PlannedPostInput {
  return {
    title: 'Pojok baca anak',
    platforms: ['instagram'],
    date: today(),
    time: '10:00',
    caption: 'Ayo ke pojok baca anak hari Sabtu! Foto: kegiatan bulan lalu.',
    assignee: 'member-ana',
    reviewer: 'member-budi',
    status: 'draft',
    notes: '',
    comments: [],
    ...fields,
  };
}

describe('a planned post’s review', () => {
  it('sends the checklist’s results and the writer’s ticks along with the plan', async () => {
    const repos = await asMember('member-ana');
    const stored = await repos.plannedPosts.create(plan());
    const user = show(repos, 'member-ana');
    await user.click(await screen.findByText('Pojok baca anak'));
    const review = within(screen.getByRole('form', { name: 'Edit planned post' })).getByRole(
      'region',
      { name: 'Review' },
    );
    const before = within(review).getByRole('region', {
      name: 'Checklist before sending for review',
    });
    // The team's checklist ran on the caption: the brand kit has no hashtags yet, so nothing is
    // required there, but every manual point is there to tick.
    const boxes = await within(before).findAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    await user.click(boxes[0]!);
    await user.type(
      within(before).getByLabelText(/Comment for the reviewer/),
      'Foto sudah ada izin.',
    );
    await user.click(within(before).getByRole('button', { name: 'Send for review' }));
    await screen.findByText('Pojok baca anak is now: In review.');

    const sent = (await repos.plannedPosts.get(stored.id))!;
    expect(sent.status).toBe('in-review');
    expect(sent.reviewChecks?.by).toBe('member-ana');
    const manual = sent.reviewChecks!.results.filter((r) => r.status === 'manual');
    expect(manual.length).toBe(boxes.length);
    expect(manual.filter((r) => r.ticked)).toHaveLength(1);
    expect(manual[0]!.message.id).not.toBe('');
    expect(sent.comments).toMatchObject([{ by: 'member-ana', text: 'Foto sudah ada izin.' }]);
  });

  it('lists what waits for the reviewer, who asks for changes with a comment', async () => {
    const repos = await asMember('member-budi');
    const stored = await repos.plannedPosts.create(
      plan({
        status: 'in-review',
        date: '2027-03-03',
        reviewChecks: {
          at: Date.UTC(2027, 1, 20, 3),
          by: 'member-ana',
          results: [
            {
              platform: 'instagram',
              ruleId: 'hashtag-range',
              severity: 'warn',
              status: 'fail',
              message: { id: 'Tagar terlalu sedikit.', en: 'Too few hashtags.' },
            },
            {
              platform: 'instagram',
              ruleId: 'consent-photo',
              severity: 'info',
              status: 'manual',
              ticked: true,
              message: { id: 'Izin foto ada?', en: 'Consent for the photos?' },
            },
          ],
        },
      }),
    );
    // Another reviewer's plan is not Budi's to review.
    await repos.plannedPosts.create(
      plan({ title: 'Bukan untuk Budi', status: 'in-review', reviewer: 'member-ana' }),
    );
    const user = show(repos, 'member-budi');

    const list = await screen.findByRole('region', { name: 'To review (1)' });
    expect(list).toHaveTextContent('Pojok baca anak');
    expect(list).toHaveTextContent('by Ana');
    expect(list).not.toHaveTextContent('Bukan untuk Budi');
    await user.click(within(list).getByRole('button', { name: 'Review Pojok baca anak' }));

    const form = screen.getByRole('form', { name: 'Edit planned post' });
    const sent = within(form).getByRole('region', { name: 'Checklist when sent for review' });
    expect(sent).toHaveTextContent('Sent by Ana');
    expect(sent).toHaveTextContent('Instagram: Too few hashtags.');
    expect(sent).toHaveTextContent('Consent for the photos? (ticked)');

    const answer = within(form).getByRole('region', { name: 'Your review' });
    await user.click(within(answer).getByRole('button', { name: 'Ask for changes' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Say what should change before asking for changes.',
    );
    expect((await repos.plannedPosts.get(stored.id))!.status).toBe('in-review');

    await user.type(
      within(answer).getByLabelText('Comment for the writer'),
      'Tambahkan #PerpusKita.',
    );
    await user.click(within(answer).getByRole('button', { name: 'Ask for changes' }));
    await screen.findByText('Pojok baca anak is now: Draft.');
    const back = (await repos.plannedPosts.get(stored.id))!;
    expect(back.status).toBe('draft');
    expect(back.comments).toMatchObject([
      { by: 'member-budi', kind: 'changes-requested', text: 'Tambahkan #PerpusKita.' },
    ]);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'To review' })).toHaveTextContent(
        'Nothing is waiting for your review.',
      ),
    );
  });

  it('shows the thread with names to the writer, in Indonesian', async () => {
    const repos = await asMember('member-ana');
    await repos.plannedPosts.create(
      plan({
        comments: [
          {
            id: 'c1',
            by: 'member-budi',
            at: Date.UTC(2026, 11, 1, 2),
            text: 'Tambahkan #PerpusKita.',
            kind: 'changes-requested',
          },
        ],
      }),
    );
    const user = show(repos, 'member-ana', 'id');
    await user.click(await screen.findByText('Pojok baca anak'));
    const thread = screen.getByRole('region', { name: 'Komentar tinjauan' });
    // 09.00 in the library's zone (WIB), whatever the machine's own zone.
    expect(thread).toHaveTextContent(/Budi · Meminta perubahan · 1 Des,? 09\.00/);
    expect(thread).toHaveTextContent('Tambahkan #PerpusKita.');
    expect(thread).not.toHaveTextContent('member-budi');
  });
});
