import { isVisible } from '@/lib/platforms/dom';
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import type { ComposerMatch } from '@/lib/platforms/types';

export interface ComposerTrackerOptions {
  adapter: PlatformAdapter;
  win: Window;
  signal: AbortSignal;
  onChange: (match: ComposerMatch | null) => void;
  /** How long the observer rests after the page mutated by itself before Sapa looks again. */
  restMs?: number;
  /** While looks find nothing new and the person does nothing, the rest doubles up to this. */
  maxRestMs?: number;
  /** When to look after the person did something (composers open in answer to a click or key). */
  afterInputMs?: readonly number[];
  /**
   * For this long after the person did something, a change that may bring or take a composer is
   * looked at within `CLOSE_WATCH_LOOK_MS`: a composer opened by a click is found as it appears,
   * not at the next fixed look.
   */
  closeWatchMs?: number;
}

/** How soon a change is looked at while the person has just acted: about a frame. */
export const CLOSE_WATCH_LOOK_MS = 16;

export interface ComposerTracker {
  current(): ComposerMatch | null;
  /** The composer the person last used, if it is still open; otherwise look again now. */
  live(): ComposerMatch | null;
  /** Look again now (after a focus change or navigation). */
  refresh(): void;
}

/** What the page's composer candidates look like, without measuring layout. */
function candidateSignature(doc: Document, selector: string): Element[] {
  return Array.from(doc.querySelectorAll(selector));
}

function sameSignature(
  a: readonly Element[],
  b: readonly Element[],
  hidden: readonly boolean[],
): boolean {
  return (
    a.length === b.length && a.every((el, i) => el === b[i] && isHiddenByAncestor(el) === hidden[i])
  );
}

/**
 * Whether changes may have opened, shown, hidden or closed a composer: an element added that is
 * or holds one, a dialog or copy shown or hidden around one, or the current composer gone.
 * Only the changed parts of the page are searched (plain loops: a busy feed brings thousands).
 */
function mayChangeComposer(
  records: readonly MutationRecord[],
  selector: string,
  current: ComposerMatch | null,
): boolean {
  if (current && !current.element.isConnected) return true;
  const holds = (node: Node) =>
    node.nodeType === 1 &&
    ((node as Element).matches(selector) || (node as Element).querySelector(selector) !== null);
  for (const record of records) {
    if (record.type === 'attributes') {
      if (holds(record.target)) return true;
      continue;
    }
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i += 1) if (holds(added[i]!)) return true;
  }
  return false;
}

const isHiddenByAncestor = (el: Element) =>
  el.closest('[aria-hidden="true"], [hidden], [inert]') !== null;

/**
 * Watches for the composer appearing, moving to another one, or closing, at a small fixed cost
 * on feeds that mutate thousands of times a second. The first mutation disconnects the observer
 * (so the browser builds no records for the rest of the burst); `restMs` later one
 * querySelectorAll compares the composer candidates with the last look, and only when they
 * changed does the full search run (it measures visibility, which forces a layout). Composers
 * open because the person clicked or typed, so for a moment after input a change that may bring
 * or take a composer is looked at within a frame (`closeWatchMs`), and focus moving into a
 * composer is answered at once. Nothing runs while the address cannot hold a composer.
 */
