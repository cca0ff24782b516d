/**
 * From plan to post in the panel (issue #16, item 4): the plan this tab was opened for (or the
 * one picked) shown first with its caption and hashtag set ready to insert, and in the header
 * today's and the overdue plans for this platform. Inserting goes the way a template does
 * (`onInsert`: the caret stays in the composer, Undo works), and a post confirmed here marks the
 * plan posted in the background (lib/calendar/plan-link.ts).
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { planText } from '@/lib/calendar/plan-summary';
import type { PanelPlan, PanelPlans } from '@/lib/calendar/requests';
import type { Translator } from '@/lib/i18n';
import type { SapaClient, SapaError } from '@/lib/messaging';
import type { PanelState, PanelStore } from '@/lib/panel/panel-store';
import type { PlatformId } from '@/lib/platforms/types';
import { expandShortcut } from '@/lib/quick-insert/expand';
import { partlyPostedText, statusText } from '@/lib/calendar/status-labels';
import { keepComposerFocus, type LibraryData, type TabContext } from './shared';
import { dateFormat } from '@/lib/i18n/formats';

/** How many of each list the header shows; the calendar page has the rest. */
const SHORT_LIST = 5;

/** The panel's plans, read on mount and whenever the calendar or its library parts change. */
export function usePanelPlans(
  client: SapaClient,
  platform: PlatformId,
  changed: number,
  fail: (error: SapaError) => void,
) {
  const [plans, setPlans] = useState<PanelPlans | null>(null);
  useEffect(() => {
    let current = true;
    void client.request('calendar.panelPlans', { platform }).then((res) => {
      if (!current) return;
      if (res.ok) setPlans(res.data);
      else fail(res.error);
    });
    return () => {
      current = false;
    };
  }, [client, platform, changed, fail]);
  const choose = useCallback(
    async (plan: PanelPlan | null) => {
      const res = await client.request('calendar.choosePlan', {
        platform,
        ...(plan ? { id: plan.planId } : {}),
        ...(plan?.occurrence ? { occurrence: plan.occurrence } : {}),
      });
      if (res.ok) setPlans(res.data);
      else fail(res.error);
    },
    [client, platform, fail],
  );
  return { plans, choose };
}

/**
 * Tells the checklist and the publish gate which plan this tab is for and whether it is approved
 * (docs/checklist.md item 19); read again with the plans, so a reviewer's approval arriving
 * through sync counts at the next press.
 */
export function useLinkedPlan(store: PanelStore, plans: PanelPlans | null) {
  const chosen = plans?.chosen ?? null;
  const title = chosen?.title ?? null;
  const approved = chosen?.status === 'approved' || chosen?.status === 'posted';
  useEffect(() => {
    store.setState({ linkedPlan: title === null ? null : { title, approved } });
  }, [store, title, approved]);
}

