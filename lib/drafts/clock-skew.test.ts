/**
 * Clock skew (issue #14, item 9): the page stamps each text with its clock (`takenAt`), the
 * background dates drafts with its own (`updatedAt`). Both read the computer's clock, but it can
 * be changed between two events (set by hand, corrected by the network), so here the background's
 * clock is put off from the page's by −1 day, −10 min, +10 min and +1 day (an injected `now`),
 * and changed between two tabs. No text may be lost, refused as "older", or written over another
 * draft; the person's latest text is what each draft keeps. Two tabs of one site share composer
 * keys, clock or no clock: the last test here is theirs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { createSapaClient, failure, type SapaClient } from '@/lib/messaging';
import { handleRequest } from '@/lib/background/router';
import { freshDb } from '@/tests/support/db';
import { memoryStorage } from '@/tests/support/extension-storage';
import { createDraftKeeper, type DraftKeeper } from './draft-keeper';
import { createStashRecovery } from './stash-recovery';
import type { StashStorage } from './stash';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SKEWS = [
  ['1 day behind', -DAY],
  ['10 minutes behind', -10 * MINUTE],
  ['10 minutes ahead', 10 * MINUTE],
  ['1 day ahead', DAY],
] as const;
const composerKey = 'x:page:tweetTextarea_0';

let db: SapaDb;
let repos: Repositories;
/** How far the background's clock is from the page's. */
let skew: number;
/** While true, the background does not answer (its worker stopped). */
let down: boolean;
let client: SapaClient;
let stop: AbortController;

beforeEach(() => {
  db = freshDb('sapa-skew');
  skew = 0;
  down = false;
  repos = createRepositories(db, { memberId: 'ana', now: () => Date.now() + skew });
  client = createSapaClient(async (message) =>
    down
      ? failure('unavailable', { detail: 'service worker stopped' })
      : structuredClone(await handleRequest(db, repos, structuredClone(message))),
  );
  stop = new AbortController();
});

afterEach(async () => {
  stop.abort();
  document.body.replaceChildren();
  db.close();
  await db.delete();
});

function composer(): { element: HTMLElement; key: string } {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  document.body.append(element);
  return { element, key: composerKey };
}

function keeper(stash?: StashStorage): DraftKeeper {
  return createDraftKeeper({
    ...(stash ? { stash } : {}),
    client,
    platform: 'x',
    win: window,
    signal: stop.signal,
    readText: (element) => element.textContent ?? '',
    onOffer: () => undefined,
    onSaved: () => undefined,
    onError: () => undefined,
  });
}

/** The person types: the text changes and the keeper's observer hears of it. */
async function type(box: { element: HTMLElement }, text: string) {
  box.element.textContent = text;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const texts = async () => (await db.drafts.toArray()).map((draft) => draft.text).sort();

describe.each(SKEWS)('the background’s clock %s the page’s', (_, offset) => {
  it('keeps the last text typed', async () => {
    skew = offset;
    const box = composer();
    const drafts = keeper();
    drafts.attach(box);
    for (const text of ['Bedah', 'Bedah buku', 'Bedah buku anak, Sabtu']) {
      await type(box, text);
      await drafts.flush();
    }
    expect(await texts()).toEqual(['Bedah buku anak, Sabtu']);
  });

  it('saves a closing page’s stashed text into its draft, not refused as older', async () => {
    skew = offset;
    const stash = memoryStorage();
    const box = composer();
    const drafts = keeper(stash.storage);
    drafts.attach(box);
    await type(box, 'Bedah buku');
    await drafts.flush();
    // The worker stops; the person types on and closes the tab: the text waits in the stash.
    down = true;
    await type(box, 'Bedah buku anak, Sabtu');
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(Object.keys(stash.items)).toHaveLength(1));
    down = false;
    const recovery = createStashRecovery({
      storage: stash.storage,
      repos: async () => repos,
      save: async (draft) => (await client.request('drafts.save', draft)).ok,
      log: () => undefined,
    });
    await recovery.run();
    expect(await texts()).toEqual(['Bedah buku anak, Sabtu']);
    expect(stash.items).toEqual({});
  });
});

describe('the clock set back between two tabs', () => {
  it('a draft dated a day ahead is not written over by the next tab’s draft', async () => {
    // Tab 1 saves while the computer's clock is a day ahead.
    skew = DAY;
    const first = composer();
    const tab1 = keeper();
    tab1.attach(first);
    await type(first, 'Draf tab 1: lomba resensi');
    await tab1.flush();
    // The clock is corrected; tab 2 is offered tab 1's draft and types over it: its own draft.
    skew = 0;
    const second = composer();
    const tab2 = keeper();
    tab2.attach(second);
    await vi.waitFor(async () => expect(await db.drafts.count()).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 10)); // the offer arrives
    for (const text of ['Draf tab 2', 'Draf tab 2: jam cerita', 'Draf tab 2: jam cerita, Minggu']) {
      await type(second, text);
      await tab2.flush();
    }
    expect(await texts()).toEqual(['Draf tab 1: lomba resensi', 'Draf tab 2: jam cerita, Minggu']);
  });
});

describe('two tabs of one site, with no draft to offer', () => {
  it('both start typing and keep a draft each, neither writing over the other', async () => {
    const first = composer();
    const tab1 = keeper();
    tab1.attach(first);
    const second = composer();
    const tab2 = keeper();
    tab2.attach(second);
    await new Promise((resolve) => setTimeout(resolve, 10)); // both asked: nothing to offer
    await type(first, 'Tab 1: lomba resensi');
    await tab1.flush();
    await type(second, 'Tab 2: jam cerita');
    await tab2.flush();
    await type(first, 'Tab 1: lomba resensi, Sabtu');
    await tab1.flush();
    await type(second, 'Tab 2: jam cerita, Minggu');
    await tab2.flush();
    expect(await texts()).toEqual(['Tab 1: lomba resensi, Sabtu', 'Tab 2: jam cerita, Minggu']);
  });
});

describe('the page’s clock set back while typing', () => {
  it('still stamps each text after the one before, so the latest is kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const stamps: number[] = [];
      const inner = client;
      client = createSapaClient(async (message) => {
        const { type: kind, payload } = message as { type: string; payload: { takenAt?: number } };
        if (kind === 'drafts.save' && payload.takenAt) stamps.push(payload.takenAt);
        return inner.request(kind as 'drafts.save', payload as never);
      });
      const box = composer();
      const drafts = keeper();
      drafts.attach(box);
      await type(box, 'Pameran');
      await drafts.flush();
      vi.setSystemTime(Date.now() - 10 * MINUTE);
      await type(box, 'Pameran buku langka');
      await drafts.flush();
      expect(stamps[1]).toBeGreaterThan(stamps[0]!);
      expect(await texts()).toEqual(['Pameran buku langka']);
    } finally {
      vi.useRealTimers();
    }
  });
});
