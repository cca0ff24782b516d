import { useEffect, useId, useRef } from 'react';
import { useStore } from 'zustand';
import type { GateStore } from '@/lib/gate/gate-store';
import { DIALOG_WIDTH, placeDialog } from '@/lib/gate/dialog-place';
import { translator, type Locale } from '@/lib/i18n';

export interface PublishGateProps {
  store: GateStore;
  locale: () => Locale;
  onFix: () => void;
  onPostAnyway: () => void;
}

/**
 * The small dialog beside a held Post/Share button: what failed, "Fix" (back to the composer)
 * and "Post anyway" (lets this one press through and records the override).
 */
export function PublishGate({ store, locale, onFix, onPostAnyway }: PublishGateProps) {
  const { open, items, anchor } = useStore(store);
  const titleId = useId();
  const fixRef = useRef<HTMLButtonElement>(null);
  const lang = locale();
  const t = translator(lang);

  useEffect(() => {
    if (open) fixRef.current?.focus();
  }, [open]);

  if (!open || !anchor) return null;
  return (
    // The gate checks it is on screen by this class and role (GATE_DIALOG_SELECTOR).
    <div
      className="sapa-gate"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={`${titleId}-list`}
      style={{
        width: DIALOG_WIDTH,
        ...placeDialog(anchor, { width: window.innerWidth, height: window.innerHeight }),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onFix();
      }}
    >
      <h2 id={titleId}>{t('gate.title')}</h2>
      <div id={`${titleId}-list`}>
        <p>{t('gate.intro')}</p>
        <ul>
          {items.map((item) => (
            <li key={item.ruleId}>{item.message[lang]}</li>
          ))}
        </ul>
      </div>
      <div className="sapa-actions">
        <button type="button" ref={fixRef} onClick={onFix}>
          {t('gate.fix')}
        </button>
        <button type="button" className="sapa-secondary" onClick={onPostAnyway}>
          {t('gate.postAnyway')}
        </button>
      </div>
    </div>
  );
}
