import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { showPostLog, layOutLogBoxForEachTest } from '@/tests/support/post-log-page';

let db: SapaDb;
const NOW = Date.UTC(2026, 10, 20, 5);

layOutLogBoxForEachTest();
beforeEach(async () => {
  db = freshDb('sapa-team-log');
  await db.open();
  const ana = createRepositories(db, { memberId: 'member-ana' });
  await ana.postLog.add({ platform: 'x', text: 'Pos Ana', at: NOW, checks: [] });
});
afterEach(() => db.close());

function show() {
  return showPostLog(db, { memberId: 'member-ana' });
}

describe('the post log of a team that shares it', () => {
  beforeEach(async () => {
    const ana = createRepositories(db, { memberId: 'member-ana' });
    await ana.teamSettings.save({ sharePostLog: true });
    await ana.teamMembers.save({ id: 'member-budi', displayName: 'Budi Santoso', role: 'writer' });
    // Entries that arrived through team sync, written by teammates.
    const budi = createRepositories(db, { memberId: 'member-budi' });
    await budi.postLog.add({ platform: 'facebook', text: 'Pos Budi', at: NOW + 60_000 });
    const unnamed = createRepositories(db, { memberId: 'member-7c2e9f01' });
    await unnamed.postLog.add({ platform: 'instagram', text: 'Pos tanpa nama', at: NOW + 120_000 });
  });

  it('names who posted each entry, never by a raw member id, and filters to mine', async () => {
    const user = show();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3));
    // The team's names are read beside the log: wait for them.
    await waitFor(() =>
      expect(screen.getAllByRole('article')[1]).toHaveTextContent('posted by Budi Santoso'),
    );
    const [unnamed, , ana] = screen.getAllByRole('article');
    expect(ana).toHaveTextContent('posted by you');
    expect(unnamed).toHaveTextContent('posted by a teammate');
    expect(document.body).not.toHaveTextContent('member-7c2e9f01');
    expect(document.body).not.toHaveTextContent('member-budi');

    await user.selectOptions(screen.getByLabelText('Posted by'), 'Mine');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article')).toHaveTextContent('Pos Ana');
  });
});

describe('the post log of a team that does not share it', () => {
  it('shows neither the poster nor the filter: every entry is the person’s own', async () => {
    show();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article')).not.toHaveTextContent('posted by');
    expect(screen.queryByLabelText('Posted by')).toBeNull();
  });
});
