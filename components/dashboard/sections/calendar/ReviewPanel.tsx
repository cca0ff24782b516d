/**
 * A planned post's review (issue #16, item 5), inside its form: the checklist the writer sends
 * with it, the reviewer's Approve and Ask for changes with a comment, and the thread of comments
 * with names. The status rules (lib/calendar/status.ts) decide which part a member sees.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import {
  allowedActions,
  memberNames,
  type Actor,
  type PlanAction,
  type PlannedPostRecord,
  type ReviewCheck,
  type TeamMemberRecord,
} from '@/lib/calendar';
import { planText } from '@/lib/calendar/plan-summary';
import { allClear, reviewChecksOf } from '@/lib/calendar/review-checks';
import { runChecklist } from '@/lib/checklist';
import { teamChecklistData } from '@/lib/gate/team-checklist';
import { pickText } from '@/lib/library/render';
import type { MessageKey } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import { useDashboard } from '../../context';
import { Field, FormError } from '../form';
import { PLATFORM_KEYS } from '../platforms';
import { dateFormat } from '@/lib/i18n/formats';

const MARK = { block: '✕', warn: '!', info: 'i' } as const;

const KIND_KEYS: Record<PlannedPostRecord['comments'][number]['kind'], MessageKey> = {
  comment: 'calendar.review.kind.comment',
  'changes-requested': 'calendar.review.kind.changes-requested',
  approved: 'calendar.review.kind.approved',
};

type ReviewAction = Extract<PlanAction['kind'], 'send-for-review' | 'approve' | 'request-changes'>;

/** The status actions this panel answers for; the form shows the others. */
export const REVIEW_ACTIONS: readonly PlanAction['kind'][] = [
  'send-for-review',
  'approve',
  'request-changes',
];

function whenText(at: number, locale: string, zone: string): string {
  return dateFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: zone,
  }).format(new Date(at));
}

/** The plan's text on each of its platforms, as the panel would put it in, with the tags. */
function usePlanTexts(plan: PlannedPostRecord): { platform: PlatformId; text: string }[] | null {
  const { repos } = useDashboard();
  const template = useLiveQuery(
    async () => (plan.templateId ? ((await repos.templates.get(plan.templateId)) ?? null) : null),
    [repos, plan.templateId],
  );
  const set = useLiveQuery(
    async () =>
      plan.hashtagSetId ? ((await repos.hashtagSets.get(plan.hashtagSetId)) ?? null) : null,
    [repos, plan.hashtagSetId],
  );
  if (template === undefined || set === undefined) return null;
  return plan.platforms.map((platform) => ({
    platform,
    // A template's values filled in when posting stay as its placeholders here.
    text: planText(template ? pickText(template, platform).text : plan.caption, set?.tags ?? []),
  }));
}

/** The checklist on the plan's text, live, with the manual points the writer ticks. */
function SendForReview(props: {
  plan: PlannedPostRecord;
  busy: boolean;
  onSend: (checks: ReviewCheck[], comment: string) => void;
}) {
  const { t, repos } = useDashboard();
  const settings = useLiveQuery(() => repos.checklistSettings.get(), [repos]);
  const brand = useLiveQuery(() => repos.brandKit.get(), [repos]);
  const xPremium = useLiveQuery(() => repos.settings.get('xPremium'), [repos]) ?? false;
  const texts = usePlanTexts(props.plan);
  const [ticks, setTicks] = useState<Record<string, boolean>>({});
  const [comment, setComment] = useState('');
  const checks = useMemo(() => {
    if (!texts) return null;
    const team = teamChecklistData(settings, brand, xPremium);
    const runs = texts.map(({ platform, text }) => ({
      platform,
      results: runChecklist(
        { text, platform, brand: team.brand, xPremium: team.xPremium, ticks },
        team.settings,
      ),
    }));
    return reviewChecksOf(runs, ticks);
  }, [texts, settings, brand, xPremium, ticks]);

  return (
    <section className="sapa-review-part" aria-label={t('calendar.review.beforeSending')}>
      <h3>{t('calendar.review.beforeSending')}</h3>
      <p className="sapa-hint">{t('calendar.review.beforeSendingHint')}</p>
      {checks && (
        <CheckList
          checks={checks}
          onTick={(ruleId, on) => setTicks((current) => ({ ...current, [ruleId]: on }))}
        />
      )}
      <Field
        label={t('calendar.review.comment')}
        value={comment}
        onChange={setComment}
        multiline
        rows={2}
      />
      <div className="sapa-actions">
        <button
          type="button"
          disabled={props.busy || !checks}
          onClick={() => checks && props.onSend(checks, comment)}
        >
          {t('calendar.action.send-for-review')}
        </button>
      </div>
    </section>
  );
}

