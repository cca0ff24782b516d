import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isVisible } from '@/lib/platforms/dom';
import { createDockFollower } from './dock-follow';
import type { PanelLayout } from './panel-layout';
import type { PanelStore } from './panel-store';
import type { PanelUi } from './panel-ui';

/**
 * A post usually closes the composer; the panel stays this long after it so the person sees that
 * Sapa noticed the post.
 */
export const PANEL_LINGER_AFTER_POST_MS = 6000;

export interface PanelFrameOptions {
  win: Window;
  ctx: Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'onInvalidated'>;
  store: PanelStore;
  /** The composer the panel sits beside, while one is open. */
  composer: () => HTMLElement | null;
  /** The site's own dialogs the panel steps aside from, beyond those with a dialog role. */
  siteDialogs?: readonly string[];
}

export interface PanelFrame {
  /**
   * The panel's UI, once created (until then showing does nothing). The layout's remembered
   * width goes on the panel each time it appears.
   */
  attach(ui: PanelUi, layout: Pick<PanelLayout, 'applyWidth'>): void;
  ui(): PanelUi | null;
  show(visible: boolean): void;
  /** A composer opened, or the person moved to another: the panel appears beside it. */
  composerOpened(composer: HTMLElement): void;
  /** The composer closed: the panel goes, a moment later when a post closed it. */
  composerClosed(): void;
  /** The panel changed size (collapsed or opened): place it again. */
  redock(): void;
}

/**
 * The panel on the page: shown while a composer is open, docked beside it and following it as
 * the page moves, and taken away when the extension's context ends.
 */
export function createPanelFrame(options: PanelFrameOptions): PanelFrame {
  const { win, ctx, store, composer } = options;
  let ui: PanelUi | null = null;
  let layout: Pick<PanelLayout, 'applyWidth'> | null = null;
  let shown = false;
  let hideTimer: number | undefined;
  const dock = createDockFollower({
    win,
    host: () => (shown ? (ui?.shadowHost ?? null) : null),
    signal: ctx.signal,
    store,
    siteDialogs: options.siteDialogs,
  });

  const show = (visible: boolean) => {
    win.clearTimeout(hideTimer);
    if (!ui || visible === shown || ctx.isInvalid) return;
    if (visible) ui.mount();
    else ui.remove();
    shown = visible;
    if (visible) layout?.applyWidth(ui.shadowHost);
    dock.follow(visible ? composer() : null);
  };

  // The composer's dialog, kept to dock beside it when the composer goes while the dialog stays.
  let composerDialog: HTMLElement | null = null;

  /**
   * After the press, Instagram's dialog stays with the caption box gone ("Sharing…", then "Your
   * post has been shared." and its check mark). A panel the person opened over that dialog would
   * cover the site's answer: it goes back beside the dialog, which on a laptop is its tab.
   */
  const stepBesideDialogLeft = () => {
    if (!composerDialog?.isConnected || !isVisible(composerDialog)) return;
    store.setState({ overDialog: false });
    dock.follow(composerDialog);
  };

  const composerClosed = () => {
    const kind = store.getState().notice?.kind;
    if (kind !== 'publishNoticed' && kind !== 'publishConfirmed') return show(false);
    stepBesideDialogLeft();
    win.clearTimeout(hideTimer);
    hideTimer = win.setTimeout(() => {
      if (!composer()) show(false);
    }, PANEL_LINGER_AFTER_POST_MS);
  };

  return {
    attach(created, remembered) {
      ui = created;
      layout = remembered;
      ctx.onInvalidated(() => {
        ui?.remove();
        shown = false;
      });
    },
    ui: () => ui,
    show,
    composerOpened(element) {
      composerDialog = element.closest<HTMLElement>('[role="dialog"]');
      show(true);
      dock.follow(element);
    },
    composerClosed,
    redock: () => dock.update(),
  };
}
