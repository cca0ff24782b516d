import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  giveBox,
  installResizeObservers,
  type ResizeObservers,
} from '@/tests/support/resize-observer';
import { createPanelFrame, PANEL_LINGER_AFTER_POST_MS } from './panel-frame';
import { createPanelStore, type PanelStore } from './panel-store';
import type { PanelUi } from './panel-ui';

let ctx: ContentScriptContext;
let observers: ResizeObservers;
let store: PanelStore;
/** The composer open on the page, if any. */
let composer: HTMLElement | null;

/** WXT's shadow-root UI as far as the frame sees it: mounting puts the host on the page. */
function panelUi(): PanelUi {
  const shadowHost = document.createElement('div');
  const uiContainer = document.createElement('div');
  shadowHost.append(uiContainer);
  giveBox(shadowHost, { top: 0, left: 0, width: 320, height: 400 });
  return {
    shadowHost,
    uiContainer,
    mount: () => document.body.append(shadowHost),
    remove: () => shadowHost.remove(),
  };
}

const width400 = {
  applyWidth: (host: HTMLElement) => host.style.setProperty('--sapa-width', '400px'),
};

function frame() {
  return createPanelFrame({ win: window, ctx, store, composer: () => composer });
}

function openComposer(): HTMLElement {
  composer = document.createElement('div');
  document.body.append(composer);
  giveBox(composer, { top: 60, left: 364, width: 552, height: 270 });
  return composer;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

beforeEach(() => {
  ctx = new ContentScriptContext(`frame-${Math.random()}`);
  observers = installResizeObservers(window);
  store = createPanelStore('instagram', 'en');
  composer = null;
});

afterEach(() => {
  vi.useRealTimers();
  ctx.abort();
  observers.uninstall();
  document.body.replaceChildren();
});

describe('the panel frame', () => {
  it('shows nothing before the panel’s UI exists, and shows it when asked after', () => {
    const panel = frame();
    panel.composerOpened(openComposer());
    const ui = panelUi();
    panel.attach(ui, width400);
    expect(ui.shadowHost.isConnected).toBe(false);
    panel.show(true);
    expect(ui.shadowHost.isConnected).toBe(true);
  });

  it('shows the panel beside an open composer, at the remembered width', async () => {
    const panel = frame();
    const ui = panelUi();
    panel.attach(ui, width400);
    panel.composerOpened(openComposer());
    expect(ui.shadowHost.isConnected).toBe(true);
    expect(ui.shadowHost.style.getPropertyValue('--sapa-width')).toBe('400px');
    await nextFrame();
    // jsdom's window is 1024 px wide: no room right of a composer ending at 916 px, so the panel
    // goes to its left, level with its top.
    expect(ui.shadowHost.dataset.placement).toBe('left');
    expect(ui.shadowHost.style.getPropertyValue('--sapa-left')).toBe('32px');
    expect(ui.shadowHost.style.getPropertyValue('--sapa-top')).toBe('60px');
  });

  it('takes the panel away when the composer closes', () => {
    const panel = frame();
    const ui = panelUi();
    panel.attach(ui, width400);
    panel.composerOpened(openComposer());
    composer = null;
    panel.composerClosed();
    expect(ui.shadowHost.isConnected).toBe(false);
  });

  it('stays a moment after a post closed the composer, so the person sees it was noticed', () => {
    vi.useFakeTimers();
    const panel = frame();
    const ui = panelUi();
    panel.attach(ui, width400);
    panel.composerOpened(openComposer());
    store.setState({ notice: { kind: 'publishNoticed' } });
    composer = null;
    panel.composerClosed();
    vi.advanceTimersByTime(PANEL_LINGER_AFTER_POST_MS - 1);
    expect(ui.shadowHost.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(ui.shadowHost.isConnected).toBe(false);
  });

  it('stays when a composer has opened again by the end of that moment', () => {
    vi.useFakeTimers();
    const panel = frame();
    const ui = panelUi();
    panel.attach(ui, width400);
    panel.composerOpened(openComposer());
    store.setState({ notice: { kind: 'publishConfirmed' } });
    panel.composerClosed();
    openComposer();
    vi.advanceTimersByTime(PANEL_LINGER_AFTER_POST_MS);
    expect(ui.shadowHost.isConnected).toBe(true);
  });

  it('is taken away, and stays away, when the extension’s context ends', () => {
    const panel = frame();
    const ui = panelUi();
    panel.attach(ui, width400);
    panel.composerOpened(openComposer());
    ctx.abort();
    expect(ui.shadowHost.isConnected).toBe(false);
    panel.show(true);
    expect(ui.shadowHost.isConnected).toBe(false);
  });
});
