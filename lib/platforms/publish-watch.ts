import { isVisible, queryAll } from './dom';
import type { PlatformAdapter } from './adapter';

export type PublishTrigger = 'click' | 'keyboard';

export interface PublishAttempt {
  trigger: PublishTrigger;
  button: HTMLElement | null;
  composer: HTMLElement | null;
  /** The composer's text at the moment of the press (the site clears it right after). */
  text: string;
}

export interface PublishGate<Decision extends { hold: boolean }> {
  /** Decides at once whether the press may go through; any error lets it through. */
  decide(attempt: PublishAttempt): Decision;
  /** A press that was held: the site never saw it. */
  onHeld(attempt: PublishAttempt, decision: Decision): void;
  /** A press that went through to the site (`overridden`: the person chose "Post anyway"). */
  onAttempt(attempt: PublishAttempt, overridden: boolean): void;
}

export interface PublishWatcher {
  /** The next press goes through unchecked ("Post anyway"). */
  letThroughOnce(): void;
}

/**
 * Notices, and when the gate says so holds, a press of the site's publish button. The listeners
 * are capture-phase on the window, so they run before the sites' own React handlers (attached
 * lower, at their root); a held press is stopped there and the site never sees it. Disabled
 * buttons are skipped. Ctrl/Cmd+Enter in the composer counts when its publish button is enabled.
 * The gate fails open: if deciding throws, the post goes through.
 */
export function watchPublishAttempts<Decision extends { hold: boolean }>(
  adapter: PlatformAdapter,
  win: Window,
  currentComposer: () => HTMLElement | null,
  gate: PublishGate<Decision>,
  signal: AbortSignal,
): PublishWatcher {
  let bypass = false;
  const attemptFrom = (trigger: PublishTrigger, button: HTMLElement | null): PublishAttempt => {
    const composer = currentComposer();
    return { trigger, button, composer, text: composer ? adapter.readText(composer) : '' };
  };

  const handle = (event: Event, attempt: PublishAttempt) => {
    if (bypass) {
      bypass = false;
      return gate.onAttempt(attempt, true);
    }
    let decision: Decision | null = null;
    try {
      decision = gate.decide(attempt);
    } catch {
      decision = null;
    }
    if (decision?.hold) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return gate.onHeld(attempt, decision);
    }
    gate.onAttempt(attempt, false);
  };

  win.addEventListener(
    'click',
    (event) => {
      const button = adapter.publishButtonAt(event.target);
      if (button) handle(event, attemptFrom('click', button));
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const composer = currentComposer();
      if (!composer || !(event.target instanceof Node) || !composer.contains(event.target)) return;
      const button = adapter.findPublishButton(composer);
      if (button && adapter.publishButtonAt(button)) handle(event, attemptFrom('keyboard', button));
    },
    { capture: true, signal },
  );

  return {
    letThroughOnce() {
      bypass = true;
    },
  };
}

/**
 * The paths of this frame and of the top frame: TikTok Studio's uploader can sit in a same-origin
 * iframe while the top page is the one that moves to the content list.
 */
function pathsOf(win: Window): string[] {
  const paths = [win.location.pathname];
  try {
    if (win.top && win.top !== win) paths.push(win.top.location.pathname);
  } catch {
    // a cross-origin top frame: only this frame's path is readable
  }
  return paths;
}

/**
 * After a press, waits for the site's own sign that the post went out (X's toast, TikTok's move
 * to its content page, the dialog closing). Resolves false when no sign came in time.
 */
export function confirmPublish(
  adapter: PlatformAdapter,
  doc: Document,
  composer: HTMLElement | null,
  timeoutMs = 15_000,
): Promise<boolean> {
  const { success } = adapter.definition;
  const win = doc.defaultView ?? window;
  const succeeded = (): boolean => {
    if (success.appears && queryAll(doc, success.appears).some(isVisible)) return true;
    if (success.pathAfter && pathsOf(win).some((path) => success.pathAfter!.test(path)))
      return true;
    if (success.text) {
      const notices = doc.querySelectorAll('[role="dialog"], [role="alert"], [role="status"]');
      if (Array.from(notices).some((el) => success.text!.test(el.textContent ?? ''))) return true;
    }
    if (success.composerCloses && composer && !isVisible(composer)) return true;
    return false;
  };
  return new Promise((resolve) => {
    const started = Date.now();
    const poll = () => {
      if (succeeded()) resolve(true);
      else if (Date.now() - started > timeoutMs) resolve(false);
      else win.setTimeout(poll, 200);
    };
    poll();
  });
}
