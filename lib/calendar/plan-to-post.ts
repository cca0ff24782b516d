/**
 * From plan to post (issue #16, item 4), the pure part: which plans a platform's panel offers
 * (today's and the overdue, in the library's time zone), the text a plan puts into the composer,
 * and what a confirmed publish does to the plan it was opened for.
 */
import type { PlatformId } from '@/lib/db/types';
import { postingProgress } from './plan-summary';
import { transition, type Actor, type TransitionResult } from './status';
import { editOccurrence, postedOnOf, ZONE_OFFSET_HOURS } from './recurrence';
import type { DayString, LibraryTimeZone, PlannedPostRecord, PostedOn } from './types';
import { calendarItems, libraryNow, type CalendarItem } from './view';

/**
 * How far back the panel looks for overdue plans. A plan forgotten for longer is no longer a
 * reminder but a gap in the record: the calendar page shows it, the panel does not.
 */
export const OVERDUE_DAYS = 30;

export interface DuePlans {
  /** The library's today. */
  today: DayString;
  /** Planned for today, not posted or skipped yet, in time order. */
  dueToday: CalendarItem[];
  /** Planned before today (at most `OVERDUE_DAYS` back), still open, oldest first. */
  overdue: CalendarItem[];
}

/** `day` moved by `days` (negative: back). */
export function addDays(day: DayString, days: number): DayString {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The library's today for an instant (its zone, not the laptop's). */
export function libraryToday(now: number, zone: LibraryTimeZone): DayString {
  return libraryNow(now, ZONE_OFFSET_HOURS[zone]).slice(0, 10);
}

/** Still to post on this platform: not closed, and not yet gone out here (another may have). */
const isOpenOn = (platform: PlatformId) => (item: CalendarItem) =>
  item.occurrence.status !== 'posted' &&
  item.occurrence.status !== 'skipped' &&
  !item.occurrence.postedOn?.[platform];

/**
 * Today's and the overdue plans for one platform. `plans` may hold more (other platforms, other
 * days, recurring plans that started long ago): only their occurrences in the window count.
 */
export function duePlans(
  plans: readonly PlannedPostRecord[],
  platform: PlatformId,
  now: number,
  zone: LibraryTimeZone,
): DuePlans {
  const today = libraryToday(now, zone);
  const items = calendarItems(plans, addDays(today, -OVERDUE_DAYS), today, zone, { platform });
  const open = items.filter(isOpenOn(platform));
  return {
    today,
    dueToday: open.filter((i) => i.occurrence.date === today),
    overdue: open.filter((i) => i.occurrence.date < today),
  };
}

/**
 * The publish confirmed on `platform`, on the tab the plan was opened in: the platform is
 * recorded with the post-log entry's id, and once every platform of the plan is there the plan is
 * posted (carrying this last entry's id); until then its status stays. An occurrence of a series
 * is recorded and posted alone (its exception). A plan (or occurrence) already posted or
 * skipped, or already posted on this platform, stays as it is (`wrong-status`).
 */
export function markPlanPosted(
  plan: PlannedPostRecord,
  occurrenceDate: DayString | undefined,
  platform: PlatformId,
  postLogId: string,
  actor: Actor,
  now: number,
  newId: () => string,
): TransitionResult {
  if (!plan.recurrence || !occurrenceDate) {
    if (plan.postedOn?.[platform]) return { ok: false, refusal: 'wrong-status', from: plan.status };
    const postedOn = { ...plan.postedOn, [platform]: postLogId };
    if (postingProgress(plan.platforms, postedOn).left.length === 0)
      return transition(
        { ...plan, postedOn },
        { kind: 'mark-posted', postLogId },
        actor,
        now,
        newId,
      );
    if (plan.status === 'posted' || plan.status === 'skipped')
      return { ok: false, refusal: 'wrong-status', from: plan.status };
    const updatedAt = Math.max(now, plan.updatedAt + 1);
    return { ok: true, plan: { ...plan, postedOn, updatedAt, updatedBy: actor.id } };
  }
  const exception = plan.recurrence.exceptions.find((e) => e.date === occurrenceDate);
  const status = exception?.override?.status ?? plan.status;
  const before = exception?.override?.postedOn;
  if (status === 'posted' || status === 'skipped' || exception?.cancelled || before?.[platform])
    return { ok: false, refusal: 'wrong-status', from: status };
  const postedOn = { ...before, [platform]: postLogId };
  const done = postingProgress(plan.platforms, postedOn).left.length === 0;
  return {
    ok: true,
    plan: editOccurrence(
      plan,
      occurrenceDate,
      done ? { status: 'posted', postedOn } : { postedOn },
      actor.id,
      now,
    ),
  };
}

/** One plan (or one occurrence of a series) as the panel shows it, before the library's parts. */
export interface PlanOccurrence {
  planId: string;
  /** For an occurrence of a series: its original day (names it for an exception). */
  occurrence?: DayString;
  date: DayString;
  time: string;
  title: string;
  caption: string;
  status: PlannedPostRecord['status'];
  /** The plan's platforms, and those it (this occurrence) went out on so far. */
  platforms: PlatformId[];
  postedOn?: PostedOn;
  templateId?: string;
  hashtagSetId?: string;
}

export function fromItem(item: CalendarItem): PlanOccurrence {
  const { plan, occurrence } = item;
  return {
    planId: plan.id,
    ...(item.recurring ? { occurrence: occurrence.originalDate } : {}),
    date: occurrence.date,
    time: occurrence.time,
    title: occurrence.title,
    caption: occurrence.caption,
    status: occurrence.status,
    platforms: [...plan.platforms],
    ...(occurrence.postedOn ? { postedOn: occurrence.postedOn } : {}),
    ...(plan.templateId ? { templateId: plan.templateId } : {}),
    ...(plan.hashtagSetId ? { hashtagSetId: plan.hashtagSetId } : {}),
  };
}

/** A plan by id, or one occurrence of a series by its original day, with its own changes. */
export function occurrenceOf(
  plan: PlannedPostRecord,
  occurrence: DayString | undefined,
): PlanOccurrence {
  const override =
    plan.recurrence && occurrence
      ? plan.recurrence.exceptions.find((e) => e.date === occurrence)?.override
      : undefined;
  return {
    planId: plan.id,
    ...(plan.recurrence && occurrence ? { occurrence } : {}),
    date: override?.date ?? (plan.recurrence && occurrence ? occurrence : plan.date),
    time: override?.time ?? plan.time,
    title: override?.title ?? plan.title,
    caption: override?.caption ?? plan.caption,
    status: override?.status ?? plan.status,
    platforms: [...plan.platforms],
    ...postedOnOf(plan, occurrence ? override : undefined),
    ...(plan.templateId ? { templateId: plan.templateId } : {}),
    ...(plan.hashtagSetId ? { hashtagSetId: plan.hashtagSetId } : {}),
  };
}
