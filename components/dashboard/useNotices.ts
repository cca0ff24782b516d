import { useCallback, useRef, useState } from 'react';
import { classifyDbError } from '@/lib/db';
import { CsvImportError } from '@/lib/exchange/csv-error';
import type { Locale, Translator } from '@/lib/i18n';
import { ERROR_MESSAGE_KEYS } from '@/lib/messaging';
import type { DashboardEnv, Notice } from './context';

/**
 * The one notice the dashboard shows at a time: `notify` for news (with an action such as Undo),
 * `fail` for errors, running the notice's action, and dismissing it.
 */
export function useNotices(t: Translator, locale: Locale) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const counter = useRef(0);

  const notify = useCallback<DashboardEnv['notify']>((text, action) => {
    counter.current += 1;
    setNotice({ id: counter.current, kind: 'status', text, ...(action ? { action } : {}) });
  }, []);

  const fail = useCallback<DashboardEnv['fail']>(
    (error, what) => {
      counter.current += 1;
      // Database failure codes are a subset of the protocol's, so its table of messages serves.
      const reason =
        error instanceof CsvImportError
          ? error.problems.map((p) => p.message[locale]).join(' ')
          : t(ERROR_MESSAGE_KEYS[classifyDbError(error)]);
      const text = what ? `${what} ${reason}` : reason;
      console.error('[sapa dashboard]', error);
      setNotice({ id: counter.current, kind: 'error', text });
    },
    [t, locale],
  );

  const runAction = async () => {
    const action = notice?.action;
    if (!action) return;
    setNotice(null);
    try {
      await action.run();
    } catch (error) {
      fail(error);
    }
  };

  return { notice, notify, fail, runAction, dismiss: () => setNotice(null) };
}
