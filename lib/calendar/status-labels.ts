/** The message key of each plan status: the calendar page and the panel name statuses alike. */
import { formatList, type MessageKey, type Translator } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import { postingProgress } from './plan-summary';
import type { PlanStatus, PostedOn } from './types';

export const STATUS_KEYS: Record<PlanStatus, MessageKey> = {
  idea: 'calendar.status.idea',
  draft: 'calendar.status.draft',
  'in-review': 'calendar.status.in-review',
  approved: 'calendar.status.approved',
  posted: 'calendar.status.posted',
  skipped: 'calendar.status.skipped',
};

/**
 * A plan's (or occurrence's) status as the calendar, its list and the panel say it: a plan still
 * open but posted on some of its platforms says so ("Posted on Instagram; Facebook to go").
 */
export function statusText(t: Translator, locale: string, shown: ShownPlan): string {
  return partlyPostedText(t, locale, shown) ?? t(STATUS_KEYS[shown.status]);
}

interface ShownPlan {
  status: PlanStatus;
  platforms: readonly PlatformId[];
  postedOn?: PostedOn;
}

/** "Posted on Instagram; Facebook to go" for a plan still open but posted somewhere, else null. */
export function partlyPostedText(t: Translator, locale: string, shown: ShownPlan): string | null {
  const { posted, left } = postingProgress(shown.platforms, shown.postedOn);
  if (shown.status === 'posted' || shown.status === 'skipped' || !posted.length || !left.length)
    return null;
  const names = (ids: PlatformId[]) =>
    formatList(
      locale,
      ids.map((p) => t(`platform.${p}` as MessageKey)),
    );
  return t('calendar.status.partlyPosted', { posted: names(posted), left: names(left) });
}
