/** Saving the composer's text as a draft through the background, and reporting how it went. */
import { normaliseEditorText } from '@/lib/editors/text';
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';

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
  templateId: string | undefined;
}

export interface DraftSaverOptions {
  client: SapaClient;
  platform: PlatformId;
  signal: AbortSignal;
  readText: (composer: HTMLElement) => string;
  onSaved: (savedAt: number, draftId: string | null) => void;
  onError: (error: SapaError) => void;
}

export const sameText = (a: string, b: string) =>
  normaliseEditorText(a).trim() === normaliseEditorText(b).trim();

export function createDraftSaver(options: DraftSaverOptions, state: DraftState) {
  const { client, platform } = options;
  let saving: Promise<void> = Promise.resolve();

  async function send(target: ComposerMatch, text: string, fresh: boolean): Promise<void> {
    const response = await client.request('drafts.save', {
      platform,
      composerKey: target.key,
      text,
      ...(fresh ? { startNew: true } : {}),
      ...(state.templateId ? { templateId: state.templateId } : {}),
    });
    if (response.ok) {
      if (fresh && response.data.draft) state.startNew = false;
      options.onSaved(Date.now(), response.data.draft?.id ?? null);
    } else {
      state.lastSaved = '';
      options.onError(response.error);
    }
  }

  /** Saves the composer's text unless it is unchanged, or still only what the site put there. */
  function save(): Promise<void> {
    const target = state.composer;
    if (!target || options.signal.aborted) return saving;
    const text = options.readText(target.element);
    if (!state.changedByPerson && sameText(text, state.baseline)) return saving;
    state.changedByPerson = true;
    if (text === state.lastSaved) return saving;
    state.lastSaved = text;
    const fresh = state.startNew;
    // A failed save must not stop the ones after it: the chain only orders them.
    saving = saving.catch(() => undefined).then(() => send(target, text, fresh));
    return saving;
  }

  /** Resolves when the saves started so far are done. */
  const settled = (): Promise<void> => saving;

  return { save, settled };
}
