import { useId, type RefObject } from 'react';
import type { SubscriptionRecord } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { dateTimeFormat, useDashboard } from '../../context';
import { useSubscriptionItem } from './useSubscriptionItem';

function formatTime(at: number | null, locale: Locale, never: string): string {
  return at === null ? never : dateTimeFormat(locale).format(at);
}

/** One subscribed library: what it is and holds, when it was checked, and its actions. */
export function SubscriptionItem({
  sub,
  onAlert,
}: {
  sub: SubscriptionRecord;
  onAlert: (text: string) => void;
}) {
  const item = useSubscriptionItem(sub, onAlert);
  const ids = useId();
  return (
    <li className="sapa-subscription" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{sub.title}</h3>
      <SubscriptionDetails sub={sub} />
      {item.confirming ? (
        <RemoveConfirmation
          sub={sub}
          removing={item.removing}
          confirmRef={item.confirmRef}
          onConfirm={() => void item.remove()}
          onCancel={() => item.setConfirming(false)}
        />
      ) : (
        <SubscriptionActions
          sub={sub}
          checking={item.checking}
          removeRef={item.removeRef}
          onCheck={item.check}
          onRemove={() => item.setConfirming(true)}
        />
      )}
    </li>
  );
}

/** The library's address, kind, counts, last check and change, and the last failure. */
function SubscriptionDetails({ sub }: { sub: SubscriptionRecord }) {
  const { t, locale } = useDashboard();
  const never = t('subscriptions.never');
  const kind =
    sub.kind === 'pack'
      ? t('subscriptions.kind.pack')
      : sub.kind === 'csv'
        ? t('subscriptions.kind.csv')
        : t('subscriptions.kind.none');
  return (
    <>
      <p className="sapa-url">{sub.url}</p>
      <p>
        {kind} ·{' '}
        {t('subscriptions.counts', {
          templates: t('count.templates', { count: sub.counts.templates }),
          sets: t('count.hashtagSets', { count: sub.counts.hashtagSets }),
        })}
      </p>
      <p className="sapa-hint">
        {t('subscriptions.lastChecked', { time: formatTime(sub.lastCheckedAt, locale, never) })}
        {' · '}
        {t('subscriptions.lastChanged', { time: formatTime(sub.lastChangedAt, locale, never) })}
      </p>
      {sub.lastError && (
        <p className="sapa-errors">
          <strong>{t('subscriptions.failed')}</strong> {sub.lastError.message[locale]}
        </p>
      )}
    </>
  );
}

/** "Remove this library and its N items?" with "Yes, remove" and Cancel. */
function RemoveConfirmation({
  sub,
  removing,
  confirmRef,
  onConfirm,
  onCancel,
}: {
  sub: SubscriptionRecord;
  removing: boolean;
  confirmRef: RefObject<HTMLButtonElement | null>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useDashboard();
  const ids = useId();
  return (
    <div role="group" aria-labelledby={`${ids}-confirm`} className="sapa-confirm">
      <p id={`${ids}-confirm`}>
        {t('subscriptions.confirmRemove', { title: sub.title, count: sub.itemCount })}
      </p>
      <div className="sapa-actions">
        <button
          type="button"
          ref={confirmRef}
          className="sapa-danger"
          disabled={removing}
          onClick={onConfirm}
        >
          {removing ? t('subscriptions.removing') : t('subscriptions.confirmRemoveButton')}
        </button>
        <button type="button" className="sapa-secondary" onClick={onCancel}>
          {t('dashboard.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Check now and Remove, each named with the library's title for screen readers. */
function SubscriptionActions({
  sub,
  checking,
  removeRef,
  onCheck,
  onRemove,
}: {
  sub: SubscriptionRecord;
  checking: boolean;
  removeRef: RefObject<HTMLButtonElement | null>;
  onCheck: () => void;
  onRemove: () => void;
}) {
  const { t } = useDashboard();
  return (
    <div className="sapa-actions">
      <button
        type="button"
        className="sapa-secondary"
        aria-label={checking ? undefined : t('subscriptions.checkNamed', { title: sub.title })}
        aria-busy={checking || undefined}
        disabled={checking}
        onClick={onCheck}
      >
        {checking ? t('subscriptions.checking') : t('subscriptions.checkNow')}
      </button>
      <button
        type="button"
        ref={removeRef}
        className="sapa-danger"
        aria-label={t('subscriptions.removeNamed', { title: sub.title })}
        onClick={onRemove}
      >
        {t('subscriptions.remove')}
      </button>
    </div>
  );
}
