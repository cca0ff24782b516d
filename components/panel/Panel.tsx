import { useId } from 'react';
import { useStore } from 'zustand';
import { translator, type Translator, type MessageKey } from '../../lib/i18n';
import type { InsertMode } from '../../lib/editors/types';
import type { PanelNotice, PanelStore } from '../../lib/content/panel-store';

export interface PanelProps {
  store: PanelStore;
  onInsert: (text: string, mode: InsertMode, meta?: { templateId?: string }) => void;
  onRestore: () => void;
  onKeep: () => void;
}

function timeOf(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

function noticeText(
  notice: PanelNotice,
  t: Translator,
  platform: string,
  locale: 'id' | 'en',
): string {
  switch (notice.kind) {
    case 'inserted':
      return t('insert.done', { platform });
    case 'restored':
      return t('draft.restored');
    case 'error':
      return notice.message[locale];
    case 'clipboard':
      return t(notice.copied ? 'insert.clipboard' : 'insert.clipboardFailed');
    case 'noComposer':
      return t('insert.noComposer');
    case 'empty':
      return t('insert.empty');
    case 'publishNoticed':
      return t('publish.noticed', { platform });
    case 'publishConfirmed':
      return t('publish.confirmed', { platform });
  }
}

/** Keeps the composer's focus and caret when a panel button is pressed with the mouse. */
const keepComposerFocus = (event: React.MouseEvent) => event.preventDefault();

export function Panel({ store, onInsert, onRestore, onKeep }: PanelProps) {
  const state = useStore(store);
  const t = translator(state.locale);
  const captionId = useId();
  const platformName = t(`platform.${state.platform}` as MessageKey);

  if (state.collapsed) {
    return (
      <aside
        className="sapa-panel sapa-collapsed"
        role="complementary"
        aria-label={t('panel.name')}
      >
        <button type="button" className="sapa-tab" onClick={() => state.setCollapsed(false)}>
          {t('panel.expand')}
        </button>
      </aside>
    );
  }

  const warn = ['clipboard', 'noComposer', 'error'].includes(state.notice?.kind ?? '');
  const offer = state.restoreOffer;
  return (
    <aside className="sapa-panel" role="complementary" aria-label={t('panel.name')}>
      <header className="sapa-header">
        <strong>{t('panel.name')}</strong>
        <span className="sapa-muted">{t('panel.platform', { platform: platformName })}</span>
        <button
          type="button"
          className="sapa-icon"
          aria-label={t('panel.collapse')}
          title={t('panel.collapse')}
          onClick={() => state.setCollapsed(true)}
        >
          ×
        </button>
      </header>
      {offer && (
        <section className="sapa-offer" aria-labelledby={`${captionId}-offer`}>
          <h2 id={`${captionId}-offer`}>{t('draft.offerTitle')}</h2>
          <p className="sapa-muted">
            {t('draft.offerSaved', { time: timeOf(offer.savedAt, state.locale) })}
          </p>
          <p className="sapa-preview">{offer.text.slice(0, 280)}</p>
          <div className="sapa-actions">
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
      )}
      <label htmlFor={captionId}>{t('panel.captionLabel')}</label>
      <textarea
        id={captionId}
        className="sapa-caption"
        rows={6}
        value={state.caption}
        onChange={(event) => state.setCaption(event.target.value)}
      />
      <div className="sapa-actions">
        <button
          type="button"
          disabled={state.busy}
          onMouseDown={keepComposerFocus}
          onClick={() => onInsert(state.caption, 'caret')}
        >
          {t('panel.insertAtCaret')}
        </button>
        <button
          type="button"
          disabled={state.busy}
          onMouseDown={keepComposerFocus}
          onClick={() => onInsert(state.caption, 'replace')}
        >
          {t('panel.replaceAll')}
        </button>
      </div>
      <p
        className={warn ? 'sapa-notice sapa-warn' : 'sapa-notice'}
        role="status"
        aria-live="polite"
      >
        {state.notice ? noticeText(state.notice, t, platformName, state.locale) : ''}
      </p>
      {state.draftSavedAt !== null && (
        <p className="sapa-muted">
          {t('draft.savedAt', { time: timeOf(state.draftSavedAt, state.locale) })}
        </p>
      )}
    </aside>
  );
}
