import { isVisible, queryAll } from './dom';
import type { PlatformAdapter } from './adapter';
import type { ComposerMatch } from './types';

export type PublishTrigger = 'click' | 'keyboard';

export interface PublishAttempt {
  trigger: PublishTrigger;
  button: HTMLElement | null;
  composer: HTMLElement | null;
  /** The composer's key at the press (drafts are kept by it; the composer closes soon after). */
  composerKey: string | null;
  /** The composer's text at the moment of the press (the site clears it right after). */
  text: string;
  /**
   * What closes once the post went out: the composer, or, for a publish in several steps, the
   * dialog of the step that sent it.
   */
  closing: HTMLElement | null;
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

/** What a press that went through leads to: a publish now, or the first step of one. */
type Through = (attempt: PublishAttempt, overridden: boolean) => void;

/**
 * Notices, and when the gate says so holds, a press of the site's publish button. The listeners
 * are capture-phase on the window, so they run before the sites' own React handlers (attached
 * lower, at their root); a held press is stopped there and the site never sees it. Disabled
 * buttons are skipped. Ctrl/Cmd+Enter in the composer counts when its publish button is enabled.
 * The gate fails open: if deciding throws, the post goes through.
 *
 * A publish in several steps (`publishSteps`: Facebook's Next, then Post on "Post settings") is
 * decided at its first press, with the text as it is then; the press that sends it on the later
 * step is the same publish, noticed once and never checked again.
 */
export function watchPublishAttempts<Decision extends { hold: boolean }>(
  adapter: PlatformAdapter,
  win: Window,
  currentComposer: () => ComposerMatch | null,
  gate: PublishGate<Decision>,
  signal: AbortSignal,
): PublishWatcher {
  let bypass = false;
  /** A first step that went through, waiting for the press that sends it. */
  let begun: { attempt: PublishAttempt; overridden: boolean } | null = null;

  const attemptFrom = (trigger: PublishTrigger, button: HTMLElement | null): PublishAttempt => {
    const match = currentComposer();
    const composer = match?.element ?? null;
    const text = composer ? adapter.readText(composer) : '';
    return { trigger, button, composer, composerKey: match?.key ?? null, text, closing: composer };
  };

  const handle = (event: Event, attempt: PublishAttempt, through: Through) => {
    if (bypass) {
      bypass = false;
      return through(attempt, true);
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
    through(attempt, false);
  };

  const publishNow: Through = (attempt, overridden) => {
    begun = null;
    gate.onAttempt(attempt, overridden);
  };
  const beginSteps: Through = (attempt, overridden) => {
    begun = { attempt, overridden };
  };

  /** The press on a later step that sends the publish begun earlier, if this is one. */
  const finishSteps = (target: EventTarget | null): boolean => {
    const later = begun ? adapter.laterStepAt(target) : null;
    if (!begun || !later) return false;
    const { attempt, overridden } = begun;
    begun = null;
    gate.onAttempt({ ...attempt, button: later.button, closing: later.step }, overridden);
    return true;
  };

  win.addEventListener(
    'click',
    (event) => {
      const start = adapter.publishStartAt(event.target, currentComposer()?.element ?? null);
      if (start) return handle(event, attemptFrom('click', start), beginSteps);
      if (finishSteps(event.target)) return;
      const button = adapter.publishButtonAt(event.target);
      if (button) handle(event, attemptFrom('click', button), publishNow);
    },
    { capture: true, signal },
  );

  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      const composer = currentComposer()?.element;
      if (!composer || !(event.target instanceof Node) || !composer.contains(event.target)) return;
      const button = adapter.findPublishButton(composer);
      if (button && adapter.publishButtonAt(button))
        handle(event, attemptFrom('keyboard', button), publishNow);
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
