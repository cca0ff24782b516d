/**
 * Notices a site dialog opening or closing, so the panel can step aside, at a cost a busy page
 * does not feel. A feed appends hundreds of items a second; measuring the page after each change
 * (a forced layout) cost more than half of the page's own scripting. So the watch:
 * - looks at most once per interval, with the observer off meanwhile;
 * - measures nothing in a look: it compares the dialogs found by selector, and their hidden
 *   state, with the last look's, and tells the dock only when they differ;
 * - looks quickly for a few seconds after the person clicks or presses a key that can open or
 *   close a dialog (Escape, Enter, a click on Post or Close), and less often while the page
 *   only changes by itself.
 */

/** Dialogs come and go with the site's own DOM changes; looked for at most this often after an action. */
export const LOOK_QUICK_MS = 100;
/** While the page changes by itself (a feed), the interval doubles up to this. */
export const LOOK_SLOW_MS = 3200;
/** How long after a click or key the looks stay quick: long enough for a site's confirmation. */
export const QUICK_AFTER_INPUT_MS = 3000;

/** The wait before the next look: quick after an action or a change, else twice the last, up to slow. */
export function nextLookDelay(previous: number, sinceInput: number, changed: boolean): number {
  if (changed || sinceInput < QUICK_AFTER_INPUT_MS) return LOOK_QUICK_MS;
  return Math.min(LOOK_SLOW_MS, Math.max(LOOK_QUICK_MS, previous * 2));
}

/** A dialog as a look sees it: the element and whether it (or what holds it) is hidden. */
export interface DialogMark {
  element: Element;
  state: string;
}

const HIDDEN_AROUND = '[aria-hidden="true"], [hidden], [inert]';

/** The dialogs found by selector and their hidden state; no layout is read. */
export function markDialogs(doc: Document, selector: string): DialogMark[] {
  return Array.from(doc.querySelectorAll(selector), (element) => ({
    element,
    state: `${element.closest(HIDDEN_AROUND) ? 'hidden' : 'shown'}:${element.hasAttribute('open')}`,
  }));
}

export function sameMarks(a: readonly DialogMark[], b: readonly DialogMark[]): boolean {
  return (
    a.length === b.length &&
    a.every((mark, index) => mark.element === b[index]?.element && mark.state === b[index]?.state)
  );
}

/** Keys that open or close dialogs; typing in a text box otherwise does not. */
function mayOpenDialog(event: KeyboardEvent): boolean {
  if (event.key === 'Escape' || event.key === 'Enter') return true;
  const target = event.target as HTMLElement | null;
  const typing =
    !!target &&
    (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT');
  return !typing;
}

export interface DialogWatchOptions {
  win: Window;
  /** All the selectors that mark a dialog on this site. */
  selector: string;
  /** Windows whose clicks and keys count as the person acting (the page around an iframe). */
  inputWindows: readonly Window[];
  signal: AbortSignal;
  onChange: () => void;
}

export interface DialogWatch {
  start(): void;
  stop(): void;
}

export function createDialogWatch(options: DialogWatchOptions): DialogWatch {
  const { win, selector, signal, onChange } = options;
  const Mutations = (win as Window & typeof globalThis).MutationObserver;
  let running = false;
  let lastMarks: DialogMark[] = [];
  let delay = LOOK_QUICK_MS;
  let lastInput = -Infinity;
  let timer: number | undefined;
  let dueAt = 0;

  const observe = () =>
    observer.observe(win.document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'inert', 'open', 'role', 'aria-modal'],
    });

  const look = () => {
    timer = undefined;
    if (!running || signal.aborted) return;
    const marks = markDialogs(win.document, selector);
    const changed = !sameMarks(marks, lastMarks);
    lastMarks = marks;
    delay = nextLookDelay(delay, win.performance.now() - lastInput, changed);
    observe();
    if (changed) onChange();
  };

  const lookIn = (ms: number) => {
    win.clearTimeout(timer);
    dueAt = win.performance.now() + ms;
    timer = win.setTimeout(look, ms);
  };

  const observer = new Mutations(() => {
    observer.disconnect();
    lookIn(delay);
  });

  // The person acted: a dialog may follow, so the next look comes soon, even one already waiting.
  const acted = () => {
    lastInput = win.performance.now();
    delay = LOOK_QUICK_MS;
    if (timer !== undefined && dueAt - lastInput > LOOK_QUICK_MS) lookIn(LOOK_QUICK_MS);
  };
  for (const view of options.inputWindows) {
    view.addEventListener('pointerdown', acted, { capture: true, passive: true, signal });
    view.addEventListener(
      'keydown',
      (event) => {
        if (mayOpenDialog(event)) acted();
      },
      { capture: true, passive: true, signal },
    );
  }

  const stop = () => {
    running = false;
    observer.disconnect();
    win.clearTimeout(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', stop);

  return {
    start() {
      stop();
      if (!win.document.body || signal.aborted) return;
      running = true;
      lastMarks = markDialogs(win.document, selector);
      delay = LOOK_QUICK_MS;
      observe();
    },
    stop,
  };
}
