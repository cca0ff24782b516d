import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installResizeObservers, type ResizeObservers } from '@/tests/support/resize-observer';
import { rememberPanelLayout, widthSetByPerson } from './panel-layout';
import type { PrefsStorage } from './panel-prefs';
import { createPanelStore, type PanelStore } from './panel-store';
import type { PanelUi } from './panel-ui';

let ctx: ContentScriptContext;
let observers: ResizeObservers;
let store: PanelStore;
let stored: Record<string, unknown>;
let redocks: number;

const storage: PrefsStorage = {
  get: async (key) => (key in stored ? { [key]: stored[key] } : {}),
  set: async (items) => void Object.assign(stored, items),
};

function layout() {
  return rememberPanelLayout({
    storage,
    platform: 'instagram',
    store,
    win: window,
    ctx,
    onCollapsedChange: () => (redocks += 1),
  });
}

/** The panel as React renders it inside WXT's host; `width` is what the person dragged it to. */
function panelUi(options: { width?: string; collapsed?: boolean } = {}): PanelUi {
  const shadowHost = document.createElement('div');
  const uiContainer = document.createElement('div');
  const panel = document.createElement('aside');
  panel.className = options.collapsed ? 'sapa-panel sapa-collapsed' : 'sapa-panel';
  if (options.width) panel.style.width = options.width;
  uiContainer.append(panel);
  shadowHost.append(uiContainer);
  document.body.append(shadowHost);
  return { shadowHost, uiContainer, mount() {}, remove() {} };
}

beforeEach(() => {
  ctx = new ContentScriptContext(`layout-${Math.random()}`);
  observers = installResizeObservers(window);
  store = createPanelStore('instagram', 'en');
  stored = {};
  redocks = 0;
});

afterEach(() => {
  vi.useRealTimers();
  ctx.abort();
  observers.uninstall();
  document.body.replaceChildren();
});

describe('the panel’s layout', () => {
  it('opens collapsed where the person left it collapsed, on this platform only', async () => {
    stored['panel:x'] = { collapsed: true };
    await layout();
    expect(store.getState().collapsed).toBe(false);
    stored['panel:instagram'] = { collapsed: true };
    await layout();
    expect(store.getState().collapsed).toBe(true);
  });

  it('keeps the person collapsing or opening the panel, and places it again', async () => {
    await layout();
    store.getState().setCollapsed(true);
    await vi.waitFor(() => expect(stored['panel:instagram']).toEqual({ collapsed: true }));
    expect(redocks).toBe(1);
    store.getState().setCaption('Halo');
    expect(redocks).toBe(1);
  });

  it('gives the panel the width the person left it at', async () => {
    const host = document.createElement('div');
    (await layout()).applyWidth(host);
    expect(host.style.getPropertyValue('--sapa-width')).toBe('');
    stored['panel:instagram'] = { collapsed: false, width: 400 };
    (await layout()).applyWidth(host);
    expect(host.style.getPropertyValue('--sapa-width')).toBe('400px');
  });

  it('remembers a width the person dragged the panel to, once the drag has rested', async () => {
    vi.useFakeTimers();
    const remembered = await layout();
    const ui = panelUi({ width: '420.4px' });
    remembered.watchWidths(ui);
    observers.resized(ui.shadowHost);
    await vi.advanceTimersByTimeAsync(399);
    expect(stored).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(stored['panel:instagram']).toEqual({ collapsed: false, width: 420 });
    const host = document.createElement('div');
    remembered.applyWidth(host);
    expect(host.style.getPropertyValue('--sapa-width')).toBe('420px');
  });

  it('does not remember a width a narrow window forced, a collapsed tab or a sliver', async () => {
    vi.useFakeTimers();
    for (const ui of [
      panelUi(),
      panelUi({ width: '400px', collapsed: true }),
      panelUi({ width: '200px' }),
    ]) {
      const remembered = await layout();
      remembered.watchWidths(ui);
      observers.resized(ui.shadowHost);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(stored).toEqual({});
  });

  it('stops watching the panel’s width when the extension’s context ends', async () => {
    const ui = panelUi({ width: '420px' });
    (await layout()).watchWidths(ui);
    expect(observers.watching(ui.shadowHost)).toBe(1);
    ctx.abort();
    expect(observers.watching(ui.shadowHost)).toBe(0);
  });
});

describe('widthSetByPerson', () => {
  it('says once per platform that there was no room beside the composer, as a tab or below', async () => {
    await layout();
    store.setState({ dock: { mode: 'tab', reason: 'noRoom' } });
    expect(store.getState().roomHint).toBe(true);
    store.setState({ dock: { mode: 'panel', below: true } });
    expect(store.getState()).toMatchObject({ roomHint: false, belowHint: true });
    store.setState({ dock: { mode: 'panel', below: false } });
    expect(store.getState().belowHint).toBe(false);
    await Promise.resolve();
    expect(stored['panel:instagram']).toMatchObject({ roomHintShown: true, belowHintShown: true });

    // The next page on this platform: both said already.
    store = createPanelStore('instagram', 'en');
    await layout();
    store.setState({ dock: { mode: 'panel', below: true } });
    store.setState({ dock: { mode: 'tab', reason: 'noRoom' } });
    expect(store.getState()).toMatchObject({ roomHint: false, belowHint: false });
  });

  it('reads the open panel’s own width, rounded, and nothing when it has none', () => {
    expect(widthSetByPerson(panelUi({ width: '333.6px' }).uiContainer)).toBe(334);
    expect(widthSetByPerson(panelUi().uiContainer)).toBe(0);
    expect(widthSetByPerson(panelUi({ width: '400px', collapsed: true }).uiContainer)).toBe(0);
  });
});