/** "Sel, 8 Des" / "Tue 8 Dec": the plan's day in the UI language (a day, not an instant). */
function dayText(day: string, locale: string): string {
  return dateFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The caption the plan puts in: its template filled in as the panel fills a chosen one (defaults,
 * the brand kit), else its free caption. `ask`: the template needs values the person must give.
 */
export function planCaption(
  plan: PanelPlan,
  state: Pick<PanelState, 'platform' | 'locale'>,
  library: Pick<LibraryData, 'brandKit'>,
): { kind: 'text'; text: string } | { kind: 'ask'; template: NonNullable<PanelPlan['template']> } {
  if (!plan.template) return { kind: 'text', text: plan.caption };
  const expansion = expandShortcut(
    { kind: 'template', template: plan.template },
    { platform: state.platform, locale: state.locale, brandKit: library.brandKit },
  );
  return expansion.kind === 'ask'
    ? { kind: 'ask', template: plan.template }
    : { kind: 'text', text: expansion.text };
}

/** The plan shown first, above the tabs, with Insert. */
export function PlannedPostCard({
  plan,
  ctx,
  store,
  onDismiss,
}: {
  plan: PanelPlan;
  ctx: Pick<TabContext, 'state' | 't' | 'library' | 'onInsert'>;
  store: PanelStore;
  onDismiss: () => void;
}) {
  const { state, t, library, onInsert } = ctx;
  const titleId = useId();
  const caption = planCaption(plan, state, library);
  const tags = plan.hashtagSet?.tags ?? [];
  const text = caption.kind === 'text' ? planText(caption.text, tags) : '';
  const askValues = () => {
    if (caption.kind !== 'ask') return;
    const count = (store.getState().askTemplate?.count ?? 0) + 1;
    store.setState({ askTemplate: { template: caption.template, count } });
  };
  return (
    <section className="sapa-plan" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('plan.heading')}</h2>
      <p>
        <strong>{plan.title}</strong>
      </p>
      <p className="sapa-muted">
        {t('plan.when', {
          date: dayText(plan.date, state.locale),
          time: plan.time,
          status: statusText(t, state.locale, plan),
        })}
      </p>
      {caption.kind === 'text' ? (
        text ? (
          <p className="sapa-preview">{text}</p>
        ) : (
          <p className="sapa-muted">{t('plan.noCaption')}</p>
        )
      ) : (
        <p className="sapa-muted">{t('plan.needsValues', { name: caption.template.name })}</p>
      )}
      {plan.hashtagSet && (
        <p className="sapa-muted">{t('plan.hashtagSet', { name: plan.hashtagSet.name })}</p>
      )}
      <div className="sapa-actions">
        {caption.kind === 'text' ? (
          <button
            type="button"
            disabled={state.busy || !text}
            onMouseDown={keepComposerFocus}
            onClick={() =>
              onInsert(text, 'caret', plan.template ? { templateId: plan.template.id } : undefined)
            }
          >
            {t('plan.insert')}
          </button>
        ) : (
          <button type="button" onClick={askValues}>
            {t('plan.fillTemplate')}
          </button>
        )}
        <button type="button" className="sapa-secondary sapa-small" onClick={onDismiss}>
          {t('plan.dismiss')}
        </button>
      </div>
      {plan.status !== 'posted' && plan.status !== 'skipped' && (
        <p className="sapa-muted">{t('plan.marksPosted')}</p>
      )}
    </section>
  );
}

/** The header's line of today's and overdue plans, opening a short list to pick one from. */
export function DuePlans({
  plans,
  t,
  locale,
  onPick,
}: {
  plans: PanelPlans | null;
  t: Translator;
  locale: string;
  onPick: (plan: PanelPlan) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (!plans || plans.dueToday.length + plans.overdue.length === 0) return null;
  const item = (plan: PanelPlan, overdue: boolean) => {
    // A plan for several platforms stays due until it went out on each: say where it already did.
    const partly = partlyPostedText(t, locale, plan);
    return (
      <li key={`${plan.planId}@${plan.occurrence ?? ''}`}>
        <button
          type="button"
          className="sapa-plan-pick"
          onClick={() => {
            setOpen(false);
            onPick(plan);
          }}
        >
          {t(overdue ? 'plan.itemOverdue' : 'plan.item', {
            title: plan.title,
            date: dayText(plan.date, locale),
            time: plan.time,
          })}
          {partly && ` · ${partly}`}
        </button>
      </li>
    );
  };
  return (
    <div className="sapa-due">
      <button
        type="button"
        className="sapa-secondary sapa-small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('plan.due', {
          today: t('plan.today', { count: plans.dueToday.length }),
          overdue: t('plan.overdue', { count: plans.overdue.length }),
        })}
      </button>
      <ul id={listId} hidden={!open} aria-label={t('plan.dueList')}>
        {plans.overdue.slice(0, SHORT_LIST).map((p) => item(p, true))}
        {plans.dueToday.slice(0, SHORT_LIST).map((p) => item(p, false))}
      </ul>
    </div>
  );
}
