import { isVisible } from '@/lib/platforms/dom';
import {
  dockPanel,
  intersect,
  MIN_PANEL_HEIGHT,
  type Box,
  type DockPlace,
  type Size,
} from './dock';
import type { PanelState, PanelStore } from './panel-store';
import { createDialogWatch } from './dialog-watch';

export interface DockFollower {
  /** The composer changed (or closed): dock beside the new one. */
  follow(composer: HTMLElement | null): void;
  update(): void;
}

export interface DockFollowerOptions {
  win: Window;
  host: () => HTMLElement | null;
  signal: AbortSignal;
  store: PanelStore;
  /** The site's own dialogs beyond those marked with a dialog role (TikTok's TUXModal). */
  siteDialogs?: readonly string[];
}

/** What the sites mark as dialogs, confirmations and prompts. */
const DIALOGS = ['[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', 'dialog[open]'];
/** The open panel's width until it has been seen (the stylesheet's default). */
const DEFAULT_WIDTH = 320;
/** The tab's size until it has been seen: one button. */
const TAB_GUESS: Size = { width: 120, height: 40 };
/** The open panel's least width (`.sapa-panel`'s min-width in components/panel/panel.css). */
const MIN_OPEN_WIDTH = 260;
/** Narrower than the tab's one button: the host before the panel's UI rendered into it. */
const EMPTY_HOST_WIDTH = 40;

/**
 * The part of this window the person can see. A same-origin iframe (TikTok Studio's uploader)
 * shows only where its element is inside the page's own window.
 */
export function visibleViewport(win: Window): Box {
  let visible: Box = { top: 0, left: 0, right: win.innerWidth, bottom: win.innerHeight };
  let x = 0;
  let y = 0;
  let current = win;
  while (current.parent !== current) {
    let frame: Element | null = null;
    try {
      frame = current.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
    const parent = current.parent;
    const seen = {
      top: -y,
      left: -x,
      right: parent.innerWidth - x,
      bottom: parent.innerHeight - y,
    };
    visible = intersect(visible, seen);
    current = parent;
  }
  return visible;
}

/** The same-origin windows that hold this one, innermost first. */
function pageWindowsAround(win: Window): Window[] {
  const around: Window[] = [];
  let current = win;
  while (current.parent !== current) {
    try {
      if (!current.frameElement) break;
    } catch {
      break;
    }
    current = current.parent;
    around.push(current);
  }
  return around;
}

/** The boxes of the site's dialogs that are open and do not hold the composer. */
export function openSiteDialogs(
  doc: Document,
  composer: HTMLElement,
  extra: readonly string[] = [],
): Box[] {
  const found = new Set<HTMLElement>();
  for (const selector of [...DIALOGS, ...extra]) {
    doc.querySelectorAll<HTMLElement>(selector).forEach((element) => found.add(element));
  }
  return [...found]
    .filter((element) => !element.contains(composer) && isVisible(element))
    .map((element) => element.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

const widthFrom = (host: HTMLElement) =>
  parseFloat(host.style.getPropertyValue('--sapa-width')) || DEFAULT_WIDTH;

/**
 * Keeps the panel's host beside the composer as the page scrolls, the window resizes, the
 * composer grows or a site dialog opens over it. The place is written as custom properties on the
 * host (its stylesheet reads them), at most once per frame; whether the panel is open or folded
 * to its tab goes to the store, which the panel renders.
 */
export function createDockFollower(options: DockFollowerOptions): DockFollower {
  const { win, host, signal, store } = options;
  let composer: HTMLElement | null = null;
  let frame: number | undefined;
  let openWidth: number | undefined;
  let tabSize: Size = TAB_GUESS;
  const Resize = (win as Window & typeof globalThis).ResizeObserver;
  const resizes = new Resize(() => schedule());

  const measure = (target: HTMLElement) => {
    const rendered = target.getBoundingClientRect();
    const state = store.getState();
    const folded = state.collapsed || state.dock.mode === 'tab';
    // Until the panel's UI has arrived the host holds nothing but its padding: a few pixels that
    // are neither the tab's size nor the open panel's width (which would seem to fit anywhere,
    // and the panel would show beside a dialog only to fold to its tab a moment later).
    if (folded && rendered.width >= EMPTY_HOST_WIDTH) tabSize = rendered;
    else if (!folded && rendered.width >= MIN_OPEN_WIDTH) openWidth = rendered.width;
  };

  const place = (target: HTMLElement, editor: HTMLElement): DockPlace => {
    // Inside a dialog the panel goes beside the dialog, so it covers none of it.
    const anchor = (editor.closest('[role="dialog"]') as HTMLElement | null) ?? editor;
    const state = store.getState();
    return dockPanel({
      anchor: anchor.getBoundingClientRect(),
      editor: editor.getBoundingClientRect(),
      viewport: visibleViewport(win),
      panel: { width: openWidth ?? widthFrom(target), height: MIN_PANEL_HEIGHT },
      tab: tabSize,
      obstacles: openSiteDialogs(win.document, editor, options.siteDialogs),
      collapsed: state.collapsed,
      overDialog: state.overDialog,
    });
  };

  const update = () => {
    frame = undefined;
    const target = host();
    if (!target || !composer?.isConnected) return;
    measure(target);
    const next = place(target, composer);
    target.style.setProperty('--sapa-left', `${Math.round(next.left)}px`);
    target.style.setProperty('--sapa-top', `${Math.round(next.top)}px`);
    if (next.mode === 'panel') {
      target.style.setProperty('--sapa-max-height', `${Math.round(next.maxHeight)}px`);
    }
    target.dataset.placement = next.mode === 'panel' ? next.placement : `tab-${next.reason}`;
    report(next);
  };

  /** Tells the panel whether to render open or as its tab, when that changed. */
  const report = (next: DockPlace) => {
    const before = store.getState().dock;
    // Below the composer for lack of room beside it; opened over the dialog by the person, it is
    // where they asked for it.
    const dock: PanelState['dock'] =
      next.mode === 'tab'
        ? { mode: 'tab', reason: next.reason }
        : { mode: 'panel', below: next.placement === 'below' && !store.getState().overDialog };
    const keyOf = (d: PanelState['dock']) => (d.mode === 'tab' ? d.reason : `panel:${d.below}`);
    if (keyOf(before) === keyOf(dock)) return;
    store.setState({ dock });
  };

  const schedule = () => {
    if (frame === undefined && !signal.aborted) frame = win.requestAnimationFrame(update);
  };

  const pageWindows = [win, ...pageWindowsAround(win)];
  const dialogs = createDialogWatch({
    win,
    selector: [...DIALOGS, ...(options.siteDialogs ?? [])].join(', '),
    inputWindows: pageWindows,
    signal,
    onChange: schedule,
  });

  const unsubscribe = store.subscribe((state, before) => {
    if (state.collapsed !== before.collapsed || state.overDialog !== before.overDialog) schedule();
  });
  // In an iframe, the page around it scrolling or resizing changes what the person sees too.
  for (const view of pageWindows) {
    view.addEventListener('resize', schedule, { passive: true, signal });
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => {
    resizes.disconnect();
    unsubscribe();
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  });

  return {
    follow(next) {
      resizes.disconnect();
      dialogs.stop();
      composer = next;
      if (!next) return;
      resizes.observe(next);
      // The panel docks beside the composer's dialog: it growing or shrinking moves the panel.
      const dialog = next.closest('[role="dialog"]');
      if (dialog) resizes.observe(dialog);
      const target = host();
      if (target) resizes.observe(target);
      dialogs.start();
      schedule();
    },
    update: schedule,
  };
}
