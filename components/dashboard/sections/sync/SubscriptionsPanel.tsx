import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useId, useState } from 'react';
import { checkSubscriptionUrl } from '@/lib/subscriptions/url';
import { useDashboard } from '../../context';
import { DismissButton } from '../../Notices';
import { Field } from '../form';
import { TitledSection } from '../titled';
import { SubscriptionItem } from './SubscriptionItem';

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