// About 90 lines: the observer, the search and the input hooks share one state (the composer,
// the last look, the rest timer); splitting further would only pass that state around.
export function trackComposer(options: ComposerTrackerOptions): ComposerTracker {
  const { adapter, win, signal, onChange, restMs = 500, afterInputMs = [60, 250] } = options;
  const closeWatchMs = options.closeWatchMs ?? 1000;
  const maxRestMs = Math.max(restMs, options.maxRestMs ?? 2000);
  const doc = win.document;
  const selector = adapter.definition.composer.selectors.join(', ');
  let current: ComposerMatch | null = null;
  let seen: Element[] = [];
  let seenHidden: boolean[] = [];
  let resting: number | undefined;
  // A feed that only changes by itself is looked at less and less often (its composer opens on
  // a click or key, answered at once); a change or the person acting brings the rest back.
  let rest = restMs;
  let observing = false;
  let active = adapter.isActiveAt(win.location);
  // Until when the page's changes are looked at within a frame (the person has just acted).
  let closeWatchUntil = 0;

  const search = () => {
    seen = candidateSignature(doc, selector);
    seenHidden = seen.map(isHiddenByAncestor);
    const next = active ? adapter.findComposer() : null;
    if (next?.element !== current?.element || next?.key !== current?.key) {
      current = next;
      onChange(next);
    }
  };

  // The observer belongs to the page's realm (the tracker takes the window so tests can pass
  // their own).
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records) => {
    const closely = win.performance.now() < closeWatchUntil;
    // Watching closely, the observer stays on and only a change that may bring or take a
    // composer is looked at: a fresh look of a large page (a feed of thousands of posts) each
    // frame would cost more than the page's own scripts.
    if (closely && !mayChangeComposer(records, selector, current)) return;
    observer.disconnect();
    observing = false;
    resting = win.setTimeout(lookAgain, closely ? CLOSE_WATCH_LOOK_MS : rest);
  });

  const observe = () => {
    if (observing || signal.aborted || !active) return;
    observer.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      // Dialogs and hidden composer copies toggle these; other attribute churn is not watched.
      attributeFilter: ['hidden', 'aria-hidden', 'open', 'aria-modal'],
    });
    observing = true;
  };

  function lookAgain() {
    resting = undefined;
    const now = candidateSignature(doc, selector);
    const left = current !== null && !isVisibleCheap(current.element);
    const changed = left || !sameSignature(now, seen, seenHidden);
    if (changed) search();
    rest = changed ? restMs : Math.min(maxRestMs, rest * 2);
    observe();
  }

  const isVisibleCheap = (el: HTMLElement) => el.isConnected && !isHiddenByAncestor(el);

  const refresh = () => {
    if (resting !== undefined) win.clearTimeout(resting);
    resting = undefined;
    rest = restMs;
    active = adapter.isActiveAt(win.location);
    search();
    if (active) observe();
    else {
      observer.disconnect();
      observing = false;
    }
  };

  const inputLooks = answerThePerson(win, signal, afterInputMs, {
    focusedComposer(target) {
      if (
        target.closest(selector) &&
        target !== current?.element &&
        isVisible(target as HTMLElement)
      )
        refresh();
    },
    looksSoon: () => active,
    watchClosely() {
      closeWatchUntil = win.performance.now() + closeWatchMs;
      // A long rest after a quiet feed would leave the observer off: it listens again now.
      if (resting === undefined) return;
      win.clearTimeout(resting);
      lookAgain();
      rest = restMs;
    },
    look() {
      if (resting !== undefined) win.clearTimeout(resting);
      lookAgain();
      rest = restMs;
    },
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (resting !== undefined) win.clearTimeout(resting);
    inputLooks.forEach((id) => win.clearTimeout(id));
  });
  refresh();
  const live = () => {
    if (current && isVisible(current.element)) return current;
    refresh();
    return current;
  };
  return { current: () => current, live, refresh };
}

/**
 * Composers open because the person clicked or typed: focus moving into another composer (X's
 * modal over the timeline box) is answered at once, and a click or key has the page's changes
 * watched closely for a while (`watchClosely`) and brings the next looks forward (`afterInputMs`,
 * for a composer shown by a change the observer does not see, such as a class). Returns the
 * pending look timers, cleared when the tracker stops.
 */
function answerThePerson(
  win: Window,
  signal: AbortSignal,
  afterInputMs: readonly number[],
  hooks: {
    focusedComposer(target: Element): void;
    looksSoon(): boolean;
    watchClosely(): void;
    look(): void;
  },
): number[] {
  const inputLooks: number[] = [];
  win.document.addEventListener(
    'focusin',
    (event) => {
      if (event.target instanceof Element) hooks.focusedComposer(event.target);
    },
    { capture: true, signal },
  );
  const onInput = () => {
    if (!hooks.looksSoon()) return;
    hooks.watchClosely();
    inputLooks.splice(0).forEach((id) => win.clearTimeout(id));
    for (const delay of afterInputMs) inputLooks.push(win.setTimeout(hooks.look, delay));
  };
  for (const type of ['pointerup', 'keyup', 'change']) {
    win.addEventListener(type, onInput, { capture: true, passive: true, signal });
  }
  return inputLooks;
}
