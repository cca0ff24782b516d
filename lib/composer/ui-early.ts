/**
 * When to start bringing the panel's UI into a page, ahead of the panel's first mount: the first
 * page load of a composer pays for waking the background and running the UI script, which the
 * panel would otherwise wait for after it mounts. The start is tied to a composer, so a page
 * where none appears (a feed, a profile) never gets the UI:
 *
 * - a composer was found (the panel mounts next, after reading its layout and making its root);
 * - on a site whose composer page is for composing only (`composerPageOnly`: TikTok Studio's
 *   uploader), when the page is first idle after the content script starts there, or at the
 *   person's first press in the frame (its "Select video"), whichever comes first: the composer
 *   appears only after the file is chosen, and whoever opens the uploader came to post. Idle,
 *   so the UI script does not compete with the site's own start.
 */
import type { PlatformAdapter } from '@/lib/platforms/adapter';

export interface UiEarlyStart {
  /** The tracker found a composer (or lost it: null). */
  composerSeen(found: boolean): void;
}

export function startUiEarly(options: {
  win: Window;
  adapter: Pick<PlatformAdapter, 'definition' | 'isActiveAt'>;
  signal: AbortSignal;
  /** Starts the load; called at most once (the loader itself asks only once). */
  prepare: () => void;
}): UiEarlyStart {
  const { win, adapter, signal } = options;
  let started = false;
  const start = () => {
    if (started || signal.aborted) return;
    started = true;
    options.prepare();
  };
  if (adapter.definition.composerPageOnly) {
    const onPress = () => {
      if (adapter.isActiveAt(win.location)) start();
      if (started) win.removeEventListener('pointerdown', onPress, true);
    };
    win.addEventListener('pointerdown', onPress, { capture: true, passive: true, signal });
    if (adapter.isActiveAt(win.location)) whenIdle(win, start);
  }
  return {
    composerSeen(found) {
      if (found) start();
    },
  };
}

/** Runs `task` when the page is idle (within 2 s); jsdom and older engines get a timer. */
function whenIdle(win: Window, task: () => void): void {
  if (typeof win.requestIdleCallback === 'function')
    win.requestIdleCallback(task, { timeout: 2000 });
  else win.setTimeout(task, 0);
}
