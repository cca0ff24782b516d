import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDialogWatch,
  LOOK_QUICK_MS,
  LOOK_SLOW_MS,
  nextLookDelay,
  QUICK_AFTER_INPUT_MS,
} from './dialog-watch';

const SELECTOR = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]';

let stop: AbortController;
let changes: number;

/** The page changes by itself: one more feed item. */
function feedItem() {
  const item = document.createElement('article');
  item.textContent = 'Koleksi baru';
  document.body.append(item);
}

function dialog(hidden = false): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  if (hidden) element.hidden = true;
  document.body.append(element);
  return element;
}

/** Lets the observer see the DOM changes made so far, then lets `ms` pass. */
async function after(ms: number) {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

function watch() {
  const dialogs = createDialogWatch({
    win: window,
    selector: SELECTOR,
    inputWindows: [window],
    signal: stop.signal,
    onChange: () => (changes += 1),
  });
  dialogs.start();
  return dialogs;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  stop = new AbortController();
  changes = 0;
});

afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('how soon the next look comes', () => {
  it('is quick after a change or while the person has just acted', () => {
    expect(nextLookDelay(LOOK_SLOW_MS, 60_000, true)).toBe(LOOK_QUICK_MS);
    expect(nextLookDelay(LOOK_SLOW_MS, QUICK_AFTER_INPUT_MS - 1, false)).toBe(LOOK_QUICK_MS);
  });

  it('doubles while the page only changes by itself, up to the slow interval', () => {
    const delays = [LOOK_QUICK_MS];
    for (let i = 0; i < 8; i += 1) delays.push(nextLookDelay(delays.at(-1)!, 60_000, false));
    expect(delays.slice(0, 4)).toEqual([100, 200, 400, 800]);
    expect(Math.max(...delays)).toBe(LOOK_SLOW_MS);
  });
});

describe('the dialog watch', () => {
  it('tells the dock when a site dialog opens and when it closes', async () => {
    watch();
    const opened = dialog();
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(1);
    opened.remove();
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(2);
  });

  it('does not disturb the dock for a feed that only grows', async () => {
    watch();
    for (let i = 0; i < 50; i += 1) {
      feedItem();
      await after(LOOK_QUICK_MS);
    }
    expect(changes).toBe(0);
  });

  it('notices a dialog the site shows again by removing its hidden attribute', async () => {
    const kept = dialog(true);
    watch();
    kept.hidden = false;
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(1);
  });

  it('notices a dialog shown by un-hiding what holds it', async () => {
    const layer = document.createElement('div');
    layer.setAttribute('aria-hidden', 'true');
    const held = document.createElement('div');
    held.setAttribute('role', 'dialog');
    layer.append(held);
    document.body.append(layer);
    watch();
    layer.removeAttribute('aria-hidden');
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(1);
  });

  it('looks less often on a busy feed, and at once again after the person clicks', async () => {
    watch();
    // The feed runs long enough for the looks to slow down to the slow interval.
    for (let elapsed = 0; elapsed < 20_000; elapsed += 50) {
      feedItem();
      await after(50);
    }
    dialog();
    feedItem();
    await after(LOOK_QUICK_MS);
    expect(changes, 'a dialog opened without a click waits for the slow look').toBe(0);
    await after(LOOK_SLOW_MS);
    expect(changes).toBe(1);

    for (let elapsed = 0; elapsed < 20_000; elapsed += 50) {
      feedItem();
      await after(50);
    }
    window.dispatchEvent(new Event('pointerdown'));
    dialog();
    await after(LOOK_QUICK_MS);
    expect(changes, 'a dialog after a click is seen at the quick look').toBe(2);
  });

  it('treats typing in a text box as no reason to look sooner, but Escape as one', async () => {
    const box = document.createElement('textarea');
    document.body.append(box);
    watch();
    for (let elapsed = 0; elapsed < 20_000; elapsed += 50) {
      feedItem();
      await after(50);
    }
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    dialog();
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(0);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await after(LOOK_QUICK_MS);
    expect(changes).toBe(1);
  });

  it('stops looking when stopped', async () => {
    const dialogs = watch();
    dialogs.stop();
    dialog();
    await after(LOOK_SLOW_MS * 2);
    expect(changes).toBe(0);
  });
});
