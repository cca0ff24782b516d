/**
 * The draft keeper when saves fail: the text stays in the page until the background confirms it,
 * failed saves are tried again with a growing delay whether or not the person types, the person
 * is told after a few failures, and a copy of the script that takes over from one cut off by an
 * update saves the text that copy could not. Fake timers; the background is a scripted fake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSapaClient, failure, type SapaError } from '@/lib/messaging';
import { memoryStorage } from '@/tests/support/extension-storage';
import { createDraftKeeper, UNSAVED_ATTRIBUTE, type DraftKeeper } from './draft-keeper';
import { stashKey, type StashStorage } from './stash';

interface SaveCall {
  at: number;
  text: string;
  startNew?: boolean;
  /** Whether the fake background was up and saved it. */
  ok: boolean;
}

let saves: SaveCall[];
let restorableAsked: number;
let up: boolean;
let paused: (SapaError | null)[];
let saved: number[];
let stop: AbortController;
let start: number;
/** While set, the fake background holds its answers to saves until `release` is called. */
let held: (() => void)[] | null;
const release = () => {
  const waiting = held ?? [];
  held = null;
  for (const answer of waiting) answer();
};

const client = () =>
  createSapaClient(async (message) => {
    const { type, payload } = message as { type: string; payload: Record<string, unknown> };
    if (type === 'drafts.restorable') {
      restorableAsked += 1;
      return { ok: true, data: { draft: { id: 'draft_old' }, text: 'Draf lama', savedAt: 1 } };
    }
    saves.push({
      at: Date.now() - start,
      text: payload.text as string,
      startNew: payload.startNew as boolean | undefined,
      ok: up,
    });
    if (held) await new Promise<void>((answer) => held?.push(answer));
    if (!up) return failure('unavailable', { detail: 'service worker stopped' });
    return { ok: true, data: { draft: { id: 'draft_1' }, revision: 'created' } };
  });

function composer(text = '', key = 'x:page:tweetTextarea_0') {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.textContent = text;
  document.body.append(element);
  return { element, key };
}

/** The background's "saving works again" as the keeper hears it (`saving-works.ts`). */
let savingWorks: (() => void)[];

function keeper(stash?: StashStorage): DraftKeeper {
  return createDraftKeeper({
    ...(stash ? { stash } : {}),
    whenSavingWorks: (listener) => savingWorks.push(listener),
    client: client(),
    platform: 'x',
    win: window,
    signal: stop.signal,
    readText: (element) => element.textContent ?? '',
    onOffer: () => undefined,
    onSaved: (at) => saved.push(at),
    onError: () => undefined,
    onPaused: (error) => paused.push(error),
  });
}

