import type { SapaClient, SapaError } from '@/lib/messaging';
import type { PostDetails } from '@/lib/platforms/post-details';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import { createDraftSaver, sameText, type DraftState, type RestoreOffer } from './draft-saver';
import { markPosted } from './mark-posted';
import { acceptOffer, offerRestore } from './restore-offer';
import { retryDelay, savingPaused } from './retry-backoff';
import { createSaveTiming } from './save-timing';
import type { StashStorage } from './stash';

export type { RestoreOffer } from './draft-saver';

export interface DraftKeeperOptions {
  client: SapaClient;
  platform: PlatformId;
  win: Window;
  signal: AbortSignal;
  readText: (composer: HTMLElement) => string;
  onOffer: (offer: RestoreOffer | null) => void;
  onSaved: (savedAt: number, draftId: string | null) => void;
  /** The composer's text changed (called at most every `debounceMs`). */
  onText?: (text: string) => void;
  onError: (error: SapaError) => void;
  /**
   * Saving is paused (several saves in a row failed; the text is kept in the page and tried
   * again), or works again (`null`).
   */
  onPaused?: (error: SapaError | null) => void;
  /** Quiet time after the last change before saving… */
  debounceMs?: number;
  /** …but never more than this behind the typing. */
  maxWaitMs?: number;
  /** Where a leaving page keeps its unsaved text for the background (`stash.ts`). */
  stash?: StashStorage;
  /** Subscribes to the background's "saving works again" (`saving-works.ts`) until `signal`. */
  whenSavingWorks?: (listener: () => void, signal: AbortSignal) => void;
}

export interface DraftKeeper {
  /** The composer changed (appeared, switched, closed). */
  attach(match: ComposerMatch | null): void;
  /** Save now if anything is unsaved (page hidden, before a publish). */
  flush(): Promise<void>;
  /** The person restores the offered draft: its text, to put into the composer. */
  acceptOffer(): string | null;
  /** The person keeps what is in the composer: the offered draft stays as it is. */
  declineOffer(): void;
  /** The text now in the composer came from this template (kept with the draft). */
  usedTemplate(templateId: string): void;
  /**
   * The site confirmed the post: the draft is marked posted and the post log gets an entry. The
   * composer's key is the one it had at the press (it has usually closed by the confirmation).
   */
  published(
    text: string,
    composerKey: string,
    override?: { ruleIds: string[] },
    checks?: { ruleId: string; severity: 'block' | 'warn' }[],
    details?: PostDetails,
  ): Promise<void>;
}

/**
 * Marks a composer whose text is not saved yet. When the extension is updated or reloaded, the
 * old content script can no longer save; the new one (injected by the background) sees the mark
 * and saves the composer's text at once as the person's own, instead of taking it for the site's
 * prefill or offering an older draft back.
 */
export const UNSAVED_ATTRIBUTE = 'data-sapa-unsaved';
/**
 * The mark's value when the text belongs in a draft of its own: the person typed over a restore
 * offer, so the draft offered (an earlier post's) must not be overwritten by the new copy.
 */
const STARTS_NEW_DRAFT = 'new';

function markUnsavedText(element: HTMLElement, unsaved: boolean, startNew: boolean): void {
  if (unsaved) element.setAttribute(UNSAVED_ATTRIBUTE, startNew ? STARTS_NEW_DRAFT : '');
  else element.removeAttribute(UNSAVED_ATTRIBUTE);
}

/**
 * Cut off by an update, this copy can save nothing more; the person may go on typing before the
 * new copy is injected and attaches. Their first change after the cut marks the composer, so the
 * new copy takes the whole text as theirs and saves it (without the mark it would take the text
 * for the site's own and keep only what was saved before the update). One observer on one
 * element, gone after its first change or with the element.
 */
function markTypingAfterCutOff(win: Window, element: HTMLElement | undefined, startNew: boolean) {
  if (!element?.isConnected) return;
  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const watcher = new Observer(() => {
    watcher.disconnect();
    markUnsavedText(element, true, startNew);
  });
  watcher.observe(element, { childList: true, characterData: true, subtree: true });
}

/**
 * Keeps the composer's text safe: autosaves it through the background at most about a second
 * behind typing, offers the last unposted draft for this composer when it opens (after a reload,
 * a closed tab or a crash), and marks the draft posted when the site confirms the post.
 * Text the site put there itself (TikTok's file name) is not saved until the person changes it.
 * A failed save keeps its text in the page and is tried again with a growing delay
 * (`retry-backoff.ts`), even if the person types nothing more.
 */
