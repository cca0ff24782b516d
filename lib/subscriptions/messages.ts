/**
 * A failed check as Sapa stores it: a code and the message in both UI languages, rendered from
 * the locale catalogue when the check happens (the dashboard shows `message[locale]`).
 */
import { translate, type MessageKey } from '@/lib/i18n';
import type { LocalizedText, SubscriptionError, SubscriptionErrorCode } from '@/lib/db/types';

type Params = Record<string, string | number>;

function both(key: MessageKey, params?: Params): LocalizedText {
  return { id: translate('id', key, params), en: translate('en', key, params) };
}

/** What went wrong while fetching, before it becomes a stored, bilingual error. */
export type CheckFailure =
  | { code: 'permission'; origin: string }
  | { code: 'unreachable'; host: string; timeoutSeconds?: number }
  | { code: 'not-found'; status: number }
  | { code: 'http'; status: number }
  | { code: 'too-large'; maxBytes: number }
  | { code: 'redirect'; origin: string }
  | { code: 'invalid'; problems: LocalizedText[] };

/** How many of a source's problems the message names. */
export const PROBLEMS_SHOWN = 3;

function message(failure: CheckFailure): LocalizedText {
  switch (failure.code) {
    case 'permission':
      return both('subscriptions.error.permission', { origin: failure.origin });
    case 'unreachable': {
      const detail =
        failure.timeoutSeconds !== undefined
          ? both('subscriptions.error.timeout', { seconds: failure.timeoutSeconds })
          : both('subscriptions.error.network');
      return {
        id: translate('id', 'subscriptions.error.unreachable', {
          host: failure.host,
          detail: detail.id,
        }),
        en: translate('en', 'subscriptions.error.unreachable', {
          host: failure.host,
          detail: detail.en,
        }),
      };
    }
    case 'not-found':
      return both('subscriptions.error.notFound', { status: failure.status });
    case 'http':
      return both('subscriptions.error.http', { status: failure.status });
    case 'too-large':
      return both('subscriptions.error.tooLarge', {
        max: Math.round((failure.maxBytes / (1024 * 1024)) * 10) / 10,
      });
    case 'redirect':
      return both('subscriptions.error.redirect', { origin: failure.origin });
    case 'invalid': {
      const shown = failure.problems.slice(0, PROBLEMS_SHOWN);
      const more = failure.problems.length > shown.length ? ' …' : '';
      return {
        id: translate('id', 'subscriptions.error.invalid', {
          problems: shown.map((p) => p.id).join('; ') + more,
        }),
        en: translate('en', 'subscriptions.error.invalid', {
          problems: shown.map((p) => p.en).join('; ') + more,
        }),
      };
    }
  }
}

export function subscriptionError(failure: CheckFailure, at: number): SubscriptionError {
  const code: SubscriptionErrorCode = failure.code;
  return { code, message: message(failure), at };
}

/** The problem named when a link gives a web page instead of a file. */
export function htmlProblem(): LocalizedText {
  return both('subscriptions.error.html');
}
