/** Saving the composer's text as a draft through the background, and reporting how it went. */
import { normaliseEditorText } from '@/lib/editors/text';
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import { newId } from '@/lib/text';
import { forgetStash, stashDraft, type StashStorage } from './stash';

export interface RestoreOffer {
  draftId: string;
  text: string;
  savedAt: number;
}

/** What the draft keeper knows about the composer it follows; its parts share it. */
export interface DraftState {
  composer: ComposerMatch | null;
  /** The text when the composer appeared (the site may have put it there). */
  baseline: string;
  lastSaved: string;
  changedByPerson: boolean;
  offer: RestoreOffer | null;
  /** The next save starts a draft of its own instead of continuing the offered one. */
  startNew: boolean;
  /**
   * The draft the followed composer's text continues, once known (a confirmed save, the offered
   * draft restored, or the composer already holding it). Saves name it: the composer's newest
   * draft may be another tab's (tabs of a site share composer keys), or dated ahead by a clock
   * that was wrong when it was written.
   */
  draftId: string | undefined;
  templateId: string | undefined;
}

export interface DraftSaverOptions {
  client: SapaClient;
  platform: PlatformId;
  signal: AbortSignal;
  readText: (composer: HTMLElement) => string;
  /** The text of the composer followed now was saved (under this draft). */
  onSaved: (savedAt: number, draftId: string | null) => void;
  /**
   * How many saves in a row have failed: 1 or more after a failure (the text is kept and sent
   * again), 0 after the first save that worked again.
   */
  onFailures: (failures: number, error: SapaError | null) => void;
  /** The composer holds text not saved yet (`true`), or all of it is saved now (`false`). */
  onUnsaved: (composer: ComposerMatch, unsaved: boolean) => void;
  /** Where a leaving page keeps its unsaved text for the background (`stash.ts`). */
  stash?: StashStorage;
}

/** Text waiting for the background to confirm it was saved. */
interface PendingSave {
  target: ComposerMatch;
  text: string;
  /** Start a draft of its own (a restore offer was pending when the text was taken). */
  fresh: boolean;
  /** When the text was taken: the background keeps the newest when saves cross on the way. */
  takenAt: number;
  /**
   * The draft the text continued when it was taken. The composer may change before the text is
   * sent (the site swaps it for a dialog), and the state then describes the new one.
   */
  draftId: string | undefined;
}

export const sameText = (a: string, b: string) =>
  normaliseEditorText(a).trim() === normaliseEditorText(b).trim();

/**
 * Sends the composer's text to the background. The last text of each composer stays in the page
 * (`pending`) until the background confirms the save: a failed save keeps it for the next try,
 * and a newer text of the same composer replaces it.
 */
