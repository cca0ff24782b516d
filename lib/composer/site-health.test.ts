import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPanelStore } from '@/lib/panel/panel-store';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { x as X } from '@/lib/platforms/sites/x';
import { giveBox } from '@/tests/support/resize-observer';
import { copyDiagnostics, showSiteIssues, watchSiteHealth } from './site-health';

declare const jsdom: { reconfigure(settings: { url: string }): void };

const SETTLE = 150;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: AbortController;

function xComposer(text = '') {
  const composer = document.createElement('div');
  composer.dataset.testid = 'tweetTextarea_0';
  composer.setAttribute('contenteditable', 'true');
  composer.textContent = text;
  giveBox(composer);
  const box = document.createElement('div');
  box.append(composer);
  document.body.append(box);
  return box;
}

function xButton(box: HTMLElement, testId = 'tweetButtonInline') {
  const button = document.createElement('button');
  button.dataset.testid = testId;
  giveBox(button);
  box.append(button);
  return button;
}

const adapter = () => createPlatformAdapter(X, document);

beforeEach(() => {
  jsdom.reconfigure({ url: 'https://x.com/home' });
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  document.body.replaceChildren();
});

describe('watchSiteHealth', () => {
  it('says nothing while a composer is opening and its Post button renders a beat later', async () => {
    const box = xComposer();
    const seen: (string | null)[] = [];
    watchSiteHealth({
      adapter: adapter(),
      win: window,
      signal: stop.signal,
      settleMs: SETTLE,
      onIssue: (issue) => seen.push(issue),
    });
    await wait(SETTLE / 2);
    xButton(box);
    await wait(SETTLE * 2);
    expect(seen).toEqual([null]);
  });

  it('names a composer whose Post button it cannot find, once the page settled', async () => {
    const box = xComposer();
    xButton(box, 'postButtonInline');
    const seen: (string | null)[] = [];
    const health = watchSiteHealth({
      adapter: adapter(),
      win: window,
      signal: stop.signal,
      settleMs: SETTLE,
      onIssue: (issue) => seen.push(issue),
    });
    // The person keeps typing: each key puts the look off.
    for (let i = 0; i < 3; i++) {
      await wait(SETTLE / 2);
      window.dispatchEvent(new KeyboardEvent('keyup', { key: 'a' }));
    }
    expect(seen).toEqual([]);
    await wait(SETTLE * 2);
    expect(seen).toEqual(['noPublishButton']);
    health.poke();
    stop.abort();
    await wait(SETTLE * 2);
    expect(seen).toEqual(['noPublishButton']);
  });
});

describe('showSiteIssues', () => {
  it('shows the panel by itself for a Post button without a composer, and hides it after', async () => {
    const store = createPanelStore('x', 'en');
    const show = vi.fn();
    const orphan = document.createElement('div');
    document.body.append(orphan);
    const button = xButton(orphan);
    const health = showSiteIssues({
      adapter: adapter(),
      win: window,
      signal: stop.signal,
      store,
      frame: { show },
      composerElement: () => null,
      settleMs: SETTLE,
    });
    await vi.waitFor(() => expect(store.getState().siteIssue).toBe('noComposer'));
    expect(show).toHaveBeenLastCalledWith(true);
    button.remove();
    health.poke();
    await vi.waitFor(() => expect(store.getState().siteIssue).toBeNull());
    expect(show).toHaveBeenLastCalledWith(false);
  });
});

describe('copyDiagnostics', () => {
  it('copies the platform, path and selector names, and no caption', async () => {
    const box = xComposer('Rahasia anggota 4471');
    xButton(box, 'postButtonInline');
    const store = createPanelStore('x', 'en');
    store.setState({ siteIssue: 'noPublishButton' });
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    await copyDiagnostics({ adapter: adapter(), win: window, store, container: () => box });
    expect(store.getState().notice).toEqual({ kind: 'diagnostics', copied: true });
    expect(copied).toContain('Platform: x');
    expect(copied).toContain('Issue: noPublishButton');
    expect(copied).toMatch(/x\.composer \(composer\): matched/);
    expect(copied).toMatch(/x\.publish \(publish\): unmatched/);
    expect(copied).toMatch(/Sapa version: \S+/);
    expect(copied).not.toMatch(/Rahasia|4471/);
  });
});
