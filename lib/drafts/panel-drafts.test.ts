import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { createSapaClient, failure, sapaError, type SapaClient } from '@/lib/messaging';
import { translate } from '@/lib/i18n';
import { createPanelStore, type PanelStore } from '@/lib/panel/panel-store';
import { fakeClock, freshDb } from '@/tests/support/db';
import { failWritesWhile } from '@/tests/support/full-disk';
import { routedClient } from '@/tests/support/routed';
import { keepDraftsForPanel, restoreOfferedDraft } from './panel-drafts';

const composerKey = 'instagram:dialog:caption';
let db: SapaDb;
let client: SapaClient;
let store: PanelStore;
let stop: AbortController;
/** While true, every write to the database fails as a full disk makes it fail. */
let storageFull = false;

function composerWith(text: string) {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.textContent = text;
  document.body.append(element);
  return { element, key: composerKey };
}

function keeper(background: SapaClient = client) {
  return keepDraftsForPanel({
    client: background,
    platform: 'instagram',
    win: window,
    signal: stop.signal,
    readText: (element) => element.textContent ?? '',
    store,
  });
}

beforeEach(async () => {
  db = freshDb('sapa-panel-drafts');
  storageFull = false;
  failWritesWhile(db, () => storageFull);
  const clock = fakeClock();
  const repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await applySeeds(db, clock.now());
  client = routedClient(db, repos);
  store = createPanelStore('instagram', 'en');
  stop = new AbortController();
});

afterEach(async () => {
  stop.abort();
  document.body.replaceChildren();
  db.close();
  await db.delete();
});

describe('drafts in the panel', () => {
  it('offers the draft kept for this composer on an earlier visit', async () => {
    await client.request('drafts.save', {
      platform: 'instagram',
      composerKey,
      text: 'Draf kemarin #BulanBuku',
    });
    keeper().attach(composerWith('Halo'));
    expect(store.getState().composerText).toBe('Halo');
    await expect.poll(() => store.getState().restoreOffer?.text).toBe('Draf kemarin #BulanBuku');
  });

  it('shows when the person’s typing was saved, and under which draft', async () => {
    const composer = composerWith('Halo');
    keeper().attach(composer);
    composer.element.textContent = 'Halo perpus';
    await expect.poll(() => store.getState().draftId, { timeout: 5000 }).not.toBeNull();
    expect(store.getState().draftSavedAt).toEqual(expect.any(Number));
    expect(store.getState().composerText).toBe('Halo perpus');
    const drafts = await client.request('drafts.list', { platform: 'instagram' });
    expect(drafts.ok && drafts.data.map((draft) => draft.id)).toEqual([store.getState().draftId]);
  });

  it('tells the person in the panel when the background cannot keep drafts', async () => {
    const down = createSapaClient(async () => failure('unavailable'));
    keeper(down).attach(composerWith('Halo'));
    await expect.poll(() => store.getState().notice?.kind).toBe('error');
    expect(store.getState().notice).toEqual({
      kind: 'error',
      message: sapaError('unavailable').message,
    });
  });
});

describe('a full disk', () => {
  it('says saving is paused because storage is full, keeps the text, saves it once space is back', async () => {
    const composer = composerWith('Halo');
    keeper().attach(composer);
    storageFull = true;
    for (const text of ['Bedah', 'Bedah buku', 'Bedah buku Sabtu']) {
      composer.element.textContent = text;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Retried after 1 and 2 s: the third failure in a row pauses saving.
    await expect.poll(() => store.getState().savingPaused, { timeout: 6000 }).toBe('storageFull');
    expect(translate('en', 'draft.pausedStorageFull')).toMatch(/storage is full.*free some space/);
    expect(translate('id', 'draft.pausedStorageFull')).toMatch(/penyimpanan peramban sudah penuh/);
    const before = await db.drafts.toArray();
    expect(before.map((draft) => draft.text)).not.toContain('Bedah buku Sabtu');

    // Space is back: the retry saves the last text without another keystroke, and the note goes.
    storageFull = false;
    await expect.poll(() => store.getState().savingPaused, { timeout: 8000 }).toBeNull();
    const after = await db.drafts.toArray();
    expect(after.map((draft) => draft.text)).toContain('Bedah buku Sabtu');
  }, 15_000);
});

describe('an upgrade blocked by an older connection', () => {
  it('says an older copy of Sapa holds its storage, and what to close', async () => {
    // The background answers `blocked` at once while the opening waits (lib/background/open-db.ts).
    let blocked = true;
    const background = createSapaClient(async (message) =>
      blocked
        ? failure('blocked')
        : client.request('drafts.save', (message as { payload: never }).payload),
    );
    const composer = composerWith('');
    keeper(background).attach(composer);
    composer.element.textContent = 'Bedah buku Sabtu';
    await expect.poll(() => store.getState().savingPaused, { timeout: 6000 }).toBe('blocked');
    expect(translate('en', 'draft.pausedBlocked')).toMatch(/older copy of Sapa.*close/i);
    expect(translate('id', 'draft.pausedBlocked')).toMatch(/salinan Sapa yang lebih lama.*tutup/i);
    blocked = false;
    await expect.poll(() => store.getState().savingPaused, { timeout: 8000 }).toBeNull();
    expect((await db.drafts.toArray()).map((draft) => draft.text)).toContain('Bedah buku Sabtu');
  }, 15_000);
});

describe('a full disk, two tabs of one composer', () => {
  it('saves the older tab’s text once space is back, though a newer text failed first', async () => {
    const save = (text: string, takenAt: number) =>
      client.request('drafts.save', { platform: 'instagram', composerKey, text, takenAt });
    storageFull = true;
    expect((await save('Tab lama', 100)).ok).toBe(false);
    expect((await save('Tab baru', 200)).ok).toBe(false);
    storageFull = false;
    await save('Tab lama', 100);
    expect((await db.drafts.toArray()).map((draft) => draft.text)).toContain('Tab lama');
  });
});

describe('restoring the offered draft', () => {
  it('puts the offered text back and takes the offer away', async () => {
    await client.request('drafts.save', { platform: 'instagram', composerKey, text: 'Draf lama' });
    const drafts = keeper();
    drafts.attach(composerWith(''));
    await expect.poll(() => store.getState().restoreOffer).not.toBeNull();
    const restored: string[] = [];
    await restoreOfferedDraft(drafts, async (text) => void restored.push(text));
    expect(restored).toEqual(['Draf lama']);
    expect(store.getState().restoreOffer).toBeNull();
  });

  it('writes nothing when no draft is on offer', async () => {
    const drafts = keeper();
    drafts.attach(composerWith('Halo'));
    const restored: string[] = [];
    await restoreOfferedDraft(drafts, async (text) => void restored.push(text));
    expect(restored).toEqual([]);
  });
});

describe('saves that cross on the way to the background', () => {
  it('keeps the newest text when an older one arrives after it', async () => {
    const save = (text: string, takenAt: number) =>
      client.request('drafts.save', { platform: 'instagram', composerKey, text, takenAt });
    await save('Bedah buku', 200);
    await save('Bedah', 100);
    const restorable = await client.request('drafts.restorable', {
      platform: 'instagram',
      composerKey,
    });
    expect(restorable.ok && restorable.data?.text).toBe('Bedah buku');
    await save('Bedah buku Sabtu', 300);
    const later = await client.request('drafts.restorable', { platform: 'instagram', composerKey });
    expect(later.ok && later.data?.text).toBe('Bedah buku Sabtu');
  });
});
