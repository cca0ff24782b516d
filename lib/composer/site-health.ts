import { copyToClipboard } from '@/lib/editors/clipboard';
import { extensionVersion } from '@/lib/extension/manifest';
import type { PanelFrame } from '@/lib/panel/panel-frame';
import type { PanelStore } from '@/lib/panel/panel-store';
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import { formatDiagnostics, reportSelectors } from '@/lib/platforms/diagnostics';
import { findSiteIssue, type SiteIssue } from '@/lib/platforms/site-check';

/**
 * How long the page must stay still before Sapa says a composer has no publish button: sites
 * render the Post button a beat after the editor, so a composer that is opening is not a site
 * that changed.
 */
export const SITE_CHECK_SETTLE_MS = 1500;

export interface SiteHealthOptions {
  adapter: PlatformAdapter;
  win: Window;
  signal: AbortSignal;
  /** What each look found: an issue, or null when composer and publish button agree. */
  onIssue: (issue: SiteIssue | null) => void;
  settleMs?: number;
}

export interface SiteHealth {
  /** Something changed (a composer opened or closed): look again once the page settles. */
  poke(): void;
}

/**
 * Notices that the site changed under Sapa (a composer without its publish button, or the other
 * way round). It looks once the page has been still for `settleMs` after a composer change or
 * the person's input, so it costs nothing while nobody is there and never fires mid-opening.
 */
export function watchSiteHealth(options: SiteHealthOptions): SiteHealth {
  const { adapter, win, signal, onIssue, settleMs = SITE_CHECK_SETTLE_MS } = options;
  let timer: number | undefined;

  const check = () => {
    timer = undefined;
    if (signal.aborted) return;
    onIssue(adapter.isActiveAt(win.location) ? findSiteIssue(adapter, win.document) : null);
  };
  const poke = () => {
    if (signal.aborted) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(check, settleMs);
  };
  for (const type of ['pointerup', 'keyup']) {
    win.addEventListener(type, poke, { capture: true, passive: true, signal });
  }
  signal.addEventListener('abort', () => win.clearTimeout(timer));
  poke();
  return { poke };
}

export interface SiteIssuesOptions {
  adapter: PlatformAdapter;
  win: Window;
  signal: AbortSignal;
  store: PanelStore;
  frame: Pick<PanelFrame, 'show'>;
  /** The composer Sapa tracks, if one is open. */
  composerElement: () => HTMLElement | null;
  settleMs?: number;
}

/**
 * The panel tells of a changed site: the issue goes into the panel's store (its notice), and when
 * a publish button shows with no composer Sapa can find, the panel appears by itself to say so
 * (it normally waits for a composer), and goes again once the issue does.
 */
export function showSiteIssues(options: SiteIssuesOptions): SiteHealth {
  const { store, frame, composerElement } = options;
  return watchSiteHealth({
    ...options,
    onIssue(issue) {
      const before = store.getState().siteIssue;
      if (issue !== before) store.setState({ siteIssue: issue });
      if (composerElement()) return;
      if (issue === 'noComposer') frame.show(true);
      else if (before === 'noComposer') frame.show(false);
    },
  });
}

export interface DiagnosticsOptions {
  adapter: PlatformAdapter;
  win: Window;
  store: PanelStore;
  /** The panel's container, for the clipboard's fallback copy. */
  container: () => Element | null;
}

/**
 * "Copy diagnostics": the platform, the page's path (no query or hash), Sapa's version and which
 * named selectors matched, never the composer's text. The panel's status line says whether the
 * copy worked.
 */
export async function copyDiagnostics(options: DiagnosticsOptions): Promise<void> {
  const { adapter, win, store } = options;
  const text = formatDiagnostics({
    platform: adapter.definition.id,
    path: win.location.pathname,
    version: extensionVersion(),
    issue: store.getState().siteIssue,
    selectors: reportSelectors(adapter.definition, win.document),
  });
  const container = options.container();
  const copied = container ? await copyToClipboard(text, container) : false;
  store.setState({ notice: { kind: 'diagnostics', copied } });
}
