import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import {
  allowedActions,
  type Actor,
  type PlanAction,
  type PlannedPostRecord,
  type TeamMemberRecord,
} from '@/lib/calendar';
import type { PlanInput } from '@/lib/calendar/requests';
import { PLATFORM_IDS, type PlatformId } from '@/lib/db';
import { useDashboard } from '../../context';
import { Field, FormError, SelectField } from '../form';
import { PLATFORM_KEYS } from '../platforms';
import { ACTION_KEYS } from './labels';
import { statusText } from '@/lib/calendar/status-labels';
import { OccurrenceStatus } from './OccurrenceStatus';
import { RepeatField, repeatProblem } from './RepeatField';
import { REVIEW_ACTIONS, ReviewPanel } from './ReviewPanel';
import { SeriesChoice, type SeriesScope } from './SeriesChoice';
import { useSeriesEdit } from './useSeriesEdit';

/** The status actions that need nothing more than a press (start, skip, reopen, posted). */
type SimpleAction = Exclude<PlanAction['kind'], 'send-for-review' | 'approve' | 'request-changes'>;

export interface PlanDraft {
  id?: string;
  title: string;
  platforms: PlatformId[];
  date: string;
  time: string;
  caption: string;
  templateId: string;
  hashtagSetId: string;
  assignee: string;
  reviewer: string;
  notes: string;
}

export function emptyDraft(date: string, time = '09:00'): PlanDraft {
  return {
    title: '',
    platforms: ['instagram'],
    date,
    time,
    caption: '',
    templateId: '',
    hashtagSetId: '',
    assignee: '',
    reviewer: '',
    notes: '',
  };
}

export function draftOf(plan: PlannedPostRecord): PlanDraft {
  return {
    id: plan.id,
    title: plan.title,
    platforms: [...plan.platforms],
    date: plan.date,
    time: plan.time,
    caption: plan.caption,
    templateId: plan.templateId ?? '',
    hashtagSetId: plan.hashtagSetId ?? '',
    assignee: plan.assignee ?? '',
    reviewer: plan.reviewer ?? '',
    notes: plan.notes,
  };
}

/**
 * The request's payload: empty choices are left out (the plan then has none). A series keeps its
 * rule and exceptions: the background changes only the fields sent.
 */
export function payloadOf(draft: PlanDraft): PlanInput {
  const optional = (value: string) => (value ? value : undefined);
  return {
    ...(draft.id ? { id: draft.id } : {}),
    title: draft.title.trim(),
    platforms: draft.platforms,
    date: draft.date,
    time: draft.time,
    caption: draft.caption,
    notes: draft.notes,
    templateId: optional(draft.templateId),
    hashtagSetId: optional(draft.hashtagSetId),
    assignee: optional(draft.assignee),
    reviewer: optional(draft.reviewer),
  };
}

/**
 * The form to plan a post or edit a planned one: title, platforms, day and time (in the
 * library's zone), caption or template, hashtag set, assignee, reviewer and notes. The title
 * takes the focus when the form opens, so keyboard users land in it.
 */
