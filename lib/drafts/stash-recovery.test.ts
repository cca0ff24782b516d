/**
 * The background saves what closing pages stashed: at start, and when a page stashes more; a
 * stash older than the composer's last saved draft is forgotten, not saved over it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground, type Background } from '@/lib/background/main';
import { createFakeRuntime } from '@/tests/support/background';
import { freshDb } from '@/tests/support/db';
import { memoryStorage } from '@/tests/support/extension-storage';
import { SapaDb } from '@/lib/db/schema';
import { SAVING_WORKS_KEY } from './saving-works';
import { stashDraft, stashKey } from './stash';
import { failWritesWhile } from '@/tests/support/full-disk';

let bg: Background | undefined;
afterEach(async () => {
  bg?.stop();
  await bg?.db.delete();
  bg = undefined;
});

const key = 'facebook:dialog:composer';

function start(stash: ReturnType<typeof memoryStorage>) {
  bg = startBackground({
    runtime: createFakeRuntime().runtime,
    db: freshDb('sapa-stash'),
    log: () => undefined,
    draftStash: { storage: stash.storage, onChanged: stash.onChanged },
  });
  return bg;
}

const textOf = async (background: Background) =>
  (await background.db.drafts.toArray()).map((d) => d.text);

describe('stashed drafts', () => {
  it('are saved when the background starts, then forgotten', async () => {
    const stash = memoryStorage({
      [stashKey('facebook', key)]: {
        platform: 'facebook',
        composerKey: key,
        text: 'Pameran buku langka, Sabtu 10.00',
        takenAt: Date.now() - 1000,
      },
    });
    const background = start(stash);
    await vi.waitFor(async () =>
      expect(await textOf(background)).toEqual(['Pameran buku langka, Sabtu 10.00']),
    );
    await vi.waitFor(() => expect(stash.items).toEqual({}));
  });

  it('are saved when a page stashes one while the background runs', async () => {
    const stash = memoryStorage();
    const background = start(stash);
    await background.ready();
    await stashDraft(stash.storage, {
      platform: 'facebook',
      composerKey: key,
      text: 'Bedah buku',
      takenAt: Date.now(),
    });
    await vi.waitFor(async () => expect(await textOf(background)).toEqual(['Bedah buku']));
  });

  it('never overwrite a draft saved after their text was taken', async () => {
    const stash = memoryStorage();
    const background = start(stash);
    await background.ready();
    const takenAt = Date.now() - 5000;
    const answer = await background.handle({
      sapa: 1,
      type: 'drafts.save',
      payload: { platform: 'facebook', composerKey: key, text: 'Teks terbaru' },
    });
    const draftId = (answer as { data: { draft: { id: string } } }).data.draft.id;
    // The page's text continued that draft, and the draft was written after it was taken.
    await stashDraft(stash.storage, {
      platform: 'facebook',
      composerKey: key,
      text: 'Teks lama',
      takenAt,
      pageId: 'page_a',
      draftId,
    });
    await vi.waitFor(() => expect(stash.items).toEqual({}));
    expect(await textOf(background)).toEqual(['Teks terbaru']);
  });

  it('are not saved twice when the page’s save got through and only its answer was lost', async () => {
    const stash = memoryStorage();
    const background = start(stash);
    await background.ready();
    const takenAt = Date.now();
    await background.handle({
      sapa: 1,
      type: 'drafts.save',
      payload: {
        platform: 'facebook',
        composerKey: key,
        text: 'Bedah buku',
        takenAt,
        startNew: true,
      },
    });
    await stashDraft(stash.storage, {
      platform: 'facebook',
      composerKey: key,
      text: 'Bedah buku',
      takenAt,
      pageId: 'page_a',
      startNew: true,
    });
    await vi.waitFor(() => expect(stash.items).toEqual({}));
    expect(await textOf(background)).toEqual(['Bedah buku']);
  });

  it('continue their own draft, not the composer’s newest, which is another tab’s', async () => {
    const stash = memoryStorage();
    const background = start(stash);
    const repos = await background.ready();
    const own = await repos.drafts.saveDraftText('facebook', key, 'Tab B, awal');
    const takenAt = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await repos.drafts.saveDraftText('facebook', key, 'Tab C', { startNew: true });
    await stashDraft(stash.storage, {
      platform: 'facebook',
      composerKey: key,
      text: 'Tab B, awal dan akhir',
      takenAt,
      pageId: 'page_b',
      draftId: own.draft!.id,
    });
    await vi.waitFor(() => expect(stash.items).toEqual({}));
    expect(await background.db.drafts.get(own.draft!.id)).toMatchObject({
      text: 'Tab B, awal dan akhir',
    });
    expect((await textOf(background)).sort()).toEqual(['Tab B, awal dan akhir', 'Tab C']);
  });

  describe('two tabs of one composer (a site gives every tab the same composer key)', () => {
    // Tab A's draft was saved; tabs B and C were opened on it and typed over its offer, each
    // text a draft of its own. B's save failed (a full disk) and B was closed: its text waits
    // in the stash. Later, with space back, C's save got through.
    const tabB = (takenAt: number) => ({
      platform: 'facebook' as const,
      composerKey: key,
      text: 'Draf tab B: bedah buku anak, Sabtu',
      takenAt,
      startNew: true,
      pageId: 'page_b',
    });

    async function saveAsTab(
      background: Background,
      pageId: string,
      text: string,
      takenAt: number,
    ) {
      const answer = await background.handle({
        sapa: 1,
        type: 'drafts.save',
        payload: { platform: 'facebook', composerKey: key, text, takenAt, startNew: true, pageId },
      });
      expect(answer.ok).toBe(true);
    }

    it('keep the closed tab’s text when the other tab saved after it, in the same run', async () => {
      const stash = memoryStorage();
      const background = start(stash);
      await background.ready();
      await saveAsTab(background, 'page_a', 'Draf tab A', Date.now() - 60_000);
      const takenAt = Date.now() - 5000;
      await saveAsTab(background, 'page_c', 'Draf tab C: jam cerita, Minggu', Date.now());
      await stashDraft(stash.storage, tabB(takenAt));
      await vi.waitFor(() => expect(stash.items).toEqual({}));
      expect((await textOf(background)).sort()).toEqual([
        'Draf tab A',
        'Draf tab B: bedah buku anak, Sabtu',
        'Draf tab C: jam cerita, Minggu',
      ]);
    });

    it('keep the closed tab’s text when the other tab saved after it, before a restart', async () => {
      const first = start(memoryStorage());
      const repos = await first.ready();
      await repos.drafts.saveDraftText('facebook', key, 'Draf tab A');
      const takenAt = Date.now() - 5000;
      await repos.drafts.saveDraftText('facebook', key, 'Draf tab C: jam cerita, Minggu', {
        startNew: true,
      });
      first.stop();
      const stash = memoryStorage({ [stashKey('facebook', key, 'page_b')]: tabB(takenAt) });
      bg = startBackground({
        runtime: createFakeRuntime().runtime,
        db: new SapaDb(first.db.name),
        log: () => undefined,
        draftStash: { storage: stash.storage, onChanged: stash.onChanged },
      });
      await vi.waitFor(() => expect(stash.items).toEqual({}));
      expect((await textOf(bg)).sort()).toEqual([
        'Draf tab A',
        'Draf tab B: bedah buku anak, Sabtu',
        'Draf tab C: jam cerita, Minggu',
      ]);
    });
  });

  it('are saved once a page’s save works again, without waiting for the worker’s next start', async () => {
    // A full disk: every write fails (a stand-in, as in panel-drafts.test.ts).
    let full = true;
    const db = freshDb('sapa-stash');
    failWritesWhile(db, () => full);
    const fake = createFakeRuntime();
    const stash = memoryStorage();
    bg = startBackground({
      runtime: fake.runtime,
      db,
      log: () => undefined,
      draftStash: { storage: stash.storage, onChanged: stash.onChanged },
    });
    await bg.ready().catch(() => undefined);
    await stashDraft(stash.storage, {
      platform: 'x',
      composerKey: 'x:page:tweetTextarea_0',
      text: 'Tab yang ditutup saat disk penuh',
      takenAt: Date.now(),
      pageId: 'page_closed',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Object.keys(stash.items)).toHaveLength(1);
    // Space is back: an open tab's retry gets through; the closed tab's text follows at once.
    full = false;
    const answer = await fake.sendMessage(
      {
        sapa: 1,
        type: 'drafts.save',
        payload: {
          platform: 'x',
          composerKey: 'x:dialog:tweetTextarea_0',
          text: 'Tab yang masih terbuka',
          takenAt: Date.now(),
          pageId: 'page_open',
        },
      },
      { id: fake.runtime.id, url: 'https://x.com/home', tab: { url: 'https://x.com/home' } },
    );
    expect(answer).toMatchObject({ ok: true });
    // The stash is emptied, and the pages whose saving is paused are told to try again now.
    await vi.waitFor(() => expect(Object.keys(stash.items)).toEqual([SAVING_WORKS_KEY]));
    expect((await textOf(bg)).sort()).toEqual([
      'Tab yang ditutup saat disk penuh',
      'Tab yang masih terbuka',
    ]);
  });
});
