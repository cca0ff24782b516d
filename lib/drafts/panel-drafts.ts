import type { SapaError } from '@/lib/messaging';
import type { PanelState, PanelStore } from '@/lib/panel/panel-store';
import { createDraftKeeper, type DraftKeeper, type DraftKeeperOptions } from './draft-keeper';

export type PanelDraftsOptions = Omit<
  DraftKeeperOptions,
  'onOffer' | 'onSaved' | 'onText' | 'onError' | 'onPaused'
> & { store: PanelStore };

/**
 * The draft keeper, reporting to the panel: the draft it offers back, when it last saved and
 * under which draft, the composer's text as it changes, the background's errors as notices, and
 * a lasting notice while saving is paused.
 */
export function keepDraftsForPanel({ store, ...options }: PanelDraftsOptions): DraftKeeper {
  return createDraftKeeper({
    ...options,
    onOffer: (restoreOffer) => store.setState({ restoreOffer }),
    onSaved: (draftSavedAt, draftId) => store.setState({ draftSavedAt, draftId }),
    onText: (composerText) => store.setState({ composerText }),
    onError: (error) => store.setState({ notice: { kind: 'error', message: error.message } }),
    onPaused: (error) => store.setState({ savingPaused: pausedReason(error) }),
  });
}

/** Which note the panel shows for the error that paused saving (null: saving works). */
function pausedReason(error: SapaError | null): PanelState['savingPaused'] {
  if (!error) return null;
  if (error.code === 'context-invalidated') return 'contextLost';
  // Retrying cannot help until the person frees space, so they are told what to do.
  if (error.code === 'quota') return 'storageFull';
  // An older copy of Sapa holds the database: closing it (or restarting the browser) frees it.
  if (error.code === 'blocked') return 'blocked';
  return 'failing';
}

/** The person took the offered draft: its text goes into the composer in place of what is there. */
export async function restoreOfferedDraft(
  keeper: Pick<DraftKeeper, 'acceptOffer'>,
  restore: (text: string) => Promise<void>,
): Promise<void> {
  const text = keeper.acceptOffer();
  if (text !== null) await restore(text);
}
