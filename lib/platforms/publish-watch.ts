import { isVisible, queryAll } from './dom';
import type { PlatformAdapter } from './adapter';
import { accountFrom, postAddressFrom } from './post-details';
import type { PageSign, SiteDefinition } from './site';
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

type DetailsSite = Pick<SiteDefinition, 'hosts' | 'postDetails'>;

/** The hrefs of the visible links to a post in the site's success sign (X's toast "View"). */
function postLinks(site: DetailsSite, doc: Document): string[] {
  const links = site.postDetails?.address?.links;
  if (!links) return [];
  return queryAll(doc, links)
    .filter(isVisible)
    .map((link) => link.getAttribute('href') ?? '');
}

/** The posts' addresses the success sign shows now (at the press: a toast left from before). */
export function postAddressesShown(site: DetailsSite, doc: Document): string[] {
  return postLinks(site, doc).flatMap((href) => postAddressFrom(site, [href], doc.baseURI) ?? []);
}

/** The signed-in account where the page shows it, by the site's readers in order. */
export function readAccount(site: DetailsSite, doc: Document): string | undefined {
  for (const reader of site.postDetails?.account ?? []) {
    for (const element of Array.from(doc.querySelectorAll(reader.selector))) {
      const raw = reader.attribute ? element.getAttribute(reader.attribute) : element.textContent;
      const account = accountFrom(reader, raw);
      if (account) return account;
    }
  }
  return undefined;
}

/** How long after the confirmation Sapa looks for the post's address (the post is already out). */
export const ADDRESS_WAIT_MS = 2_000;

/**
 * The new post's address from the site's success sign, looked for until it shows or `withinMs`
 * passed (the link can render a beat after the sign). Nothing is held meanwhile: the post went
 * out, only its log entry waits. Undefined for a site that shows none.
 *
 * `taken` holds the addresses that are not this post's: those shown before the press, and those
 * other posts already took. The address found is added to it at once, so two posts waiting at
 * the same time never get the same one.
 */
export function awaitPostAddress(
  site: DetailsSite,
  doc: Document,
  taken: string[],
  options: { withinMs?: number; signal?: AbortSignal } = {},
): Promise<string | undefined> {
  const { withinMs = ADDRESS_WAIT_MS, signal } = options;
  if (!site.postDetails?.address) return Promise.resolve(undefined);
  const win = doc.defaultView ?? window;
  const started = Date.now();
  return new Promise((resolve) => {
    const look = () => {
      const address = postAddressFrom(site, postLinks(site, doc), doc.baseURI, taken);
      if (address) taken.push(address);
      if (address || signal?.aborted || Date.now() - started >= withinMs) resolve(address);
      else win.setTimeout(look, 100);
    };
    look();
  });
}
