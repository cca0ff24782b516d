/** Offering the last unposted draft when a composer opens, and the person's answer to it. */
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { ComposerMatch, PlatformId } from '@/lib/platforms/types';
import { sameText, type DraftState, type RestoreOffer } from './draft-saver';

export interface RestoreOfferOptions {
  client: SapaClient;
  platform: PlatformId;
  signal: AbortSignal;
  readText: (composer: HTMLElement) => string;
  onOffer: (offer: RestoreOffer | null) => void;
  onError: (error: SapaError) => void;
}

/** Asks the background for a draft to offer; offers it unless the composer already holds it. */
export async function offerRestore(
  options: RestoreOfferOptions,
  state: DraftState,
  match: ComposerMatch,
): Promise<void> {
  const response = await options.client.request('drafts.restorable', {
    platform: options.platform,
    composerKey: match.key,
  });
  if (state.composer !== match || options.signal.aborted) return;
  if (!response.ok) return options.onError(response.error);
  const found = response.data;
  // Nothing to offer, or the draft this page's own saves went to (they were quicker).
  if (!found || found.draft.id === state.draftId) return;
  // The composer already holds it (the site kept its text): typing continues that draft.
  if (sameText(found.text, options.readText(match.element))) {
    state.draftId ??= found.draft.id;
    state.startNew = false;
    return;
  }
  state.offer = { draftId: found.draft.id, text: found.text, savedAt: found.savedAt };
  // Until the person decides, new typing goes into a draft of its own, not over the offered one.
  state.startNew = true;
  options.onOffer(state.offer);
}

/** The person restores the offered draft: its text, to put into the composer. */
export function acceptOffer(state: DraftState, onOffer: RestoreOfferOptions['onOffer']) {
  if (!state.offer) return null;
  const { text, draftId } = state.offer;
  state.offer = null;
  state.startNew = false;
  state.draftId = draftId;
  state.changedByPerson = true;
  onOffer(null);
  return text;
}
