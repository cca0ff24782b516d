import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { SubscriptionRecord } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { checkSubscriptionUrl } from '@/lib/subscriptions/url';
import { dateTimeFormat, useDashboard } from '../../context';
import { DismissButton } from '../../Notices';
import { Field } from '../form';
import { TitledSection } from '../titled';

/**
 * Subscribed libraries (docs/subscriptions.md): add a link to a published pack or hashtag CSV,
 * see when each was checked and whether the last check failed, check one now, remove one. The
 * background does the fetching; this page asks for the host permission (a prompt needs the
 * click) and reads the subscriptions from the database as they change.
 */
export function SubscriptionsPanel() {
  const { repos, t } = useDashboard();
  const subscriptions = useLiveQuery(() => repos.subscriptions.list(), [repos]);
  const [alert, setAlert] = useState('');
  return (
    <TitledSection card title={t('subscriptions.title')}>
      <p className="sapa-hint">{t('subscriptions.intro')}</p>
      <AddSubscription onAlert={setAlert} />
      {subscriptions === undefined ? (
        <p>{t('dashboard.loading')}</p>
      ) : subscriptions.length === 0 ? (
        <p>{t('subscriptions.none')}</p>
      ) : (
        <ul className="sapa-subscriptions" aria-label={t('subscriptions.listLabel')}>
          {subscriptions.map((sub) => (
            <SubscriptionItem key={sub.id} sub={sub} onAlert={setAlert} />
          ))}
        </ul>
      )}
      <div role="alert" className="sapa-errors">
        {alert && (
          <p>
            {alert} <DismissButton onClick={() => setAlert('')} />
          </p>
        )}
      </div>
    </TitledSection>
  );
}

function AddSubscription({ onAlert }: { onAlert: (text: string) => void }) {
  const { t, locale, background, requestOrigin, notify } = useDashboard();
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    onAlert('');
    const checked = checkSubscriptionUrl(url);
    if (!checked.ok) return onAlert(checked.message[locale]);
    // The browser shows its permission prompt only during the click: ask before any await.
    const asking = requestOrigin(checked.pattern);
    setBusy(true);
    void (async () => {
      try {
        const granted = await asking.catch(() => false);
        if (!granted)
          return onAlert(t('subscriptions.permissionDenied', { origin: checked.origin }));
        const res = await background.request('subscriptions.add', {
          url: checked.url,
          ...(title.trim() ? { title: title.trim() } : {}),
        });
        if (!res.ok) return onAlert(res.error.message[locale]);
        const sub = res.data;
        setUrl('');
        setTitle('');
        if (sub.lastError)
          onAlert(
            t('subscriptions.addedWithError', {
              title: sub.title,
              message: sub.lastError.message[locale],
            }),
          );
        else notify(t('subscriptions.added', { title: sub.title, count: sub.itemCount }));
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <form
      onSubmit={submit}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
      noValidate
      className="sapa-subscribe"
    >
      <h3 id={headingId}>{t('subscriptions.addTitle')}</h3>
      <Field
        label={t('subscriptions.url')}
        hint={t('subscriptions.urlHint')}
        type="url"
        required
        placeholder="https://"
        value={url}
        onChange={setUrl}
      />
      <Field
        label={t('subscriptions.name')}
        hint={t('subscriptions.nameHint')}
        value={title}
        onChange={setTitle}
      />
      <div className="sapa-actions">
        <button type="submit" disabled={busy || !url.trim()}>
          {busy ? t('subscriptions.adding') : t('subscriptions.add')}
        </button>
      </div>
    </form>
  );
}

function formatTime(at: number | null, locale: Locale, never: string): string {
  return at === null ? never : dateTimeFormat(locale).format(at);
}

function SubscriptionItem({
  sub,
  onAlert,
}: {
  sub: SubscriptionRecord;
  onAlert: (text: string) => void;
}) {
  const { t, locale, background, requestOrigin, notify } = useDashboard();
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const ids = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard focus follows the confirmation: onto "Yes, remove", back to "Remove" on cancel.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) removeRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const check = () => {
    if (checking) return;
    onAlert('');
    const checked = checkSubscriptionUrl(sub.url);
    const asking = checked.ok ? requestOrigin(checked.pattern) : Promise.resolve(true);
    setChecking(true);
    void (async () => {
      try {
        const granted = await asking.catch(() => false);
        if (!granted && checked.ok)
          return onAlert(t('subscriptions.permissionDeniedCheck', { origin: checked.origin }));
        const res = await background.request('subscriptions.refresh', { id: sub.id });
        if (!res.ok) return onAlert(res.error.message[locale]);
        const next = res.data[0];
        if (next?.lastError)
          onAlert(
            t('subscriptions.checkFailed', {
              title: next.title,
              message: next.lastError.message[locale],
            }),
          );
        else notify(t('subscriptions.upToDate', { title: next?.title ?? sub.title }));
      } finally {
        setChecking(false);
      }
    })();
  };

  const remove = async () => {
    setRemoving(true);
    try {
      const res = await background.request('subscriptions.remove', { id: sub.id });
      if (!res.ok) {
        setConfirming(false);
        return onAlert(res.error.message[locale]);
      }
      notify(t('subscriptions.removed', { title: sub.title, count: res.data.items }));
    } finally {
      setRemoving(false);
    }
  };

  const never = t('subscriptions.never');
  const kind =
    sub.kind === 'pack'
      ? t('subscriptions.kind.pack')
      : sub.kind === 'csv'
        ? t('subscriptions.kind.csv')
        : t('subscriptions.kind.none');

  return (
    <li className="sapa-subscription" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{sub.title}</h3>
      <p className="sapa-url">{sub.url}</p>
      <p>
        {kind} ·{' '}
        {t('subscriptions.counts', {
          templates: sub.counts.templates,
          sets: sub.counts.hashtagSets,
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
      {confirming ? (
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
              onClick={() => void remove()}
            >
              {removing ? t('subscriptions.removing') : t('subscriptions.confirmRemoveButton')}
            </button>
            <button type="button" className="sapa-secondary" onClick={() => setConfirming(false)}>
              {t('dashboard.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="sapa-actions">
          <button
            type="button"
            className="sapa-secondary"
            aria-label={checking ? undefined : t('subscriptions.checkNamed', { title: sub.title })}
            aria-busy={checking || undefined}
            disabled={checking}
            onClick={check}
          >
            {checking ? t('subscriptions.checking') : t('subscriptions.checkNow')}
          </button>
          <button
            type="button"
            ref={removeRef}
            className="sapa-danger"
            aria-label={t('subscriptions.removeNamed', { title: sub.title })}
            onClick={() => setConfirming(true)}
          >
            {t('subscriptions.remove')}
          </button>
        </div>
      )}
    </li>
  );
}
