import { normaliseEditorText } from '@/lib/editors/text';
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';

export interface RestoreOffer {
  draftId: string;
  text: string;
  savedAt: number;
}

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

const same = (a: string, b: string) =>
  normaliseEditorText(a).trim() === normaliseEditorText(b).trim();

/**
 * Keeps the composer's text safe: autosaves it through the background at most about a second
 * behind typing, offers the last unposted draft for this composer when it opens (after a reload,
 * a closed tab or a crash), and marks the draft posted when the site confirms the post.
 * Text the site put there itself (TikTok's file name) is not saved until the person changes it.
 */
export function createDraftKeeper(options: DraftKeeperOptions): DraftKeeper {
  const { client, platform, win, signal, readText, debounceMs = 400, maxWaitMs = 1000 } = options;
  let composer: ComposerMatch | null = null;
  let observer: MutationObserver | null = null;
  let baseline = '';
  let lastSaved = '';
  let changedByPerson = false;
  let offer: RestoreOffer | null = null;
  let startNew = false;
  let quietTimer: number | undefined;
  let maxTimer: number | undefined;
  let saving: Promise<void> = Promise.resolve();
  let templateId: string | undefined;

  const clearTimers = () => {
    win.clearTimeout(quietTimer);
    win.clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
  };

  const save = (): Promise<void> => {
    clearTimers();
    const target = composer;
    if (!target || signal.aborted) return saving;
    const text = readText(target.element);
    if (!changedByPerson && same(text, baseline)) return saving;
    changedByPerson = true;
    if (text === lastSaved) return saving;
    lastSaved = text;
    const fresh = startNew;
    // A failed save must not stop the ones after it: the chain only orders them.
    saving = saving
      .catch(() => undefined)
      .then(async () => {
        const response = await client.request('drafts.save', {
          platform,
          composerKey: target.key,
          text,
          ...(fresh ? { startNew: true } : {}),
          ...(templateId ? { templateId } : {}),
        });
        if (response.ok) {
          if (fresh && response.data.draft) startNew = false;
          options.onSaved(Date.now(), response.data.draft?.id ?? null);
        } else {
          lastSaved = '';
          options.onError(response.error);
        }
      });
    return saving;
  };

  let textTimer: number | undefined;
  const reportText = () => {
    textTimer = undefined;
    if (composer) options.onText?.(readText(composer.element));
  };

  const onComposerChanged = () => {
    textTimer ??= win.setTimeout(reportText, 120);
    win.clearTimeout(quietTimer);
    quietTimer = win.setTimeout(save, debounceMs);
    maxTimer ??= win.setTimeout(save, maxWaitMs);
  };

  const offerRestore = async (match: ComposerMatch) => {
    const response = await client.request('drafts.restorable', {
      platform,
      composerKey: match.key,
    });
    if (composer !== match || signal.aborted) return;
    if (!response.ok) return options.onError(response.error);
    const found = response.data;
    if (!found || same(found.text, readText(match.element))) return;
    offer = { draftId: found.draft.id, text: found.text, savedAt: found.savedAt };
    // Until the person decides, new typing goes into a draft of its own, not over the offered one.
    startNew = true;
    options.onOffer(offer);
  };

  const attach = (match: ComposerMatch | null) => {
    if (match?.element === composer?.element) return;
    if (composer) void save();
    observer?.disconnect();
    composer = match;
    offer = null;
    startNew = false;
    templateId = undefined;
    options.onOffer(null);
    if (!match) return;
    baseline = readText(match.element);
    lastSaved = baseline;
    options.onText?.(baseline);
    changedByPerson = false;
    const Observer = (win as Window & typeof globalThis).MutationObserver;
    observer = new Observer(onComposerChanged);
    observer.observe(match.element, { childList: true, characterData: true, subtree: true });
    void offerRestore(match);
  };

  const flushOnHide = () => {
    if (win.document.visibilityState === 'hidden') void save();
  };
  win.document.addEventListener('visibilitychange', flushOnHide, { signal });
  win.addEventListener('pagehide', () => void save(), { signal });
  signal.addEventListener('abort', () => {
    observer?.disconnect();
    clearTimers();
  });

  return {
    attach,
    flush: save,
    acceptOffer() {
      if (!offer) return null;
      const { text } = offer;
      offer = null;
      startNew = false;
      changedByPerson = true;
      options.onOffer(null);
      return text;
    },
    declineOffer() {
      offer = null;
      options.onOffer(null);
    },
    usedTemplate(id) {
      templateId = id;
    },
    async published(text, composerKey, override) {
      clearTimers();
      await saving;
      const response = await client.request('drafts.markPosted', {
        platform,
        composerKey,
        text,
        ...(override ? { override } : {}),
      });
      if (!response.ok) options.onError(response.error);
      if (composer?.key === composerKey) {
        lastSaved = baseline = '';
        changedByPerson = false;
      }
    },
  };
}