/** Lets MutationObserver callbacks and the fake background's promises run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  start = Date.now();
  saves = [];
  restorableAsked = 0;
  up = true;
  paused = [];
  saved = [];
  held = null;
  savingWorks = [];
  stop = new AbortController();
});

afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('the background says saving works again', () => {
  it('a paused page saves at once instead of at its next retry', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Klub baca remaja Kamis';
    await settle();
    await vi.advanceTimersByTimeAsync(400 + 1000 + 2000); // three failed saves: paused
    expect(paused.at(-1)?.code).toBe('unavailable');
    expect(saves).toHaveLength(3);
    up = true;
    await vi.advanceTimersByTimeAsync(100);
    for (const listener of savingWorks) listener();
    await settle();
    // The next retry was due 4 s after the third; the save came now, and the note went.
    expect(saves.at(-1)).toMatchObject({ at: 3500, text: 'Klub baca remaja Kamis', ok: true });
    expect(saved).toHaveLength(1);
    expect(paused.at(-1)).toBeNull();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toHaveLength(4);
  });

  it('changes nothing for a page whose saving is not paused', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toHaveLength(1);
    up = false;
    box.element.textContent = 'Bedah buku Sabtu pagi';
    await settle();
    await vi.advanceTimersByTimeAsync(400); // one failed save: a retry in 1 s, not paused yet
    for (const listener of savingWorks) listener();
    await settle();
    expect(saves).toHaveLength(2);
  });
});

describe('a failed save', () => {
  it('is tried again after 1 s, 2 s, 4 s … with nothing typed, until it is saved', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    await vi.advanceTimersByTimeAsync(400); // the first save, after the pause in typing
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000);
    expect(saves.map((save) => save.at)).toEqual([400, 1400, 3400, 7400, 15_400]);
    expect(new Set(saves.map((save) => save.text))).toEqual(new Set(['Bedah buku Sabtu']));
    up = true;
    await vi.advanceTimersByTimeAsync(16_000);
    expect(saves.at(-1)).toMatchObject({ at: 31_400, text: 'Bedah buku Sabtu' });
    expect(saved).toHaveLength(1);
    // Saved: no more tries.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(saves).toHaveLength(6);
  });

  it('never waits more than 30 s between tries', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Halo';
    await settle();
    await vi.advanceTimersByTimeAsync(400 + 1000 + 2000 + 4000 + 8000 + 16_000);
    const before = saves.length;
    await vi.advanceTimersByTimeAsync(90_000);
    expect(saves.length - before).toBe(3);
    const gaps = saves.slice(1).map((save, i) => save.at - saves[i]!.at);
    expect(Math.max(...gaps)).toBe(30_000);
  });

  it('sends the newest text when the person typed on meanwhile', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Bedah';
    await settle();
    await vi.advanceTimersByTimeAsync(400);
    box.element.textContent = 'Bedah buku';
    await settle();
    up = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.map((save) => save.text)).toEqual(['Bedah', 'Bedah buku']);
    expect(saved).toHaveLength(1);
  });

  it('keeps the text of a composer that closed and saves it when the background answers', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Tutup sebelum tersimpan';
    await settle();
    await vi.advanceTimersByTimeAsync(400);
    drafts.attach(null);
    box.element.remove();
    await settle();
    up = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves.at(-1)).toMatchObject({ text: 'Tutup sebelum tersimpan', ok: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves.filter((save) => save.at > 3000)).toEqual([]);
  });
});

describe('telling the person', () => {
  it('says saving is paused after three failures in a row, and takes it back once a save works', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Halo';
    await settle();
    await vi.advanceTimersByTimeAsync(400 + 1000);
    expect(paused).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(paused).toHaveLength(1);
    expect(paused[0]?.code).toBe('unavailable');
    await vi.advanceTimersByTimeAsync(4000);
    expect(paused).toHaveLength(1);
    up = true;
    await vi.advanceTimersByTimeAsync(8000);
    expect(paused).toEqual([paused[0], null]);
  });
});

describe('the composer mark for the copy that takes over after an update', () => {
  it('marks the composer as soon as the person types and clears it once saved', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    box.element.textContent = 'Halo';
    await settle();
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(false);
  });

  it('keeps the mark while saves fail', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    up = false;
    box.element.textContent = 'Halo';
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(true);
  });

  it('a new copy saves a marked composer’s text at once, as the person’s, offering nothing', async () => {
    const box = composer('Teks yang belum tersimpan');
    box.element.setAttribute(UNSAVED_ATTRIBUTE, '');
    keeper().attach(box);
    await settle();
    expect(saves).toEqual([
      { at: 0, text: 'Teks yang belum tersimpan', startNew: undefined, ok: true },
    ]);
    expect(restorableAsked).toBe(0);
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(false);
  });

  it('text typed after an update cut this copy off, before the new copy attached, is saved whole by the new copy', async () => {
    const box = composer();
    const old = stop;
    keeper().attach(box);
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.map((save) => save.text)).toEqual(['Bedah buku Sabtu']);
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(false);

    // The update: this copy is cut off; the person types on before the new copy is injected.
    const askedBefore = restorableAsked;
    old.abort();
    box.element.textContent = 'Bedah buku Sabtu pukul 09.00 di aula';
    await settle();
    stop = new AbortController();
    keeper().attach(box);
    await settle();
    expect(saves.map((save) => save.text)).toEqual([
      'Bedah buku Sabtu',
      'Bedah buku Sabtu pukul 09.00 di aula',
    ]);
    expect(restorableAsked, 'nothing older is offered over the person’s text').toBe(askedBefore);
  });

  it('text typed over a restore offer and cut off before its first save goes into a draft of its own, not over the offered one', async () => {
    const box = composer();
    const old = stop;
    keeper().attach(box);
    await settle();
    expect(restorableAsked, 'the older draft is offered').toBe(1);
    box.element.textContent = 'Pos baru: lomba resensi';
    await settle();
    old.abort(); // the update, before the save 400 ms later
    stop = new AbortController();
    keeper().attach(box);
    await settle();
    expect(saves).toEqual([{ at: 0, text: 'Pos baru: lomba resensi', startNew: true, ok: true }]);
  });

  it('an unmarked composer’s text is taken as it was found (the site’s own) and an older draft is offered', async () => {
    const box = composer('bulan_buku_2026');
    keeper().attach(box);
    await settle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toEqual([]);
    expect(restorableAsked).toBe(1);
  });
});

describe('a page going away while a save waits for its answer', () => {
  it('sends its last text at once, not behind the save still waiting', async () => {
    const drafts = keeper();
    const box = composer('');
    drafts.attach(box);
    held = [];
    box.element.textContent = 'Bedah';
    await settle();
    await vi.advanceTimersByTimeAsync(400); // the first save leaves; its answer is held
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(saves.map((save) => save.text)).toEqual(['Bedah', 'Bedah buku Sabtu']);
    expect(saves[1]!.at).toBe(400);
    release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(box.element.hasAttribute(UNSAVED_ATTRIBUTE)).toBe(false);
  });

  it('keeps its last text in extension storage until the background confirms it', async () => {
    const stash = memoryStorage();
    const drafts = keeper(stash.storage);
    const box = composer('');
    drafts.attach(box);
    held = [];
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    const [pageId] = Object.values(stash.items).map(
      (entry) => (entry as { pageId: string }).pageId,
    );
    expect(pageId).toMatch(/^page_/);
    expect(stash.items[stashKey('x', box.key, pageId)]).toMatchObject({
      platform: 'x',
      composerKey: box.key,
      text: 'Bedah buku Sabtu',
      pageId,
    });
    release();
    await settle();
    await settle();
    expect(stash.items).toEqual({});
  });

  it('names in its stash the draft its saves went to, and drops the stash once it posts', async () => {
    const stash = memoryStorage();
    const drafts = keeper(stash.storage);
    const box = composer('');
    drafts.attach(box);
    box.element.textContent = 'Bedah buku';
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves.at(-1)).toMatchObject({ text: 'Bedah buku', ok: true, startNew: true });
    up = false;
    box.element.textContent = 'Bedah buku Sabtu';
    await settle();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    const [entry] = Object.values(stash.items);
    // Another tab of the site may have a newer draft of this composer: this text continues its own.
    expect(entry).toMatchObject({ text: 'Bedah buku Sabtu', draftId: 'draft_1' });
    expect(entry).not.toHaveProperty('startNew');
    await drafts.published('Bedah buku Sabtu', box.key);
    await settle();
    expect(stash.items).toEqual({});
  });

  it('stamps each text so the background can keep the newest', async () => {
    const stamps: number[] = [];
    const drafts = createDraftKeeper({
      client: createSapaClient(async (message) => {
        const { type, payload } = message as { type: string; payload: Record<string, unknown> };
        if (type === 'drafts.restorable') return { ok: true, data: null };
        stamps.push(payload.takenAt as number);
        return { ok: true, data: { draft: { id: 'draft_1' }, revision: 'created' } };
      }),
      platform: 'x',
      win: window,
      signal: stop.signal,
      readText: (element) => element.textContent ?? '',
      onOffer: () => undefined,
      onSaved: () => undefined,
      onError: () => undefined,
    });
    const box = composer('');
    drafts.attach(box);
    for (const text of ['Bedah', 'Bedah buku', 'Bedah buku Sabtu']) {
      box.element.textContent = text;
      await settle();
      await drafts.flush();
    }
    expect(stamps).toHaveLength(3);
    expect(stamps[1]!).toBeGreaterThan(stamps[0]!);
    expect(stamps[2]!).toBeGreaterThan(stamps[1]!);
  });
});