export function createDraftKeeper(options: DraftKeeperOptions): DraftKeeper {
  const { win, signal, readText, debounceMs = 400, maxWaitMs = 1000 } = options;
  const state: DraftState = {
    composer: null,
    baseline: '',
    lastSaved: '',
    changedByPerson: false,
    offer: null,
    startNew: false,
    templateId: undefined,
    draftId: undefined,
  };
  let observer: MutationObserver | null = null;
  // The code of the error that paused saving: a change of cause (a full disk after a stopped
  // worker) changes what the person is told.
  let pausedBy: SapaError['code'] | null = null;
  const setPaused = (error: SapaError | null) => {
    if (pausedBy === (error?.code ?? null)) return;
    pausedBy = error?.code ?? null;
    options.onPaused?.(error);
  };
  const saver = createDraftSaver(
    {
      ...options,
      onFailures(failures, error) {
        if (failures > 0) timing.retryIn(retryDelay(failures));
        setPaused(error && savingPaused(failures) ? error : null);
      },
      onUnsaved: (composer, unsaved) => {
        // Typed after the text that was just saved: still unsaved.
        const typedSince =
          composer === state.composer && readText(composer.element) !== state.lastSaved;
        markUnsavedText(composer.element, unsaved || typedSince, state.startNew);
      },
    },
    state,
  );
  const save = (leaving = false): Promise<void> => {
    timing.clear();
    return saver.save(leaving);
  };
  const timing = createSaveTiming({
    win,
    debounceMs,
    maxWaitMs,
    save: () => void save(),
    reportText: () => {
      // A report already scheduled when the page is torn down goes nowhere.
      if (state.composer && !signal.aborted) options.onText?.(readText(state.composer.element));
    },
  });

  /** The person changed the composer's text: marked at once, before the save (see above). */
  const markUnsaved = (element: HTMLElement) => {
    if (element.hasAttribute(UNSAVED_ATTRIBUTE)) return;
    if (state.changedByPerson || !sameText(readText(element), state.baseline))
      markUnsavedText(element, true, state.startNew);
  };

  const attach = (match: ComposerMatch | null) => {
    if (match?.element === state.composer?.element) return;
    if (state.composer) void save();
    observer?.disconnect();
    Object.assign(state, {
      composer: match,
      offer: null,
      startNew: false,
      templateId: undefined,
      draftId: undefined,
    });
    options.onOffer(null);
    if (!match) return;
    const text = readText(match.element);
    // Text a script before this one could not save is the person's: saved now, nothing offered,
    // into a draft of its own when it was typed over a restore offer.
    const handedOver = match.element.hasAttribute(UNSAVED_ATTRIBUTE);
    state.baseline = state.lastSaved = handedOver ? '' : text;
    options.onText?.(text);
    state.changedByPerson = handedOver;
    // A page's first save starts a draft of its own unless it continues one it knows (the
    // offered draft restored, or already in the composer): another tab of the site shares the
    // composer's key, and its draft, started after this page asked, is not this page's.
    // Text handed over by a script before this one continues what that script saved.
    state.startNew = handedOver
      ? match.element.getAttribute(UNSAVED_ATTRIBUTE) === STARTS_NEW_DRAFT
      : true;
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    observer = new Observer(() => {
      markUnsaved(match.element);
      timing.changed();
    });
    observer.observe(match.element, { childList: true, characterData: true, subtree: true });
    if (handedOver) void save();
    else void offerRestore(options, state, match);
  };

  const flushOnHide = () => {
    if (win.document.visibilityState === 'hidden') void save(true);
  };
  win.document.addEventListener('visibilitychange', flushOnHide, { signal });
  win.addEventListener('pagehide', () => void save(true), { signal });
  // Paused, the next retry may be 30 s away; the background says when saving works again.
  options.whenSavingWorks?.(() => {
    if (pausedBy) void save();
  }, signal);
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    timing.clear();
    markTypingAfterCutOff(win, state.composer?.element, state.startNew);
  });

  return {
    attach,
    flush: () => save(),
    acceptOffer: () => acceptOffer(state, options.onOffer),
    declineOffer() {
      state.offer = null;
      options.onOffer(null);
    },
    usedTemplate(id) {
      state.templateId = id;
    },
    async published(text, composerKey, override, checks, details) {
      timing.clear();
      await saver.settled();
      saver.forget(composerKey);
      await markPosted(options, state, { text, composerKey, override, checks, ...details });
    },
  };
}
