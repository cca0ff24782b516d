/**
 * The panel's status line: the session's latest notice, or a confirmation from the panel itself
 * (a "flash"), which gives way as soon as the session says something new.
 */
import { useCallback, useState } from 'react';
import type { Translator } from '@/lib/i18n';
import type { PanelNotice, PanelStore } from '@/lib/panel/panel-store';
import { keepComposerFocus, type Flash } from './shared';

type ShownFlash = Flash & { over: PanelNotice | null };

/** A flash remembers the notice it covers, so a newer notice shows instead. */
export function useFlash(store: PanelStore) {
  const [flashState, setFlashState] = useState<ShownFlash | null>(null);
  const flash = useCallback(
    (f: Flash) => setFlashState({ ...f, over: store.getState().notice }),
    [store],
  );
  return { flash, flashState };
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
    case 'undone':
      return t('insert.undone');
    case 'undoChanged':
      return t('insert.undoChanged');
    case 'undoFailed':
      return t('insert.undoFailed');
    case 'error':
      return notice.message[locale];
    case 'clipboard':
      return t(notice.copied ? 'insert.clipboard' : 'insert.clipboardFailed');
    case 'noComposer':
      return t('insert.noComposer');
    case 'empty':
      return t('insert.empty');
    case 'publishNoticed':
      if (notice.unchecked === 'noDialog') return t('publish.uncheckedNoDialog', { platform });
      if (notice.unchecked === 'noComposer') return t('publish.uncheckedNoComposer', { platform });
      return t('publish.noticed', { platform });
    case 'diagnostics':
      return t(notice.copied ? 'site.diagnosticsCopied' : 'site.diagnosticsFailed');
    case 'publishConfirmed':
      return t('publish.confirmed', { platform });
  }
}

const WARNING_NOTICES: readonly string[] = [
  'clipboard',
  'noComposer',
  'error',
  'undoChanged',
  'undoFailed',
];

/** The notice offers Undo: Sapa just wrote into the composer and kept the text from before. */
function offersUndo(notice: PanelNotice | null): boolean {
  return (notice?.kind === 'inserted' || notice?.kind === 'restored') && !!notice.undoable;
}

/**
 * Undo, beside the notice (outside the live region, so the notice is read once). A mouse press
 * keeps the composer's focus, as the panel's other buttons do.
 */
function UndoButton({ t, onUndo }: { t: Translator; onUndo: () => void }) {
  return (
    <button
      type="button"
      className="sapa-small sapa-undo"
      title={t('insert.undoHint')}
      onMouseDown={keepComposerFocus}
      onClick={onUndo}
    >
      {t('insert.undo')}
    </button>
  );
}

function isWarning(notice: PanelNotice | null): boolean {
  if (notice?.kind === 'publishNoticed') return notice.unchecked !== undefined;
  if (notice?.kind === 'diagnostics') return !notice.copied;
  return WARNING_NOTICES.includes(notice?.kind ?? '');
}

export function StatusLine({
  notice,
  flashState,
  t,
  platformName,
  locale,
  onUndo,
}: {
  notice: PanelNotice | null;
  flashState: ShownFlash | null;
  t: Translator;
  platformName: string;
  locale: 'id' | 'en';
  /** Puts the composer back as it was before Sapa's last write. */
  onUndo?: () => void;
}) {
  const shownFlash = flashState && flashState.over === notice ? flashState : null;
  const warn = shownFlash ? shownFlash.warn : isWarning(notice);
  const text = shownFlash
    ? shownFlash.text
    : notice
      ? noticeText(notice, t, platformName, locale)
      : '';
  const undo = !shownFlash && onUndo && offersUndo(notice);
  return (
    <div className="sapa-status">
      <p
        className={warn ? 'sapa-notice sapa-warn' : 'sapa-notice'}
        role="status"
        aria-live="polite"
      >
        {text}
      </p>
      {undo && <UndoButton t={t} onUndo={onUndo} />}
    </div>
  );
}
