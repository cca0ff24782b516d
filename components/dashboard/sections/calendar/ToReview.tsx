/**
 * "To review": the planned posts waiting for this browser's member to approve or ask for changes
 * (issue #16, item 5), whatever month they fall in, soonest first. Read again whenever a write
 * touches the plans (a teammate's "send for review" arriving through team sync, too).
 */
import { memo, useEffect, useId, useState } from 'react';
import { memberNames, type PlannedPostRecord, type TeamMemberRecord } from '@/lib/calendar';
import { watchCommittedWrites } from '@/lib/db';
import { formatList } from '@/lib/i18n';
import { useDashboard } from '../../context';
import { PLATFORM_KEYS } from '../platforms';
import { dayText } from './day-text';

/** Rows shown before "Show all": a coordinator may have a month's reviews waiting. */
const FIRST_ROWS = 10;

/** Memoised: the calendar page re-renders on every notice and drag, this list need not. */
export const ToReview = memo(function ToReview(props: {
  members: TeamMemberRecord[];
  onOpen: (plan: PlannedPostRecord) => void;
}) {
  const { t, locale, background, db, fail } = useDashboard();
  const [plans, setPlans] = useState<PlannedPostRecord[] | null>(null);
  const [version, setVersion] = useState(0);
  const [all, setAll] = useState(false);
  const headingId = useId();

  useEffect(
    () =>
      watchCommittedWrites(db.name, (tables) => {
        if (tables.includes('plannedPosts') || tables.includes('teamMembers'))
          setVersion((v) => v + 1);
      }),
    [db.name],
  );
  useEffect(() => {
    let live = true;
    void background.request('calendar.toReview').then((res) => {
      if (!live) return;
      if (res.ok) setPlans(res.data);
      else fail(res.error);
    });
    return () => {
      live = false;
    };
  }, [background, fail, version]);

  if (!plans) return null;
  const named = memberNames(props.members);
  const nameOf = (id: string | undefined) => (id ? (named(id) ?? id) : undefined);
  return (
    <section className="sapa-card sapa-cal-review" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {plans.length
          ? t('calendar.toReview.count', { count: plans.length })
          : t('calendar.toReview.title')}
      </h2>
      {plans.length === 0 ? (
        <p className="sapa-muted">{t('calendar.toReview.empty')}</p>
      ) : (
        <ul className="sapa-cal-review-list">
          {(all ? plans : plans.slice(0, FIRST_ROWS)).map((plan) => {
            const writer = nameOf(plan.assignee ?? plan.reviewChecks?.by);
            return (
              <li key={plan.id}>
                <button
                  type="button"
                  className="sapa-link-button"
                  aria-label={t('calendar.toReview.open', { title: plan.title })}
                  onClick={() => props.onOpen(plan)}
                >
                  {plan.title}
                </button>{' '}
                <span className="sapa-hint">
                  {dayText(plan.date, locale)} {plan.time} ·{' '}
                  {formatList(
                    locale,
                    plan.platforms.map((p) => t(PLATFORM_KEYS[p])),
                  )}
                  {writer ? ` · ${t('calendar.toReview.by', { name: writer })}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!all && plans.length > FIRST_ROWS && (
        <button type="button" className="sapa-secondary" onClick={() => setAll(true)}>
          {t('calendar.toReview.showAll', { count: plans.length })}
        </button>
      )}
    </section>
  );
});
