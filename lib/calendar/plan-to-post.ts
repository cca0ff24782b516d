/**
 * From plan to post (issue #16, item 4), the pure part: which plans a platform's panel offers
 * (today's and the overdue, in the library's time zone), the text a plan puts into the composer,
 * and what a confirmed publish does to the plan it was opened for.
 */
import type { PlatformId } from '@/lib/db/types';
import { transition, type Actor, type TransitionResult } from './status';
import { editOccurrence, ZONE_OFFSET_HOURS } from './recurrence';
import type { DayString, LibraryTimeZone, PlannedPostRecord } from './types';
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

const isOpen = (item: CalendarItem) =>
  item.occurrence.status !== 'posted' && item.occurrence.status !== 'skipped';

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
  const open = items.filter(isOpen);
  return {
    today,
    dueToday: open.filter((i) => i.occurrence.date === today),
    overdue: open.filter((i) => i.occurrence.date < today),
  };
}

/**
 * What the plan puts into the composer: its caption (the template's rendered text when it has
 * one, else the free caption) and its hashtag set, a blank line between them, as a person
 * would write them.
 */
export function planText(caption: string, tags: readonly string[]): string {
  const hashtags = tags.map((tag) => `#${tag}`).join(' ');
  return [caption.trim(), hashtags].filter(Boolean).join('\n\n');
}

/**
 * The publish confirmed on the tab the plan was opened in: the plan is posted, carrying the
 * post-log entry's id. An occurrence of a series is posted alone (its exception's status: a
 * series has one `postLogId`, so the entry's `plannedPostId` is the link back). A plan (or
 * occurrence) already posted or skipped stays as it is (`wrong-status`).
 */
export function markPlanPosted(
  plan: PlannedPostRecord,
  occurrenceDate: DayString | undefined,
  postLogId: string,
  actor: Actor,
  now: number,
  newId: () => string,
): TransitionResult {
  if (!plan.recurrence || !occurrenceDate)
    return transition(plan, { kind: 'mark-posted', postLogId }, actor, now, newId);
  const exception = plan.recurrence.exceptions.find((e) => e.date === occurrenceDate);
  const status = exception?.override?.status ?? plan.status;
  if (status === 'posted' || status === 'skipped' || exception?.cancelled)
    return { ok: false, refusal: 'wrong-status', from: status };
  return {
    ok: true,
    plan: editOccurrence(plan, occurrenceDate, { status: 'posted' }, actor.id, now),
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
    ...(plan.templateId ? { templateId: plan.templateId } : {}),
    ...(plan.hashtagSetId ? { hashtagSetId: plan.hashtagSetId } : {}),
  };
}
