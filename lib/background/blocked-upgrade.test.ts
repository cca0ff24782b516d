/**
 * A schema upgrade blocked by an older connection to the database (issue #14, item 9). The
 * database lives in the extension's origin: the background and the dashboard open it. An older
 * copy opened by Dexie closes when a newer version asks (Dexie's default); a connection that does
 * not let go (an older page stuck, another tool) blocks the upgrade. Meanwhile each request is
 * answered `blocked` at once instead of hanging, the texts wait (in the page and in the stash),
 * and they are saved as soon as the connection goes, without another keystroke.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { CURRENT_VERSION, SapaDb, SCHEMA_V5 } from '@/lib/db/schema';
import { SAVING_WORKS_KEY } from '@/lib/drafts/saving-works';
import { STASH_PREFIX, stashDraft } from '@/lib/drafts/stash';
import { createFakeRuntime } from '@/tests/support/background';
import { memoryStorage } from '@/tests/support/extension-storage';
import { startBackground, type Background } from './main';

let bg: Background | undefined;
afterEach(async () => {
  bg?.stop();
  await bg?.db.delete();
  bg = undefined;
});

const composerKey = 'x:page:tweetTextarea_0';
const uniqueName = () => `sapa-blocked-${Math.random().toString(36).slice(2)}`;

/** Sapa's database as an older Sapa (version 5) left it. */
async function olderDatabase(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(5).stores(SCHEMA_V5);
  await old.open();
  old.close();
}

/** An open connection at the older version that ignores `versionchange`. */
function stuckConnection(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 50); // Dexie's version 5
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The answer, or 'no answer' when none came within `ms`. */
const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<'no answer'>((r) => setTimeout(() => r('no answer'), ms))]);

describe('a schema upgrade while an older connection is open', () => {
  it('an older copy opened by Dexie closes when the newer version opens', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(5).stores(SCHEMA_V5);
    await old.open();
    const newer = new SapaDb(name);
    await expect(
      within(
        2000,
        newer.open().then(() => 'open'),
      ),
    ).resolves.toBe('open');
    expect(newer.verno).toBe(CURRENT_VERSION);
    expect(old.isOpen()).toBe(false);
    newer.close();
    await Dexie.delete(name);
  });

  it('a connection that does not let go: answered "blocked" at once, drafts wait and are saved once it goes', async () => {
    const name = uniqueName();
    await olderDatabase(name);
    const stuck = await stuckConnection(name);
    onTestFinished(() => stuck.close());
    const stash = memoryStorage();
    bg = startBackground({
      runtime: createFakeRuntime().runtime,
      db: new SapaDb(name),
      log: () => undefined,
      draftStash: { storage: stash.storage, onChanged: stash.onChanged },
    });
    const save = (text: string, takenAt: number) =>
      bg!.handle({
        sapa: 1,
        type: 'drafts.save',
        payload: { platform: 'x', composerKey, text, takenAt, pageId: 'page_a' },
      });
    // The page is told why at once (it would otherwise wait 15 s for no answer, three times).
    await expect(within(2000, save('Bedah buku', 1))).resolves.toMatchObject({
      ok: false,
      error: { code: 'blocked' },
    });
    // A tab closed meanwhile kept its text in the stash (the compose dialog of another tab).
    await stashDraft(stash.storage, {
      platform: 'x',
      composerKey: 'x:dialog:tweetTextarea_0',
      text: 'Jam cerita, Minggu',
      takenAt: Date.now(),
      pageId: 'page_b',
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Object.keys(stash.items)).toHaveLength(1);
    expect(stash.items[SAVING_WORKS_KEY]).toBeUndefined();

    // The older connection goes: the stash is saved without another event, paused pages are told
    // to try again now (not at their next retry, up to 30 s later), and the page's retry works.
    stuck.close();
    const stashed = () => Object.keys(stash.items).filter((key) => key.startsWith(STASH_PREFIX));
    await vi.waitFor(() => expect(stashed()).toEqual([]), { timeout: 3000 });
    expect(stash.items[SAVING_WORKS_KEY]).toEqual(expect.any(Number));
    expect((await save('Bedah buku Sabtu', 2)).ok).toBe(true);
    expect((await bg.db.drafts.toArray()).map((d) => d.text).sort()).toEqual([
      'Bedah buku Sabtu',
      'Jam cerita, Minggu',
    ]);
  });
});
