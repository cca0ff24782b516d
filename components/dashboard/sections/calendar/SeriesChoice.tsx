import { useEffect, useId, useRef } from 'react';
import type { Occurrence } from '@/lib/calendar';
import { useDashboard } from '../../context';
import type { PlanDraft } from './PlanForm';

/** The form's fields for one opened occurrence of a series: its own changes shown. */
export function draftOfOccurrence(series: PlanDraft, occurrence: Occurrence): PlanDraft {
  return {
    ...series,
    date: occurrence.date,
    time: occurrence.time,
    title: occurrence.title,
    caption: occurrence.caption,
    // Empty when nobody is on this day: the series has no assignee, or the day is `unassigned`.
    assignee: occurrence.assignee ?? '',
    notes: occurrence.notes,
  };
}

/** What a save of an opened occurrence applies to. */
export type SeriesScope = 'only' | 'following' | 'all';

/**
 * "Only this occurrence", "This and the following occurrences" or "All occurrences", asked when
 * a person saves an occurrence of a series. The first choice takes the focus; Escape or "Back to
 * the form" returns to the form. `onlyBlocked`: the changes belong to the series, so only the
 * last two can save them (a series split at this occurrence is a series of its own).
 */
export function SeriesChoice(props: {
  onlyBlocked: boolean;
  onChoose: (scope: SeriesScope) => void;
  onBack: () => void;
}) {
  const { t } = useDashboard();
  const questionId = useId();
  const hintId = useId();
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus();
  }, []);
  return (
    <div
      ref={first}
      className="sapa-card sapa-cal-scope"
      role="group"
      aria-labelledby={questionId}
      aria-describedby={props.onlyBlocked ? hintId : undefined}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The form closes on Escape; here it only closes the question.
        e.stopPropagation();
        props.onBack();
      }}
    >
      <p id={questionId}>{t('calendar.scope.question')}</p>
      {props.onlyBlocked && (
        <p id={hintId} className="sapa-hint">
          {t('calendar.scope.onlyBlocked')}
        </p>
      )}
      <div className="sapa-actions">
        <button type="button" disabled={props.onlyBlocked} onClick={() => props.onChoose('only')}>
          {t('calendar.scope.only')}
        </button>
        <button type="button" onClick={() => props.onChoose('following')}>
          {t('calendar.scope.following')}
        </button>
        <button type="button" onClick={() => props.onChoose('all')}>
          {t('calendar.scope.all')}
        </button>
        <button type="button" onClick={props.onBack}>
          {t('calendar.scope.back')}
        </button>
      </div>
    </div>
  );
}
