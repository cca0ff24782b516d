/** The offer to bring back a draft the person wrote here earlier and did not post. */
import type { Translator } from '@/lib/i18n';
import type { PanelState } from '@/lib/panel/panel-store';
import { keepComposerFocus, timeOf } from './shared';

export function RestoreOffer({
  state,
  t,
  titleId,
  onRestore,
  onKeep,
}: {
  state: PanelState;
  t: Translator;
  titleId: string;
  onRestore: () => void;
  onKeep: () => void;
}) {
  const offer = state.restoreOffer;
  if (!offer) return null;
  return (
    <section className="sapa-offer" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('draft.offerTitle')}</h2>
      <p className="sapa-muted">
        {t('draft.offerSaved', { time: timeOf(offer.savedAt, state.locale) })}
      </p>
      <p className="sapa-preview">{offer.text.slice(0, 280)}</p>
      <div className="sapa-actions">
        {/* Restoring writes into the composer, so the composer keeps its focus. */}
        <button
          type="button"
          disabled={state.busy}
          onMouseDown={keepComposerFocus}
          onClick={onRestore}
        >
          {t('draft.restore')}
        </button>
        <button type="button" className="sapa-secondary" onClick={onKeep}>
          {t('draft.keep')}
        </button>
      </div>
    </section>
  );
}
