/**
 * The background saves what closing pages stashed: at start, and when a page stashes more; a
 * stash older than the composer's last saved draft is forgotten, not saved over it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground, type Background } from '@/lib/background/main';
import { createFakeRuntime } from '@/tests/support/background';
import { freshDb } from '@/tests/support/db';
import { memoryStorage } from '@/tests/support/extension-storage';
import { stashDraft, stashKey } from './stash';

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
    await background.handle({
      sapa: 1,
      type: 'drafts.save',
      payload: { platform: 'facebook', composerKey: key, text: 'Teks terbaru' },
    });
    await stashDraft(stash.storage, {
      platform: 'facebook',
      composerKey: key,
      text: 'Teks lama',
      takenAt,
    });
    await vi.waitFor(() => expect(stash.items).toEqual({}));
    expect(await textOf(background)).toEqual(['Teks terbaru']);
  });
});
