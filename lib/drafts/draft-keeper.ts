import type { SapaClient, SapaError } from '@/lib/messaging';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import { createDraftSaver, type DraftState, type RestoreOffer } from './draft-saver';
import { markPosted } from './mark-posted';
import { acceptOffer, offerRestore } from './restore-offer';
import { createSaveTiming } from './save-timing';

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
  /** Quiet time after the last change before saving… */
  debounceMs?: number;
  /** …but never more than this behind the typing. */
  maxWaitMs?: number;
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
  published(text: string, composerKey: string, override?: { ruleIds: string[] }): Promise<void>;
}

/**
 * Keeps the composer's text safe: autosaves it through the background at most about a second
 * behind typing, offers the last unposted draft for this composer when it opens (after a reload,
 * a closed tab or a crash), and marks the draft posted when the site confirms the post.
 * Text the site put there itself (TikTok's file name) is not saved until the person changes it.
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
  };
  let observer: MutationObserver | null = null;
  const saver = createDraftSaver(options, state);
  const save = (): Promise<void> => {
    timing.clear();
    return saver.save();
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

  const attach = (match: ComposerMatch | null) => {
    if (match?.element === state.composer?.element) return;
    if (state.composer) void save();
    observer?.disconnect();
    Object.assign(state, { composer: match, offer: null, startNew: false, templateId: undefined });
    options.onOffer(null);
    if (!match) return;
    state.baseline = state.lastSaved = readText(match.element);
    options.onText?.(state.baseline);
    state.changedByPerson = false;
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    observer = new Observer(() => timing.changed());
    observer.observe(match.element, { childList: true, characterData: true, subtree: true });
    void offerRestore(options, state, match);
  };

  const flushOnHide = () => {
    if (win.document.visibilityState === 'hidden') void save();
  };
  win.document.addEventListener('visibilitychange', flushOnHide, { signal });
  win.addEventListener('pagehide', () => void save(), { signal });
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    timing.clear();
  });

  return {
    attach,
    flush: save,
    acceptOffer: () => acceptOffer(state, options.onOffer),
    declineOffer() {
      state.offer = null;
      options.onOffer(null);
    },
    usedTemplate(id) {
      state.templateId = id;
    },
    async published(text, composerKey, override) {
      timing.clear();
      await saver.settled();
      await markPosted(options, state, { text, composerKey, override });
    },
  };
}
