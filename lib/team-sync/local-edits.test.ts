// @vitest-environment node
/**
 * Which local writes wake team sync up: every write to a shared table, but a post log entry only
 * while the team shares its post log (until then entries never leave the device, so writing one
 * must not start a sync).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db';
import type { SapaDb } from '@/lib/db/schema';
import { freshDb } from '@/tests/support/db';
import { syncAfterWrite, watchSharedEdits } from './local-edits';

/** Long enough for a committed write's event and the team settings' read to have happened. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('syncAfterWrite', () => {
  it('asks for a sync after a shared table, for the post log only if shared, else nothing', () => {
    expect(syncAfterWrite(['hashtagSets'])).toBe('sync');
    expect(syncAfterWrite(['postLog', 'templates'])).toBe('sync');
    expect(syncAfterWrite(['postLog'])).toBe('if-post-log-shared');
    expect(syncAfterWrite(['postLog', 'drafts'])).toBe('if-post-log-shared');
    expect(syncAfterWrite(['drafts', 'settings'])).toBe('none');
  });
});

describe('watchSharedEdits', () => {
  let db: SapaDb;
  let repos: Repositories;
  let onEdit: ReturnType<typeof vi.fn<() => void>>;
  let unwatch: () => void;

  beforeEach(async () => {
    db = freshDb();
    repos = createRepositories(db, { memberId: 'member-ana' });
    await db.open();
    onEdit = vi.fn<() => void>();
    unwatch = watchSharedEdits(db, onEdit, () => undefined);
  });

  afterEach(() => {
    unwatch();
    db.close();
  });

  it('does not wake sync up for a post log entry while the team does not share the log', async () => {
    await repos.postLog.add({ platform: 'x', text: 'Pameran buku' });
    await settle();
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('wakes sync up for a post log entry once the team shares the log', async () => {
    await repos.teamSettings.save({ sharePostLog: true });
    await expect.poll(() => onEdit.mock.calls.length).toBe(1);
    await repos.postLog.add({ platform: 'x', text: 'Pameran buku' });
    await expect.poll(() => onEdit.mock.calls.length).toBe(2);
  });

  it('wakes sync up for any other shared table', async () => {
    await repos.hashtagSets.create({ name: 'Hari Anak', tags: ['HariAnak'] });
    await expect.poll(() => onEdit.mock.calls.length).toBe(1);
  });
});
