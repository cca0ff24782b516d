/**
 * A catalogue problem or notice → the message the dashboard and panel show, in both UI
 * languages (assets/locales, keys `catalogue.*`).
 */
import { translate, type MessageKey } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/db/types';
import type { CatalogueNotice } from './merge';
import type { CatalogueProblem } from './types';

type Params = Record<string, string | number>;

function both(key: MessageKey, params?: Params): LocalizedText {
  return { id: translate('id', key, params), en: translate('en', key, params) };
}

/** `host` names the catalogue in the messages whose problem does not carry it. */
export function catalogueProblemMessage(problem: CatalogueProblem, host: string): LocalizedText {
  switch (problem.code) {
    case 'not-slims':
      return both('catalogue.problem.notSlims', { host });
    case 'switched-off':
      return both(`catalogue.problem.switchedOff.${problem.output}`);
    case 'malformed':
      return both('catalogue.problem.malformed', { detail: problem.detail });
    case 'unreachable':
      return both('catalogue.problem.unreachable', { host: problem.host });
    case 'timeout':
      return both('catalogue.problem.timeout', { host: problem.host, seconds: problem.seconds });
    case 'http':
      return both('catalogue.problem.http', { host: problem.host, status: problem.status });
    case 'redirected':
      return both('catalogue.problem.redirected', { host: problem.host, to: problem.to });
  }
}

export function catalogueNoticeMessage(notice: CatalogueNotice, host: string): LocalizedText {
  switch (notice.code) {
    case 'kept-last-good': {
      const problem = catalogueProblemMessage(notice.problem, host);
      return {
        id: translate('id', 'catalogue.notice.keptLastGood', { problem: problem.id }),
        en: translate('en', 'catalogue.notice.keptLastGood', { problem: problem.en }),
      };
    }
    case 'partial':
      return both('catalogue.notice.partial', { count: notice.skipped });
    case 'empty':
      return both('catalogue.notice.empty');
  }
}
