import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { x as X } from '@/lib/platforms/sites/x';
import type { ComposerMatch } from '@/lib/platforms/types';
import { giveBox } from '@/tests/support/resize-observer';
import { CLOSE_WATCH_LOOK_MS, trackComposer } from './composer-tracker';

declare const jsdom: { reconfigure(settings: { url: string }): void };

let stop: AbortController;
let reported: (string | null)[];

/** X's timeline box, or its compose modal when `inDialog`; jsdom gives it a box to be visible. */
function xComposer(inDialog = false): HTMLElement {
  const composer = document.createElement('div');
  composer.dataset.testid = 'tweetTextarea_0';
  composer.setAttribute('contenteditable', 'true');
  giveBox(composer);
  if (!inDialog) document.body.append(composer);
  else {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(composer);
    document.body.append(dialog);
  }
  return composer;
}

function track() {
  return trackComposer({
    adapter: createPlatformAdapter(X, document),
    win: window,
    signal: stop.signal,
    onChange: (match: ComposerMatch | null) => reported.push(match?.key ?? null),
    // The page's own mutations are not looked at during a test: only what the test asks for.
    restMs: 60_000,
    afterInputMs: [],
  });
}

beforeEach(() => {
  jsdom.reconfigure({ url: 'https://x.com/home' });
  stop = new AbortController();
  reported = [];
});

afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
});

describe('the live composer', () => {
  it('is the composer the person used, while it is still open', () => {
    const timeline = xComposer();
    const tracker = track();
    expect(tracker.live()?.element).toBe(timeline);
    expect(reported).toEqual(['x:page:tweetTextarea_0']);
  });

  it('is looked for again once that composer has closed, and found in the modal now open', () => {
    const timeline = xComposer();
    const tracker = track();
    timeline.remove();
    const modal = xComposer(true);
    // Nothing has looked since the page changed: the remembered composer is the closed one.
    expect(tracker.current()?.element).toBe(timeline);
    const live = tracker.live();
    expect(live?.element).toBe(modal);
    expect(live?.key).toBe('x:dialog:tweetTextarea_0');
    expect(reported).toEqual(['x:page:tweetTextarea_0', 'x:dialog:tweetTextarea_0']);
  });

  it('is none when no composer is open any more', () => {
    const timeline = xComposer();
    const tracker = track();
    timeline.setAttribute('aria-hidden', 'true');
    expect(tracker.live()).toBeNull();
    expect(reported).toEqual(['x:page:tweetTextarea_0', null]);
  });
});

describe('the looks on a busy feed', () => {
  /** The page changes by itself for `ms`: a feed item every 50 ms. */
  async function feedFor(ms: number) {
    for (let elapsed = 0; elapsed < ms; elapsed += 50) {
      document.body.append(document.createElement('article'));
      await vi.advanceTimersByTimeAsync(50);
    }
  }

  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  /** The tracker as the page runs it: looks every 500 ms, slowing to 2 s; 60 ms after input. */
  const trackBusyPage = () =>
    trackComposer({
      adapter: createPlatformAdapter(X, document),
      win: window,
      signal: stop.signal,
      onChange: (match) => reported.push(match?.key ?? null),
      restMs: 500,
      maxRestMs: 2000,
      afterInputMs: [60],
    });

  it('come less often while nothing changes, yet find a composer that opens by itself', async () => {
    trackBusyPage();
    await feedFor(20_000);
    xComposer();
    await vi.advanceTimersByTimeAsync(500);
    expect(reported, 'after a long quiet feed the look is no longer every 500 ms').toEqual([]);
    await vi.advanceTimersByTimeAsync(1500);
    expect(reported).toEqual(['x:page:tweetTextarea_0']);
  });

  it('answer the person at once however long the feed was quiet', async () => {
    trackBusyPage();
    await feedFor(20_000);
    window.dispatchEvent(new Event('pointerup'));
    xComposer(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(reported).toEqual(['x:dialog:tweetTextarea_0']);
  });

  it('find a composer that appears a while after a click within a frame', async () => {
    trackBusyPage();
    await feedFor(20_000);
    window.dispatchEvent(new Event('pointerup'));
    // Facebook's dialog puts its text box in after the 60 ms look.
    await vi.advanceTimersByTimeAsync(120);
    expect(reported).toEqual([]);
    xComposer(true);
    await vi.advanceTimersByTimeAsync(CLOSE_WATCH_LOOK_MS);
    expect(reported).toEqual(['x:dialog:tweetTextarea_0']);
  });

  it('go back to resting once the person has not acted for a while', async () => {
    trackBusyPage();
    window.dispatchEvent(new Event('pointerup'));
    await feedFor(1600);
    xComposer();
    await vi.advanceTimersByTimeAsync(CLOSE_WATCH_LOOK_MS);
    expect(reported, 'a change 1.6 s after the click waits for the rest').toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(reported).toEqual(['x:page:tweetTextarea_0']);
  });

  it('while watching closely, search only what changed, not the whole page at each change', async () => {
    trackBusyPage();
    const wholePageLooks = vi.spyOn(document, 'querySelectorAll');
    window.dispatchEvent(new Event('pointerup'));
    await feedFor(1000);
    // The feed added 20 posts in the close watch; the page itself was looked at for the look
    // at once and the one 60 ms after the click, not at each post.
    expect(wholePageLooks.mock.calls.length).toBeLessThanOrEqual(2);
    wholePageLooks.mockRestore();
  });
});
