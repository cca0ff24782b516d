/**
 * The restore dialog says what restoring does to the team's versions when team sync is on
 * (issue #14, item 1): restored items meet the team's through the conflict rule.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { blobText, exportBackup } from '@/lib/exchange/backup';
import { applySeeds } from '@/lib/library/seed';
import { translate } from '@/lib/i18n';
import { freshDb } from '@/tests/support/db';
import { Dashboard } from '../Dashboard';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb('sapa-backup-section');
  await applySeeds(db, 1_000);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function syncOn(): Promise<void> {
  await createRepositories(db).settings.set('teamSyncStatus', {
    state: 'idle',
    server: { url: 'https://couch.perpustakaan.example', database: 'perpus-kota' },
    pending: 0,
    skipped: [],
  });
}

/** Opens Backup & packs, picks a backup of the library, and waits for the restore dialog. */
async function chooseBackup(language: 'en' | 'id'): Promise<void> {
  const file = new File([await blobText(await exportBackup(db))], 'sapa-backup.json', {
    type: 'application/json',
  });
  const user = userEvent.setup();
  render(<Dashboard db={db} memberId="ana" language={language} initialSection="backup" />);
  const picker = await screen.findByLabelText(translate(language, 'dashboard.backup.chooseBackup'));
  await user.upload(picker, file);
  await screen.findByText(translate(language, 'dashboard.backup.confirmRestore'));
}

describe('the restore dialog and team sync', () => {
  it.each(['en', 'id'] as const)(
    'says what happens to the team’s newer versions when team sync is on (%s)',
    async (language) => {
      await syncOn();
      await chooseBackup(language);
      expect(
        screen.getByText(translate(language, 'dashboard.backup.restoreTeamSync')),
      ).toBeTruthy();
    },
  );

  it('says it in plain words in English', async () => {
    await syncOn();
    await chooseBackup('en');
    expect(
      screen.getByText(
        /Team sync is on: for items your team changed after this backup, the newer version is kept and the restored one is saved in the conflict log/,
      ),
    ).toBeTruthy();
  });

  it('says nothing about the team when team sync is off', async () => {
    await chooseBackup('en');
    expect(screen.queryByText(/Team sync is on/)).toBeNull();
  });
});
