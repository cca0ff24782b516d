import { useState } from 'react';
import type { PlannedPostRecord } from '@/lib/calendar';
import {
  editedOver,
  followingValues,
  occurrenceChanges,
  seriesValues,
} from '@/lib/calendar/occurrence-edit';
import {
  addDays,
  checkRepeat,
  daysBetween,
  longDay,
  noRepeat,
  settingOf,
  type RepeatCheck,
  type RepeatSetting,
} from '@/lib/calendar/repeat';
import type { PlanInput } from '@/lib/calendar/requests';
import { useDashboard } from '../../context';
import { draftOf, payloadOf, type PlanDraft } from './PlanForm';
import type { SeriesScope } from './SeriesChoice';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What a save did: the stored plan and the notice to show, or the error to show. */
export type SeriesResult =
  | { ok: true; plan: PlannedPostRecord; notice?: string }
  | { ok: false; error: string }
  | { ok: true; plan: null };

/**
 * The plan form's repeat and its series: the "Repeat" setting, the rule it makes, and the saves
 * of an opened occurrence ("only this occurrence", "all occurrences", "cancel this occurrence").
 * `opened` is the form as it opened (for an occurrence, with its own changes), so only what the
 * person changed is written (lib/calendar/occurrence-edit.ts).
 */
export function useSeriesEdit(args: {
  plan: PlannedPostRecord | undefined;
  opened: PlanDraft;
  occurrence?: string | undefined;
  draft: PlanDraft;
}) {
  const { t, background, locale } = useDashboard();
  const { plan, opened, occurrence, draft } = args;
  const series = plan?.recurrence && occurrence ? plan : undefined;
  const [initial] = useState<RepeatSetting>(() =>
    plan?.recurrence ? settingOf(plan.recurrence.rule, plan.date) : noRepeat(opened.date),
  );
  const [setting, setSetting] = useState(initial);
  // The series starts on its own day; moving the opened occurrence moves it as far.
  const start =
    series && DAY.test(draft.date) && DAY.test(opened.date)
      ? addDays(series.date, daysBetween(opened.date, draft.date))
      : draft.date;
  const check: RepeatCheck = DAY.test(start)
    ? checkRepeat(setting, start, draft.time)
    : { ok: true, rule: null, count: 1 };
  const ruleChanged = JSON.stringify(setting) !== JSON.stringify(initial);
  const only = series ? occurrenceChanges(opened, draft, ruleChanged) : undefined;
  // No rule: a stored series stops repeating (null); a plan that never repeated sends nothing.
  const recurrence: Pick<PlanInput, 'recurrence'> =
    check.ok && check.rule
      ? { recurrence: { rule: check.rule } }
      : plan?.recurrence
        ? { recurrence: null }
        : {};

  const failed = (message: { id: string; en: string }) => ({
    ok: false as const,
    error: message[locale],
  });

  /** Saves the form: a new or single plan whole, or an opened occurrence as `scope` says. */
  const save = async (scope?: SeriesScope): Promise<SeriesResult> => {
    if (series && scope === 'following') return saveFollowing(series, occurrence!);
    if (series && scope === 'only') {
      if (!Object.keys(only!.changes).length) return { ok: true, plan: null };
      const res = await background.request('calendar.editOccurrence', {
        id: series.id,
        originalDate: occurrence!,
        change: { kind: 'edit', override: only!.changes },
      });
      if (!res.ok) return failed(res.error.message);
      const notice = t('calendar.savedOccurrence', {
        title: draft.title.trim(),
        date: longDay(draft.date, locale),
      });
      return { ok: true, plan: res.data, notice };
    }
    const payload = series
      ? { ...payloadOf(seriesValues(draftOf(series), opened, draft)), ...recurrence }
      : {
          ...payloadOf(plan && draft.id ? editedOver(draftOf(plan), opened, draft) : draft),
          ...recurrence,
        };
    const res = await background.request('calendar.savePlan', payload);
    if (!res.ok) return failed(res.error.message);
    // A single plan's notice is the page's own ("Planned: …").
    if (!series) return { ok: true, plan: res.data };
    return {
      ok: true,
      plan: res.data,
      notice: t('calendar.savedSeries', { title: res.data.title }),
    };
  };

  /**
   * "This and the following occurrences": a new series from the opened occurrence on, with the
   * changes; the series ends before it. Its rule is read from the new series' own start.
   */
  const saveFollowing = async (stored: PlannedPostRecord, day: string): Promise<SeriesResult> => {
    // The new series gets its own id from the background.
    const values = payloadOf({ ...followingValues(draftOf(stored), day, opened, draft), id: '' });
    const own = checkRepeat(setting, values.date, draft.time);
    const rule: Pick<PlanInput, 'recurrence'> =
      own.ok && own.rule ? { recurrence: { rule: own.rule } } : { recurrence: null };
    const res = await background.request('calendar.editFollowing', {
      id: stored.id,
      originalDate: day,
      plan: { ...values, ...rule },
    });
    if (!res.ok) return failed(res.error.message);
    const plan = res.data.following ?? res.data.series;
    const notice = t(res.data.following ? 'calendar.savedFollowing' : 'calendar.savedSeries', {
      title: plan.title,
      date: longDay(draft.date, locale),
    });
    return { ok: true, plan, notice };
  };

  /** "Delete this and the following": the series ends before the opened occurrence. */
  const removeFollowing = async (): Promise<SeriesResult | { ok: true; deleted: true }> => {
    if (!series || !occurrence) return { ok: true, plan: null };
    const res = await background.request('calendar.deleteFollowing', {
      id: series.id,
      originalDate: occurrence,
    });
    if (!res.ok) return failed(res.error.message);
    if (!res.data.series) return { ok: true, deleted: true };
    const notice = t('calendar.deletedFollowing', {
      title: opened.title,
      date: longDay(opened.date, locale),
    });
    return { ok: true, plan: res.data.series, notice };
  };

  /** "Cancel this occurrence": the opened one is dropped, the series goes on. */
  const cancel = async (): Promise<SeriesResult> => {
    if (!series || !occurrence) return { ok: true, plan: null };
    const res = await background.request('calendar.editOccurrence', {
      id: series.id,
      originalDate: occurrence,
      change: { kind: 'cancel' },
    });
    if (!res.ok) return failed(res.error.message);
    const notice = t('calendar.cancelledOccurrence', {
      title: opened.title,
      date: longDay(opened.date, locale),
    });
    return { ok: true, plan: res.data, notice };
  };

  return { setting, setSetting, start, check, series, only, save, cancel, removeFollowing };
}
