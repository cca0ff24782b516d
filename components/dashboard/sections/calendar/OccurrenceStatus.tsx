/**
 * One day of a repeating plan is posted or skipped on its own (lib/calendar/occurrence-status.ts):
 * its buttons act on that day only, and say so. The review stays with the whole series.
 */
import {
  occurrenceActions,
  occurrenceStatus,
  type Actor,
  type OccurrenceAction,
  type PlannedPostRecord,
} from '@/lib/calendar';
import type { MessageKey } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { dayText } from './day-text';
import { STATUS_KEYS } from './labels';
import { occurrenceOf } from '@/lib/calendar/plan-to-post';
import { statusText } from '@/lib/calendar/status-labels';

const OCCURRENCE_ACTION_KEYS: Record<OccurrenceAction, MessageKey> = {
  'mark-posted': 'calendar.occurrence.mark-posted',
  skip: 'calendar.occurrence.skip',
  reopen: 'calendar.occurrence.reopen',
};

export function OccurrenceStatus(props: {
  plan: PlannedPostRecord;
  /** The occurrence's original day (names it in the series). */
  occurrence: string;
  /** The day it shows on (moved or not), for the notice. */
  shownDate: string;
  me: Actor;
  onDone: (plan: PlannedPostRecord, notice: string) => void;
  onError: (message: string) => void;
}) {
  const { t, background, locale } = useDashboard();
  const { plan, occurrence } = props;
  const actions = occurrenceActions(plan, occurrence, props.me);

  const act = async (action: OccurrenceAction) => {
    const res = await background.request('calendar.editOccurrence', {
      id: plan.id,
      originalDate: occurrence,
      change: { kind: 'status', action },
    });
    if (!res.ok) return props.onError(res.error.message[locale]);
    const status = t(STATUS_KEYS[occurrenceStatus(res.data, occurrence)]);
    props.onDone(
      res.data,
      t('calendar.occurrence.done', {
        title: plan.title,
        date: dayText(props.shownDate, locale),
        status,
      }),
    );
  };

  return (
    <>
      <p className="sapa-hint">
        {t('calendar.occurrence.status', {
          status: statusText(t, locale, occurrenceOf(plan, occurrence)),
          series: t(STATUS_KEYS[plan.status]),
        })}
      </p>
      {actions.length > 0 && (
        <div className="sapa-actions" role="group" aria-label={t('calendar.occurrence.actions')}>
          {actions.map((action) => (
            <button key={action} type="button" onClick={() => void act(action)}>
              {t(OCCURRENCE_ACTION_KEYS[action])}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
