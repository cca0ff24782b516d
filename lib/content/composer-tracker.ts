import type { PlatformAdapter } from '../platforms/adapter';
import type { ComposerMatch } from '../platforms/types';

export interface ComposerTrackerOptions {
  adapter: PlatformAdapter;
  win: Window;
  signal: AbortSignal;
  onChange: (match: ComposerMatch | null) => void;
  /** The least time between two searches while the page keeps mutating. */
  throttleMs?: number;
}

export interface ComposerTracker {
  current(): ComposerMatch | null;
  /** Look again now (after a focus change or navigation). */
  refresh(): void;
}

/**
 * Watches for the composer appearing, moving to another one, or closing. These feeds mutate
 * thousands of times a second, so the MutationObserver callback only raises a flag; the search
 * runs at most once per `throttleMs` and not at all while the address cannot hold a composer.
 */
export function trackComposer(options: ComposerTrackerOptions): ComposerTracker {
  const { adapter, win, signal, onChange, throttleMs = 100 } = options;
  const doc = win.document;
  let current: ComposerMatch | null = null;
  let pending: number | undefined;
  let lastSearch = -Infinity;
  let observing = false;

  const search = () => {
    pending = undefined;
    lastSearch = win.performance.now();
    const next = adapter.isActiveAt(win.location) ? adapter.findComposer() : null;
    if (next?.element !== current?.element || next?.key !== current?.key) {
      current = next;
      onChange(next);
    }
  };

  const schedule = () => {
    if (pending !== undefined || signal.aborted) return;
    const wait = Math.max(0, lastSearch + throttleMs - win.performance.now());
    pending = win.setTimeout(search, wait);
  };

  // The observer belongs to the page's realm (the tracker takes the window so tests can pass their own).
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer(schedule);
  const observeWhileActive = () => {
    const active = adapter.isActiveAt(win.location);
    if (active && !observing) {
      observer.observe(doc.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        // Dialogs and hidden composers toggle these; other attribute churn is not watched.
        attributeFilter: ['hidden', 'aria-hidden', 'open', 'aria-modal'],
      });
      observing = true;
    } else if (!active && observing) {
      observer.disconnect();
      observing = false;
    }
  };

  const refresh = () => {
    observeWhileActive();
    if (pending !== undefined) win.clearTimeout(pending);
    search();
  };

  // Focus moving into another composer (X's modal over the timeline box) is answered at once.
  doc.addEventListener('focusin', schedule, { capture: true, signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (pending !== undefined) win.clearTimeout(pending);
  });
  refresh();
  return { current: () => current, refresh };
}
