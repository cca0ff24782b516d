import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardContext, type DashboardEnv } from '@/components/dashboard/context';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { translator, type Locale } from '@/lib/i18n';
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

function show(locale: Locale = 'en') {
  const env = {
    locale,
    t: translator(locale),
    repos,
    notify: (text: string) => notices.push(text),
    fail: (error: unknown, what?: string) =>
      notices.push(`${what ?? 'failed:'} ${(error as Error).message}`),
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

  it('shows the choice at once, before the save has returned', async () => {
    let finish = () => undefined as void;
    const save = repos.teamSettings.save.bind(repos.teamSettings);
    vi.spyOn(repos.teamSettings, 'save').mockImplementation(
      (patch) =>
        new Promise((resolve) => {
          finish = () => resolve(save(patch));
        }),
    );
    const user = show();
    const box = await screen.findByRole('checkbox', { name: 'Share the post log with the team' });

    await user.click(box);
    expect(box).toBeChecked();
    expect(notices).toEqual([]);

    finish();
    await waitFor(() => expect(notices).toEqual(['The post log is now shared with the team.']));
    expect(box).toBeChecked();
  });

  it('goes back, and says so in the person’s language, when the save fails', async () => {
    let refuse = () => undefined as void;
    vi.spyOn(repos.teamSettings, 'save').mockImplementation(
      () =>
        new Promise((_, reject) => {
          refuse = () => reject(new Error('Penyimpanan penuh.'));
        }),
    );
    const user = show('id');
    const box = await screen.findByRole('checkbox', { name: 'Bagikan catatan unggahan ke tim' });

    await user.click(box);
    expect(box).toBeChecked();
    refuse();
    await waitFor(() => expect(box).not.toBeChecked());
    expect(notices).toEqual([
      'Catatan unggahan tetap tidak dibagikan ke tim: pilihan ini tidak tersimpan. Penyimpanan penuh.',
    ]);
    expect(await db.teamSettings.get('team')).toBeUndefined();
  });
});
