import { useEffect, useRef, useState } from 'react';
import type { SubscriptionRecord } from '@/lib/db';
import { checkSubscriptionUrl } from '@/lib/subscriptions/url';
import { useDashboard } from '../../context';

/**
 * One subscription's actions: checking it now, and removing it after a confirmation that takes
 * keyboard focus while open. Problems go to `onAlert`, news to the dashboard's notices.
 */
export function useSubscriptionItem(sub: SubscriptionRecord, onAlert: (text: string) => void) {
  const { t, locale, background, requestOrigin, notify } = useDashboard();
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
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

  return { checking, confirming, removing, confirmRef, removeRef, check, remove, setConfirming };
}
