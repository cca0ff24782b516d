import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformId } from '@/lib/platforms/types';
import { loadPanelPrefs, savePanelPrefs, type PanelPrefs, type PrefsStorage } from './panel-prefs';
import type { PanelStore } from './panel-store';
import type { PanelUi } from './panel-ui';

/** Narrower than this is no width the person chose: the panel cannot be dragged so narrow. */
const MIN_REMEMBERED_WIDTH = 240;
/** A drag resizes many times a second; the width is read once it has rested this long. */
const WIDTH_SETTLE_MS = 400;

export interface PanelLayoutOptions {
  storage: PrefsStorage;
  platform: PlatformId;
  store: PanelStore;
  win: Window;
  ctx: Pick<ContentScriptContext, 'onInvalidated'>;
  /** The person collapsed or opened the panel, so its size changed. */
  onCollapsedChange: () => void;
}

export interface PanelLayout {
  /** Gives the panel's host the width the person last set on this platform, if any. */
  applyWidth(host: HTMLElement): void;
  /** Records the widths the person sets by resizing this panel from now on. */
  watchWidths(ui: PanelUi): void;
}

/**
 * The width the person gave the open panel by dragging its edge, or 0 when they set none. Only
 * their resizing counts: the resize handle sets the element's own width, while a narrow window
 * merely squeezes it (that must not become the remembered width).
 */
export function widthSetByPerson(container: ParentNode): number {
  const panel = container.querySelector<HTMLElement>('.sapa-panel:not(.sapa-collapsed)');
  return panel?.style.width ? Math.round(parseFloat(panel.style.width)) : 0;
}

/**
 * How the person left the panel on this platform (open or collapsed, and how wide), read into
 * the panel's store and kept up to date in the extension's own storage.
 */
export async function rememberPanelLayout(options: PanelLayoutOptions): Promise<PanelLayout> {
  const { storage, platform, store, win, ctx, onCollapsedChange } = options;
  let prefs: PanelPrefs = await loadPanelPrefs(storage, platform);
  store.setState({ collapsed: prefs.collapsed });
  const save = (next: PanelPrefs) => {
    const same = (key: keyof PanelPrefs) => next[key] === prefs[key];
    if (same('collapsed') && same('width') && same('roomHintShown') && same('belowHintShown')) {
      return;
    }
    prefs = next;
    void savePanelPrefs(storage, platform, next).catch(() => undefined);
  };
  store.subscribe((state, before) => {
    if (state.collapsed === before.collapsed) return;
    save({ ...prefs, collapsed: state.collapsed });
    onCollapsedChange();
  });
  store.subscribe((state, before) => {
    if (state.dock === before.dock) return;
    const noRoom = state.dock.mode === 'tab' && state.dock.reason === 'noRoom';
    if (!noRoom) return store.setState({ roomHint: false });
    // Said once per platform: the first time the panel folds for lack of room.
    if (prefs.roomHintShown) return;
    store.setState({ roomHint: true });
    save({ ...prefs, roomHintShown: true });
  });
  store.subscribe((state, before) => {
    if (state.dock === before.dock) return;
    const below = state.dock.mode === 'panel' && state.dock.below;
    if (!below) return state.belowHint && store.setState({ belowHint: false });
    // Said once per platform: the first time the panel goes below the composer.
    if (prefs.belowHintShown) return;
    store.setState({ belowHint: true });
    save({ ...prefs, belowHintShown: true });
  });

  let ui: PanelUi | null = null;
  let widthTimer: number | undefined;
  const widths = new (win as Window & typeof globalThis).ResizeObserver(() => {
    win.clearTimeout(widthTimer);
    widthTimer = win.setTimeout(() => {
      const width = ui ? widthSetByPerson(ui.uiContainer) : 0;
      if (width >= MIN_REMEMBERED_WIDTH && width !== prefs.width) save({ ...prefs, width });
    }, WIDTH_SETTLE_MS);
  });
  ctx.onInvalidated(() => widths.disconnect());

  return {
    applyWidth(host) {
      if (prefs.width) host.style.setProperty('--sapa-width', `${prefs.width}px`);
    },
    watchWidths(created) {
      ui = created;
      widths.observe(created.shadowHost);
    },
  };
}
