/**
 * A lasting, non-blocking note that drafts are not being saved right now, with what to do. It
 * stays until a save works again (lib/drafts/panel-drafts.ts clears `savingPaused`).
 */
import type { MessageKey, Translator } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel/panel-store';

const NOTE_KEYS = {
  failing: 'draft.pausedFailing',
  contextLost: 'draft.pausedContextLost',
  storageFull: 'draft.pausedStorageFull',
  blocked: 'draft.pausedBlocked',
} as const satisfies Record<NonNullable<PanelState['savingPaused']>, MessageKey>;

export function SavingPaused({ paused, t }: { paused: PanelState['savingPaused']; t: Translator }) {
  if (!paused) return null;
  return (
    <div className="sapa-site-notice sapa-saving-paused" role="alert" data-sapa="saving-paused">
      <p>{t(NOTE_KEYS[paused])}</p>
    </div>
  );
}
