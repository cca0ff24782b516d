import { isVisible, queryAll } from './dom';
import type { PlatformAdapter } from './adapter';
import type { PageSign } from './site';

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
 * This frame's window and the top frame's, when it can be read: TikTok Studio's uploader can sit in
 * a same-origin iframe while the top page is the one that moves to the content list.
 */
function framesOf(win: Window): Window[] {
  const frames = [win];
  try {
    if (win.top && win.top !== win) {
      // Reading a cross-origin top frame's location throws: then only this frame counts.
      void win.top.location.pathname;
      frames.push(win.top);
    }
  } catch {
    // a cross-origin top frame
  }
  return frames;
}

function pathOf(frame: Window): string {
  try {
    return frame.location.pathname;
  } catch {
    return '';
  }
}

/** The dialog, alert and status elements the sites put their post messages in. */
const NOTICES = '[role="dialog"], [role="alert"], [role="status"]';

/** Whether the sign shows in one of these documents. */
function shows(sign: PageSign, docs: readonly Document[]): boolean {
  return docs.some((doc) => {
    if (sign.appears && queryAll(doc, sign.appears).some(isVisible)) return true;
    if (!sign.text) return false;
    return Array.from(doc.querySelectorAll<HTMLElement>(NOTICES)).some(
      (notice) => isVisible(notice) && sign.text!.test(notice.textContent ?? ''),
    );
  });
}

export interface ConfirmOptions {
  /** How long to wait for the sign once the site is no longer asking or working. */
  quietMs?: number;
  /** The longest wait in all, however long the site keeps asking. */
  limitMs?: number;
  /** Ends the wait (a newer press took over, or the extension's context ended). */
  signal?: AbortSignal;
}

/** 15 s after the press, or after the site's own confirmation or progress was last seen. */
export const CONFIRM_QUIET_MS = 15_000;
/** A person may read the site's confirmation for a while, but not for ever. */
export const CONFIRM_LIMIT_MS = 10 * 60_000;

/**
 * After a press, waits for the site's own sign that the post went out (X's toast, Instagram's
 * shared message or check mark, TikTok's move to its content page, the dialog closing). While the
 * site shows that it is still on the way (`pending`: its own "Continue to post?" confirmation, or
 * "Sharing…"), the wait goes on and the composer's closing does not count. Resolves false when no
 * sign came in time, or when the wait was ended.
 */
export function confirmPublish(
  adapter: PlatformAdapter,
  doc: Document,
  composer: HTMLElement | null,
  options: ConfirmOptions = {},
): Promise<boolean> {
  const { quietMs = CONFIRM_QUIET_MS, limitMs = CONFIRM_LIMIT_MS, signal } = options;
  const { success } = adapter.definition;
  const win = doc.defaultView ?? window;
  const frames = framesOf(win);
  const docs = frames.map((frame) => frame.document);
  const pending = () => (success.pending ? shows(success.pending, docs) : false);
  const succeeded = (stillOnTheWay: boolean): boolean => {
    if (shows(success, docs)) return true;
    const { pathAfter } = success;
    if (pathAfter && frames.some((frame) => pathAfter.test(pathOf(frame)))) return true;
    return !!success.composerCloses && !stillOnTheWay && !!composer && !isVisible(composer);
  };
  return new Promise((resolve) => {
    const started = Date.now();
    let lastBusy = started;
    const poll = () => {
      if (signal?.aborted) return resolve(false);
      const now = Date.now();
      const stillOnTheWay = pending();
      if (stillOnTheWay) lastBusy = now;
      if (succeeded(stillOnTheWay)) resolve(true);
      else if (now - lastBusy > quietMs || now - started > limitMs) resolve(false);
      else win.setTimeout(poll, 200);
    };
    poll();
  });
}
