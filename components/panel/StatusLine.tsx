/**
 * The panel's status line: the session's latest notice, or a confirmation from the panel itself
 * (a "flash"), which gives way as soon as the session says something new.
 */
import { useCallback, useState } from 'react';
import type { Translator } from '@/lib/i18n';
import type { PanelNotice, PanelStore } from '@/lib/panel/panel-store';
import type { Flash } from './shared';

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

const WARNING_NOTICES: readonly string[] = ['clipboard', 'noComposer', 'error'];

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
}: {
  notice: PanelNotice | null;
  flashState: ShownFlash | null;
  t: Translator;
  platformName: string;
  locale: 'id' | 'en';
}) {
  const shownFlash = flashState && flashState.over === notice ? flashState : null;
  const warn = shownFlash ? shownFlash.warn : isWarning(notice);
  const text = shownFlash
    ? shownFlash.text
    : notice
      ? noticeText(notice, t, platformName, locale)
      : '';
  return (
    <p className={warn ? 'sapa-notice sapa-warn' : 'sapa-notice'} role="status" aria-live="polite">
      {text}
    </p>
  );
}
