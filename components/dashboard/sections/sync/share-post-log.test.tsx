import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DashboardContext, type DashboardEnv } from '@/components/dashboard/context';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { translator } from '@/lib/i18n';
import { freshDb } from '@/tests/support/db';
import { SharePostLogField } from './SharePostLogField';

let db: SapaDb;
let repos: Repositories;
let notices: string[];

beforeEach(async () => {
  db = freshDb('sapa-share-post-log');
  await db.open();
  repos = createRepositories(db, { memberId: 'member-ana' });
  notices = [];
});
afterEach(() => db.close());

function show() {
  const env = {
    locale: 'en',
    t: translator('en'),
    repos,
    notify: (text: string) => notices.push(text),
    fail: (error: unknown) => notices.push(`failed: ${String(error)}`),
  } as unknown as DashboardEnv;
  render(
    <DashboardContext.Provider value={env}>
      <SharePostLogField />
    </DashboardContext.Provider>,
  );
  return userEvent.setup();
}

describe('Share the post log with the team', () => {
  it('is off at first, and ticking it is the team setting that syncs', async () => {
    const user = show();
    const box = await screen.findByRole('checkbox', { name: 'Share the post log with the team' });
    expect(box).not.toBeChecked();

    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(await db.teamSettings.get('team')).toMatchObject({
      sharePostLog: true,
      updatedBy: 'member-ana',
      deleted: false,
    });
    expect(notices).toEqual(['The post log is now shared with the team.']);

    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
    expect((await repos.teamSettings.get()).sharePostLog).toBe(false);
  });

  it('follows a teammate’s choice arriving through sync', async () => {
    show();
    const box = await screen.findByRole('checkbox', { name: 'Share the post log with the team' });
    await createRepositories(db, { memberId: 'member-budi' }).teamSettings.save({
      sharePostLog: true,
    });
    await waitFor(() => expect(box).toBeChecked());
  });
});