export function PlanForm(props: {
  draft: PlanDraft;
  plan: PlannedPostRecord | undefined;
  /** The occurrence of a series that was opened (its original day), for "Open composer". */
  occurrence?: string;
  members: TeamMemberRecord[];
  /** Who this browser acts as: which status buttons it gets. */
  me: Actor;
  zone: string;
  /** `notice`: what to tell the person, when the page's own notice would not fit (a series). */
  onSaved: (plan: PlannedPostRecord, what?: 'status', notice?: string) => void;
  onDeleted: (plan: PlannedPostRecord) => void;
  onClose: () => void;
}) {
  const { t, repos, background, locale } = useDashboard();
  const [draft, setDraft] = useState(props.draft);
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const templates = useLiveQuery(() => repos.templates.list(), [repos]) ?? [];
  const sets = useLiveQuery(() => repos.hashtagSets.list(), [repos]) ?? [];
  const series = useSeriesEdit({ ...props, opened: props.draft, draft });
  const [asking, setAsking] = useState(false);
  const saveRef = useRef<HTMLButtonElement>(null);

  // The parent gives each opening its own key, so this runs once per opening.
  useEffect(() => {
    titleRef.current?.querySelector('input')?.focus();
  }, []);

  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const togglePlatform = (p: PlatformId, on: boolean) =>
    set('platforms', on ? [...draft.platforms, p] : draft.platforms.filter((x) => x !== p));

  const memberOptions = [
    { value: '', label: t('calendar.form.none') },
    ...props.members.map((m) => ({ value: m.id, label: m.displayName })),
  ];

  const save = async (scope?: SeriesScope) => {
    if (!draft.title.trim()) return setError(t('calendar.form.titleRequired'));
    if (!draft.platforms.length) return setError(t('calendar.form.platformRequired'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date) || !/^\d{2}:\d{2}$/.test(draft.time))
      return setError(t('calendar.form.dateRequired'));
    const problem = repeatProblem(t, series.check);
    if (problem) return setError(problem);
    setError(null);
    // An occurrence of a series: first ask whether the changes are for it alone or for all.
    if (series.series && !scope) return setAsking(true);
    const res = await series.save(scope);
    if (!res.ok) return setError(res.error);
    if (res.plan) props.onSaved(res.plan, undefined, res.notice);
    else props.onClose();
  };

  const cancelOccurrence = async () => {
    const res = await series.cancel();
    if (!res.ok) return setError(res.error);
    if (res.plan) props.onSaved(res.plan, undefined, res.notice);
  };

  const removeFollowing = async () => {
    const res = await series.removeFollowing();
    if (!res.ok) return setError(res.error);
    if ('deleted' in res) props.onDeleted(props.plan!);
    else if (res.plan) props.onSaved(res.plan, undefined, res.notice);
  };

  // One day of a series is posted or skipped on its own (OccurrenceStatus); the series' buttons
  // keep the rest. Sending for review, approving and asking for changes belong to ReviewPanel.
  const dayOfSeries = props.plan?.recurrence && props.occurrence ? props.occurrence : undefined;
  const actions = props.plan
    ? allowedActions(props.plan, props.me).filter(
        (kind) =>
          !REVIEW_ACTIONS.includes(kind) &&
          !(dayOfSeries && (kind === 'mark-posted' || kind === 'skip')),
      )
    : [];

  const act = async (kind: SimpleAction) => {
    if (!props.plan) return;
    const res = await background.request('calendar.transition', {
      id: props.plan.id,
      action: { kind },
    });
    if (!res.ok) return setError(res.error.message[locale]);
    if (!res.data.ok)
      return setError(
        t(
          res.data.refusal === 'no-reviewer'
            ? 'calendar.action.noReviewer'
            : 'calendar.action.refused',
        ),
      );
    props.onSaved(res.data.plan, 'status');
  };

  // The composer opens in a new tab; the background remembers the plan for that tab.
  const openComposer = async (platform: PlatformId) => {
    if (!props.plan) return;
    const res = await background.request('calendar.openComposer', {
      id: props.plan.id,
      platform,
      ...(props.occurrence ? { occurrence: props.occurrence } : {}),
    });
    if (!res.ok) return setError(res.error.message[locale]);
    if (!res.data.opened) setError(t('calendar.openComposerFailed'));
  };

  const remove = async () => {
    if (!props.plan) return;
    const res = await background.request('calendar.deletePlan', { id: props.plan.id });
    if (!res.ok) return setError(res.error.message[locale]);
    props.onDeleted(props.plan);
  };

  return (
    <form
      className="sapa-card sapa-cal-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <h2 id={headingId}>{t(props.plan ? 'calendar.form.edit' : 'calendar.form.new')}</h2>
      {props.plan && dayOfSeries ? (
        <OccurrenceStatus
          plan={props.plan}
          occurrence={dayOfSeries}
          shownDate={props.draft.date}
          me={props.me}
          onDone={(plan, notice) => props.onSaved(plan, 'status', notice)}
          onError={setError}
        />
      ) : (
        props.plan && (
          <p className="sapa-hint">
            {t('calendar.form.status', { status: statusText(t, locale, props.plan) })}
          </p>
        )
      )}
      {props.plan?.postLogId && (
        <p className="sapa-hint">
          {t('calendar.form.postedFrom')} <a href="#log">{t('calendar.form.openLog')}</a>
        </p>
      )}
      {actions.length > 0 && (
        <div className="sapa-actions" role="group" aria-label={t('calendar.form.statusActions')}>
          {actions.map((kind) => (
            <button key={kind} type="button" onClick={() => void act(kind as SimpleAction)}>
              {t(ACTION_KEYS[kind])}
            </button>
          ))}
        </div>
      )}
      {props.plan && (
        <ReviewPanel
          plan={props.plan}
          me={props.me}
          members={props.members}
          zone={props.zone}
          onTransitioned={(plan) => props.onSaved(plan, 'status')}
        />
      )}
      {props.plan && props.plan.platforms.length > 0 && (
        <div
          className="sapa-actions"
          role="group"
          aria-label={t('calendar.openComposerGroup')}
          aria-describedby={`${headingId}-open`}
        >
          {props.plan.platforms.map((p) => (
            <button key={p} type="button" onClick={() => void openComposer(p)}>
              {t('calendar.openComposer', { platform: t(PLATFORM_KEYS[p]) })}
            </button>
          ))}
          <p className="sapa-hint" id={`${headingId}-open`}>
            {t('calendar.openComposerHint')}
          </p>
        </div>
      )}
      <div ref={titleRef}>
        <Field
          label={t('calendar.form.title')}
          value={draft.title}
          onChange={(v) => set('title', v)}
          required
        />
      </div>
      <fieldset className="sapa-cal-platforms">
        <legend>{t('calendar.form.platforms')}</legend>
        {PLATFORM_IDS.map((p) => (
          <label key={p} className="sapa-check">
            <input
              type="checkbox"
              checked={draft.platforms.includes(p)}
              onChange={(e) => togglePlatform(p, e.target.checked)}
            />
            {t(PLATFORM_KEYS[p])}
          </label>
        ))}
      </fieldset>
      <div className="sapa-cal-row">
        <Field
          label={t('calendar.form.date')}
          type="date"
          value={draft.date}
          onChange={(v) => set('date', v)}
          required
        />
        <Field
          label={t('calendar.form.time')}
          type="time"
          value={draft.time}
          onChange={(v) => set('time', v)}
          hint={t('calendar.form.timeHint', { zone: props.zone })}
          required
        />
      </div>
      <SelectField
        label={t('calendar.form.template')}
        value={draft.templateId}
        options={[
          { value: '', label: t('calendar.form.none') },
          ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name })),
        ]}
        onChange={(v) => set('templateId', v)}
      />
      <Field
        label={t('calendar.form.caption')}
        value={draft.caption}
        onChange={(v) => set('caption', v)}
        multiline
        rows={3}
        hint={t('calendar.form.captionHint')}
      />
      <SelectField
        label={t('calendar.form.hashtagSet')}
        value={draft.hashtagSetId}
        options={[
          { value: '', label: t('calendar.form.none') },
          ...sets.map((s) => ({ value: s.id, label: s.name })),
        ]}
        onChange={(v) => set('hashtagSetId', v)}
      />
      <div className="sapa-cal-row">
        <SelectField
          label={t('calendar.form.assignee')}
          value={draft.assignee}
          options={withCurrent(memberOptions, draft.assignee)}
          onChange={(v) => set('assignee', v)}
        />
        <SelectField
          label={t('calendar.form.reviewer')}
          value={draft.reviewer}
          options={withCurrent(memberOptions, draft.reviewer)}
          onChange={(v) => set('reviewer', v)}
        />
      </div>
      <Field
        label={t('calendar.form.notes')}
        value={draft.notes}
        onChange={(v) => set('notes', v)}
        multiline
        rows={2}
      />
      <RepeatField
        setting={series.setting}
        onChange={series.setSetting}
        day={series.start}
        time={draft.time}
        {...(series.series ? { opened: props.draft.date } : {})}
      />
      <FormError message={error} />
      {asking && (
        <SeriesChoice
          onlyBlocked={series.only?.blocked ?? false}
          onChoose={(scope) => {
            setAsking(false);
            // Back on Save when the form stays (an error); gone when it closed.
            void save(scope).then(() => saveRef.current?.focus());
          }}
          onBack={() => {
            setAsking(false);
            saveRef.current?.focus();
          }}
        />
      )}
      <div className="sapa-actions">
        <button type="submit" ref={saveRef}>
          {t('dashboard.save')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('dashboard.cancel')}
        </button>
        {series.series && (
          <button type="button" onClick={() => void cancelOccurrence()}>
            {t('calendar.form.cancelOccurrence')}
          </button>
        )}
        {series.series && (
          <button type="button" className="sapa-danger" onClick={() => void removeFollowing()}>
            {t('calendar.form.deleteFollowing')}
          </button>
        )}
        {props.plan && (
          <button type="button" className="sapa-danger" onClick={() => void remove()}>
            {t(props.plan.recurrence ? 'calendar.form.deleteSeries' : 'dashboard.delete')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A member id no longer named (removed, or not synced yet) stays choosable as it is. */
function withCurrent(options: { value: string; label: string }[], current: string) {
  return !current || options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: current }];
}
