import { describe, expect, it } from 'vitest';
import {
  forgetStash,
  readStash,
  saveStashedDrafts,
  stashDraft,
  stashKey,
  type StashedDraft,
} from './stash';
import { memoryStorage } from '@/tests/support/extension-storage';

const draft = (text: string, takenAt: number, composerKey = 'x:page:tweetTextarea_0') =>
  ({ platform: 'x', composerKey, text, takenAt }) satisfies StashedDraft;

describe('the draft stash', () => {
  it('keeps the newest text of a composer', async () => {
    const { items, storage } = memoryStorage();
    await stashDraft(storage, draft('Bedah buku', 200));
    await stashDraft(storage, draft('Bedah', 100));
    expect(items[stashKey('x', 'x:page:tweetTextarea_0')]).toMatchObject({ text: 'Bedah buku' });
  });

  it('is saved oldest first and forgotten once saved; a failed save keeps it', async () => {
    const { items, storage } = memoryStorage({ 'panel:x': { collapsed: true } });
    await stashDraft(storage, draft('Kedua', 300, 'b'));
    await stashDraft(storage, draft('Pertama', 100, 'a'));
    const saved: string[] = [];
    let up = false;
    const save = async (d: StashedDraft) => {
      if (!up) return false;
      saved.push(d.text);
      return true;
    };
    expect(await saveStashedDrafts(storage, save)).toBe(0);
    expect(Object.keys(items)).toHaveLength(3);
    up = true;
    expect(await saveStashedDrafts(storage, save)).toBe(2);
    expect(saved).toEqual(['Pertama', 'Kedua']);
    expect(Object.keys(items)).toEqual(['panel:x']);
  });

  it('keeps a newer text stashed while the older one was being saved', async () => {
    const { items, storage } = memoryStorage();
    await stashDraft(storage, draft('Bedah', 100));
    await saveStashedDrafts(storage, async () => {
      await stashDraft(storage, draft('Bedah buku Sabtu', 400));
      return true;
    });
    expect(items[stashKey('x', 'x:page:tweetTextarea_0')]).toMatchObject({ takenAt: 400 });
  });

  it('drops an entry that is not a stashed draft', async () => {
    const { items, storage } = memoryStorage({ [stashKey('x', 'k')]: { text: 42 } });
    expect(await saveStashedDrafts(storage, async () => true)).toBe(0);
    expect(items).toEqual({});
  });

  it('is forgotten by the page when a save of it or of newer text is confirmed', async () => {
    const { items, storage } = memoryStorage();
    await stashDraft(storage, draft('Bedah buku', 200));
    const page = { platform: 'x', composerKey: 'x:page:tweetTextarea_0' } as const;
    await forgetStash(storage, page, 100);
    expect(Object.keys(items)).toHaveLength(1);
    await forgetStash(storage, page, 200);
    expect(items).toEqual({});
  });

  it('keeps the texts of two tabs of one composer apart, and each tab forgets only its own', async () => {
    // A site gives every tab the same composer key; two tabs closed while saving failed.
    const { items, storage } = memoryStorage();
    const tab = (pageId: string, text: string, takenAt: number) => ({
      ...draft(text, takenAt),
      pageId,
    });
    await stashDraft(storage, tab('page_b', 'Teks tab B', 200));
    await stashDraft(storage, tab('page_c', 'Teks tab C', 300));
    expect((await readStash(storage)).map((entry) => entry.draft?.text)).toEqual([
      'Teks tab B',
      'Teks tab C',
    ]);
    await forgetStash(
      storage,
      { platform: 'x', composerKey: 'x:page:tweetTextarea_0', pageId: 'page_c' },
      300,
    );
    expect((await readStash(storage)).map((entry) => entry.draft?.text)).toEqual(['Teks tab B']);
    expect(Object.keys(items)).toHaveLength(1);
  });

  it('is written by the page at once, without waiting for a read a closing page never gets back', async () => {
    // A tab being closed: the browser tears the page down before any answer comes back, so
    // only what the page sent in the same turn as `pagehide` reaches extension storage.
    const { items, storage } = memoryStorage();
    const closing = {
      ...storage,
      get: () => new Promise<Record<string, unknown>>(() => undefined),
    };
    void stashDraft(closing, { ...draft('Bedah buku Sabtu', 300), pageId: 'page_a' });
    expect(Object.values(items)).toEqual([
      expect.objectContaining({ text: 'Bedah buku Sabtu', pageId: 'page_a' }),
    ]);
  });
});
