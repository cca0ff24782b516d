/**
 * Restoring a full backup while team sync is on (issue #14, item 1). The backup puts back this
 * member's records as they were; the team's versions made since then must not be rolled back
 * silently: each restored record meets the team's version through the conflict rule (newest
 * `updatedAt` wins, the loser goes to the conflict log), as any local edit would.
 * Two members over a real CouchDB-protocol server (express-pouchdb over memory PouchDB).
 */
import { describe, expect, it } from 'vitest';
import { blobText, exportBackup, restoreBackup } from '@/lib/exchange/backup';
import { fakeClock } from '@/tests/support/db';
import { syncLog, syncTeamForEachTest, type SyncMember as Member } from '@/tests/support/sync-team';
import { contentKey } from './docs';

const DAY = 24 * 60 * 60 * 1000;

const clock = fakeClock(1_750_000_000_000);
const team = syncTeamForEachTest({ now: clock.now });
const member = (name: string): Member => team.member(name);

async function backupOf(m: Member): Promise<string> {
  return blobText(await exportBackup(m.db));
}

async function restore(m: Member, backup: string): Promise<void> {
  const result = await restoreBackup(m.db, backup, m.db.name);
  expect(result.ok).toBe(true);
}

describe('restoring a backup while team sync is on', () => {
  it("keeps a teammate's newer edit on both members and logs the restored version", async () => {
    const ana = member('ana');
    const budi = member('budi');
    const template = await ana.repos.templates.create({
      name: 'Jam buka',
      category: 'info',
      body: 'Buka pukul 08.00.',
      locale: 'id',
    });
    await ana.sync.runOnce();
    await budi.sync.runOnce();
    const backup = await backupOf(ana);

    // A day later Budi changes the shared template; Ana's Sapa takes it at her next sync.
    clock.advance(DAY);
    const budiEdit = await budi.repos.templates.update(template.id, { body: 'Buka pukul 09.00.' });
    await budi.sync.runOnce();
    await ana.sync.runOnce();
    expect((await ana.repos.templates.get(template.id))?.body).toBe('Buka pukul 09.00.');

    clock.advance(60_000);
    await restore(ana, backup);
    expect((await ana.repos.templates.get(template.id))?.body).toBe('Buka pukul 08.00.');
    const report = await ana.sync.runOnce();
    await budi.sync.runOnce();
    await ana.sync.runOnce();

    for (const m of [ana, budi]) {
      expect(await m.db.templates.get(template.id)).toEqual(budiEdit);
    }
    const log = await syncLog(ana);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      table: 'templates',
      recordId: template.id,
      kept: 'incoming',
      resolved: false,
    });
    expect(contentKey('templates', log[0]!.loser)).toBe(contentKey('templates', template));
    expect(report.conflicts).toBe(1);
    expect(await ana.sync.pendingCount()).toBe(0);
  });

  it('brings back what the team added after the backup, and keeps what it did not change', async () => {
    const ana = member('ana');
    const budi = member('budi');
    const kept = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    await ana.sync.runOnce();
    const backup = await backupOf(ana);

    clock.advance(DAY);
    await budi.sync.runOnce();
    const added = await budi.repos.hashtagSets.create({ name: 'Baru', tags: ['Literasi'] });
    await budi.sync.runOnce();
    await ana.sync.runOnce();

    await restore(ana, backup);
    expect(await ana.repos.hashtagSets.get(added.id)).toBeUndefined();
    await ana.sync.runOnce();

    expect(await ana.db.hashtagSets.get(added.id)).toEqual(added);
    expect(await ana.db.hashtagSets.get(kept.id)).toEqual(kept);
    expect(await syncLog(ana)).toEqual([]);
    expect(await ana.sync.pendingCount()).toBe(0);
  });

  it('sends a restored version that is newer than the team’s', async () => {
    const ana = member('ana');
    const budi = member('budi');
    const set = await ana.repos.hashtagSets.create({ name: 'Acara', tags: ['BedahBuku'] });
    await ana.sync.runOnce();
    await budi.sync.runOnce();

    // Ana's edit is in her backup but was never sent; her copy then lost it (a bad edit
    // she reverted by restoring, say). The team still has the older version.
    clock.advance(DAY);
    const unsent = await ana.repos.hashtagSets.update(set.id, { tags: ['BedahBuku', 'Baru'] });
    const backup = await backupOf(ana);
    await restore(ana, backup);
    await ana.sync.runOnce();
    await budi.sync.runOnce();

    expect(await budi.db.hashtagSets.get(set.id)).toEqual(unsent);
    expect(await syncLog(budi)).toEqual([]);
  });
});