export function createDraftSaver(options: DraftSaverOptions, state: DraftState) {
  const { client, platform } = options;
  let saving: Promise<void> = Promise.resolve();
  const pending = new Map<string, PendingSave>();
  /** The `takenAt` of the newest save of each composer the background confirmed. */
  const confirmed = new Map<string, number>();
  let failures = 0;
  let lastTakenAt = 0;
  /** Composers whose text this page stashed, until a save of it (or newer) is confirmed. */
  const stashed = new Set<string>();
  /** The draft each composer's confirmed saves went to: a stashed text continues it. */
  const draftOf = new Map<string, string>();
  /**
   * This page among the tabs of one site (they share composer keys): the background orders this
   * page's texts among themselves, and the stash keeps each page's text apart.
   */
  const pageId = newId('page_');
  // Strictly increasing, even within one millisecond, so two texts are never of the same age.
  const stamp = () => (lastTakenAt = Math.max(Date.now(), lastTakenAt + 1));

  /** Takes the composer's text, unless it is unchanged, or still only what the site put there. */
  function capture(): void {
    const target = state.composer;
    if (!target) return;
    const text = options.readText(target.element);
    if (!state.changedByPerson && sameText(text, state.baseline)) return;
    state.changedByPerson = true;
    const waiting = pending.get(target.key);
    if (waiting ? waiting.target === target && waiting.text === text : text === state.lastSaved)
      return;
    const draftId = state.startNew ? undefined : state.draftId;
    pending.set(target.key, { target, text, fresh: state.startNew, takenAt: stamp(), draftId });
    options.onUnsaved(target, true);
  }

  /**
   * The draft a text continues, if the page knows it: the composer's now while it is followed;
   * once another is, the one it continued when taken, else the one its saves were confirmed to.
   */
  const draftFor = ({ target, fresh, draftId }: PendingSave): string | undefined => {
    if (fresh) return undefined;
    if (state.composer === target) return state.draftId;
    return draftId ?? draftOf.get(target.key);
  };

  function request(save: PendingSave) {
    const { target, text, fresh, takenAt } = save;
    const draftId = draftFor(save);
    return client.request('drafts.save', {
      platform,
      composerKey: target.key,
      text,
      takenAt,
      pageId,
      ...(fresh ? { startNew: true } : {}),
      ...(draftId ? { draftId } : {}),
      ...(state.templateId ? { templateId: state.templateId } : {}),
    });
  }

  /** The background saved `save`: the page forgets the text, unless newer text waits. */
  function saved(save: PendingSave, draftId: string | null, startedDraft: boolean): void {
    const { target, text, fresh, takenAt } = save;
    // A newer text of this composer was confirmed first (it was sent unchained as the page
    // went away): this older answer changes nothing.
    if ((confirmed.get(target.key) ?? -1) > takenAt) return;
    confirmed.set(target.key, takenAt);
    if (draftId) draftOf.set(target.key, draftId);
    if (draftId && state.composer === target) state.draftId = draftId;
    if (options.stash && stashed.delete(target.key))
      void forgetStash(options.stash, { platform, composerKey: target.key, pageId }, takenAt).catch(
        () => undefined,
      );
    if (fresh && startedDraft) state.startNew = false;
    if (state.composer === target) state.lastSaved = text;
    if (pending.get(target.key) === save) {
      pending.delete(target.key);
      options.onUnsaved(target, false);
    }
    if (state.composer === target) options.onSaved(Date.now(), draftId);
  }

  async function send(save: PendingSave): Promise<boolean> {
    const response = await request(save);
    if (!response.ok) {
      failures += 1;
      options.onFailures(failures, response.error);
      return false;
    }
    if (failures > 0) options.onFailures((failures = 0), null);
    saved(save, response.data.draft?.id ?? null, response.data.draft !== null);
    return true;
  }

  /** Keeps the text in extension storage too, in case the page goes before the answer. */
  function keepInStash(save: PendingSave): void {
    if (!options.stash) return;
    const { target, text, fresh, takenAt } = save;
    const draftId = draftFor(save);
    stashed.add(target.key);
    // A failed write leaves the message and its retries; nothing to tell the person here.
    void stashDraft(options.stash, {
      platform,
      composerKey: target.key,
      text,
      takenAt,
      pageId,
      ...(fresh ? { startNew: true } : {}),
      ...(draftId ? { draftId } : {}),
      ...(state.templateId ? { templateId: state.templateId } : {}),
    }).catch(() => undefined);
  }

  /** Sends at once, outside the chain; a failure is left to the chained send of the same text. */
  async function sendUnchained(save: PendingSave): Promise<void> {
    const response = await request(save);
    if (response.ok) saved(save, response.data.draft?.id ?? null, response.data.draft !== null);
  }

  /** Sends what waits, oldest composer first; stops at the first failure (tried again later). */
  async function sendPending(): Promise<void> {
    for (const key of [...pending.keys()]) {
      const next = pending.get(key);
      if (options.signal.aborted) return;
      if (next && !(await send(next))) return;
    }
  }

  /**
   * Saves the composer's text and anything still waiting from earlier failed saves. `leaving`:
   * the page is being hidden or closed, so what waits is also sent at once, not behind a save
   * still waiting for its answer (a background being stopped can hold that answer until the
   * page is gone); the background keeps the newest text by `takenAt` whatever order they arrive.
   */
  function save(leaving = false): Promise<void> {
    if (options.signal.aborted) return saving;
    capture();
    if (pending.size === 0) return saving;
    if (leaving)
      for (const waiting of [...pending.values()]) {
        keepInStash(waiting);
        void sendUnchained(waiting);
      }
    // Saves are chained so they reach the background in order; a failed one keeps its text.
    saving = saving.catch(() => undefined).then(sendPending);
    return saving;
  }

  return {
    save,
    /** Resolves when the saves started so far are done. */
    settled: (): Promise<void> => saving,
    /** Whether text taken from a composer still waits to be saved. */
    unsaved: (): boolean => pending.size > 0,
    /** The composer's post was confirmed: its text no longer waits to be kept as a draft. */
    forget(composerKey: string): void {
      draftOf.delete(composerKey);
      if (state.composer?.key === composerKey) state.draftId = undefined;
      // An older text stashed as the page was hidden is not a draft any more: the post has it.
      if (options.stash && stashed.delete(composerKey))
        void forgetStash(options.stash, { platform, composerKey, pageId }, Infinity).catch(
          () => undefined,
        );
      const waiting = pending.get(composerKey);
      if (!waiting) return;
      pending.delete(composerKey);
      options.onUnsaved(waiting.target, false);
    },
  };
}
