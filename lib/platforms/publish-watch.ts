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

/**
 * Notices a press of the site's publish button: a capture-phase listener on the window runs
 * before the sites' own React handlers (attached lower, at their root), so the press is seen
 * even when the site stops propagation. Disabled buttons are skipped. Ctrl/Cmd+Enter in the
 * composer counts when the composer's publish button is enabled.
 */
export function watchPublishAttempts(
  adapter: PlatformAdapter,
  win: Window,
  currentComposer: () => HTMLElement | null,
  onAttempt: (attempt: PublishAttempt) => void,
  signal: AbortSignal,
): void {
  const attemptFrom = (trigger: PublishTrigger, button: HTMLElement | null): PublishAttempt => {
    const composer = currentComposer();
    return { trigger, button, composer, text: composer ? adapter.readText(composer) : '' };
  };

  win.addEventListener(
    'click',
    (event) => {
      const button = adapter.publishButtonAt(event.target);
      if (button) onAttempt(attemptFrom('click', button));
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
      if (button && adapter.publishButtonAt(button)) onAttempt(attemptFrom('keyboard', button));
    },
    { capture: true, signal },
  );
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