/** Failed checks by platform, and the manual points (ticked or not; tickable when `onTick`). */
function CheckList(props: {
  checks: readonly ReviewCheck[];
  onTick?: (ruleId: string, on: boolean) => void;
}) {
  const { t, locale } = useDashboard();
  if (allClear(props.checks) && !props.onTick)
    return <p className="sapa-ok">{t('calendar.review.allPassed')}</p>;
  const failed = props.checks.filter((check) => check.status === 'fail');
  const manual = props.checks.filter((check) => check.status === 'manual');
  return (
    <>
      {failed.length === 0 ? (
        <p className="sapa-ok">{t('calendar.review.noProblems')}</p>
      ) : (
        <ul className="sapa-list">
          {failed.map((check, index) => (
            <li key={index} className={`sapa-result sapa-result-${check.severity}`}>
              <span className="sapa-mark" aria-hidden="true">
                {MARK[check.severity]}
              </span>
              <span>
                <b>{t(PLATFORM_KEYS[check.platform])}:</b> {check.message[locale]}
              </span>
            </li>
          ))}
        </ul>
      )}
      {manual.length > 0 && (
        <ul className="sapa-list">
          {manual.map((check) => (
            <li key={check.ruleId} className="sapa-result">
              {props.onTick ? (
                <label className="sapa-check">
                  <input
                    type="checkbox"
                    checked={check.ticked === true}
                    onChange={(e) => props.onTick!(check.ruleId, e.target.checked)}
                  />
                  {check.message[locale]}
                </label>
              ) : (
                <>
                  <span className="sapa-mark" aria-hidden="true">
                    {check.ticked ? '✓' : '○'}
                  </span>
                  <span>
                    {check.message[locale]}{' '}
                    <span className={check.ticked ? 'sapa-ok' : 'sapa-warn'}>
                      ({t(check.ticked ? 'calendar.review.ticked' : 'calendar.review.notTicked')})
                    </span>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The reviewer's answer: Approve, or Ask for changes with the comment that says which. */
function ReviewerAnswer(props: {
  canApprove: boolean;
  canAskChanges: boolean;
  busy: boolean;
  onAnswer: (kind: 'approve' | 'request-changes', comment: string) => void;
}) {
  const { t } = useDashboard();
  const [comment, setComment] = useState('');
  return (
    <section className="sapa-review-part" aria-label={t('calendar.review.answer')}>
      <h3>{t('calendar.review.answer')}</h3>
      <Field
        label={t('calendar.review.commentForWriter')}
        value={comment}
        onChange={setComment}
        multiline
        rows={3}
        hint={t('calendar.review.commentHint')}
      />
      <div className="sapa-actions">
        {props.canApprove && (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onAnswer('approve', comment)}
          >
            {t('calendar.action.approve')}
          </button>
        )}
        {props.canAskChanges && (
          <button
            type="button"
            disabled={props.busy}
            onClick={() => props.onAnswer('request-changes', comment)}
          >
            {t('calendar.action.request-changes')}
          </button>
        )}
      </div>
    </section>
  );
}

export function ReviewPanel(props: {
  plan: PlannedPostRecord;
  me: Actor;
  members: TeamMemberRecord[];
  zone: string;
  onTransitioned: (plan: PlannedPostRecord) => void;
}) {
  const { t, locale, background } = useDashboard();
  const { plan } = props;
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = allowedActions(plan, props.me);
  const named = memberNames(props.members);
  const nameOf = (id: string) => named(id) ?? id;

  const act = async (action: Extract<PlanAction, { kind: ReviewAction }>) => {
    setBusy(true);
    try {
      const res = await background.request('calendar.transition', { id: plan.id, action });
      if (!res.ok) return setError(res.error.message[locale]);
      if (!res.data.ok)
        return setError(
          t(
            res.data.refusal === 'no-reviewer'
              ? 'calendar.action.noReviewer'
              : res.data.refusal === 'comment-required'
                ? 'calendar.review.commentRequired'
                : 'calendar.action.refused',
          ),
        );
      setError(null);
      props.onTransitioned(res.data.plan);
    } finally {
      setBusy(false);
    }
  };

  const answer = (kind: 'approve' | 'request-changes', comment: string) => {
    const text = comment.trim();
    if (kind === 'request-changes' && !text) return setError(t('calendar.review.commentRequired'));
    void act(text ? { kind, comment: text } : { kind: 'approve' });
  };

  const sending = allowed.includes('send-for-review');
  const answering = allowed.includes('approve') || allowed.includes('request-changes');
  const sent = plan.reviewChecks;
  if (!sending && !answering && !sent && plan.comments.length === 0) return null;

  return (
    <section className="sapa-review" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('calendar.review.title')}</h3>
      {sent && plan.status !== 'draft' && plan.status !== 'idea' && (
        <section className="sapa-review-part" aria-label={t('calendar.review.checksTitle')}>
          <h3>{t('calendar.review.checksTitle')}</h3>
          <p className="sapa-hint">
            {t('calendar.review.sentBy', {
              name: nameOf(sent.by),
              when: whenText(sent.at, locale, props.zone),
            })}
          </p>
          <CheckList checks={sent.results} />
        </section>
      )}
      {sending && (
        <SendForReview
          plan={plan}
          busy={busy}
          onSend={(checks, comment) => {
            const text = comment.trim();
            void act({ kind: 'send-for-review', checks, ...(text ? { comment: text } : {}) });
          }}
        />
      )}
      {answering && (
        <ReviewerAnswer
          canApprove={allowed.includes('approve')}
          canAskChanges={allowed.includes('request-changes')}
          busy={busy}
          onAnswer={answer}
        />
      )}
      <FormError message={error} />
      {plan.comments.length > 0 && (
        <section className="sapa-review-part" aria-label={t('calendar.review.thread')}>
          <h3>{t('calendar.review.thread')}</h3>
          <ol className="sapa-review-thread">
            {plan.comments.map((c) => (
              <li key={c.id}>
                <p className="sapa-hint">
                  <b>{nameOf(c.by)}</b> · {t(KIND_KEYS[c.kind])} ·{' '}
                  {whenText(c.at, locale, props.zone)}
                </p>
                <p className="sapa-review-text">{c.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
