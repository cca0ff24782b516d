/**
 * Which reminders are due (issue #16, item 6): planned posts due today and reviews waiting, as
 * browser notifications. Pure: given the plans, who this browser is, the time and what was
 * already shown, it says what to show now and what to remember. The background's alarm runs it
 * every few minutes (lib/calendar/reminder-service.ts); nothing is shown when nothing is due.
 *
 * Two ways, as the person chooses in Settings:
 * - `each`: one notification per planned post, half an hour before its time (or at once, when
 *   the browser was closed then but the day is not over), and one per plan sent for review;
 * - `digest`: one summary a day, at the chosen hour or the first check after it.
 */
import { expand, type Occurrence } from './recurrence';
import type { Actor } from './status';
import type { DayString, LibraryTimeZone, PlannedPostRecord } from './types';
import { libraryNow } from './view';
import { ZONE_OFFSET_HOURS } from './recurrence';

export type ReminderMode = 'off' | 'each' | 'digest';

export interface ReminderSettings {
  mode: ReminderMode;
  /** The digest's hour, 0–23, in the library's time zone. */
  digestHour: number;
}

export const DEFAULT_REMINDERS: ReminderSettings = { mode: 'off', digestHour: 8 };

/** What was shown already, kept between checks (the settings row `calendarReminderState`). */
export interface ReminderState {
  /** Keys of reminders shown, with the library day they were shown on (kept a week). */
  shown: { key: string; day: DayString }[];
  /** The library day the last digest went out. */
  digestDay?: DayString;
}

export const EMPTY_REMINDER_STATE: ReminderState = { shown: [] };

/** How long before a planned post's time its reminder comes. */
export const LEAD_MINUTES = 30;
const KEEP_DAYS = 7;

export type ReminderNote =
  | { kind: 'due'; key: string; planId: string; title: string; time: string; platforms: string[] }
  | { kind: 'review'; key: string; planId: string; title: string; date: DayString }
  | { kind: 'digest'; key: string; due: number; reviews: number; titles: string[] };

const OPEN_STATUSES = new Set(['idea', 'draft', 'in-review', 'approved']);

/** A plan is this browser's to post when it is assigned here, or to nobody (anyone may). */
function mineToPost(occurrence: Occurrence, me: Actor): boolean {
  return occurrence.assignee === undefined || occurrence.assignee === me.id;
}

/**
 * A review waits for this browser when it is the named reviewer, or when none is named and it
 * may approve (a reviewer or the coordinator), and it is not its own work (status.ts).
 */
function mineToReview(plan: PlannedPostRecord, me: Actor): boolean {
  if (plan.status !== 'in-review') return false;
  if (plan.reviewer) return plan.reviewer === me.id;
  if (plan.assignee === me.id && me.role !== 'coordinator') return false;
  return me.role === 'reviewer' || me.role === 'coordinator';
}

export interface ReminderInput {
  plans: readonly PlannedPostRecord[];
  me: Actor;
  now: number;
  zone: LibraryTimeZone;
  settings: ReminderSettings;
  state: ReminderState;
}

/** Today's open occurrences that are this browser's to post, by time. */
export function dueToday(input: Omit<ReminderInput, 'settings' | 'state'>): Occurrence[] {
  const today = libraryNow(input.now, ZONE_OFFSET_HOURS[input.zone]).slice(0, 10);
  return input.plans
    .flatMap((plan) => expand(plan, today, today, input.zone))
    .filter((o) => OPEN_STATUSES.has(o.status) && mineToPost(o, input.me))
    .sort((a, b) => a.instant - b.instant);
}

export function reviewsWaiting(
  plans: readonly PlannedPostRecord[],
  me: Actor,
): PlannedPostRecord[] {
  return plans.filter((plan) => !plan.deleted && mineToReview(plan, me));
}

/** What to show now, and the state to keep. Nothing at all when reminders are off. */
export function remindersNow(input: ReminderInput): {
  notes: ReminderNote[];
  state: ReminderState;
} {
  const today = libraryNow(input.now, ZONE_OFFSET_HOURS[input.zone]).slice(0, 10);
  const weekAgo = new Date(Date.parse(`${today}T00:00:00Z`) - KEEP_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const kept = input.state.shown.filter((entry) => entry.day > weekAgo);
  if (input.settings.mode === 'off') return { notes: [], state: { ...input.state, shown: kept } };

  const due = dueToday(input);
  const reviews = reviewsWaiting(input.plans, input.me);
  if (input.settings.mode === 'digest') {
    const hour = Number(libraryNow(input.now, ZONE_OFFSET_HOURS[input.zone]).slice(11, 13));
    const quiet = due.length === 0 && reviews.length === 0;
    if (hour < input.settings.digestHour || input.state.digestDay === today || quiet)
      return { notes: [], state: { ...input.state, shown: kept } };
    const titles = [...due.map((o) => o.title), ...reviews.map((p) => p.title)];
    return {
      notes: [
        {
          kind: 'digest',
          key: `digest|${today}`,
          due: due.length,
          reviews: reviews.length,
          titles,
        },
      ],
      state: { shown: kept, digestDay: today },
    };
  }

  const seen = new Set(kept.map((entry) => entry.key));
  const notes: ReminderNote[] = [];
  for (const occurrence of due) {
    const key = `due|${occurrence.planId}|${occurrence.originalDate}`;
    if (seen.has(key) || input.now < occurrence.instant - LEAD_MINUTES * 60_000) continue;
    const plan = input.plans.find((p) => p.id === occurrence.planId)!;
    notes.push({
      kind: 'due',
      key,
      planId: occurrence.planId,
      title: occurrence.title,
      time: occurrence.time,
      platforms: plan.platforms,
    });
  }
  for (const plan of reviews) {
    // A plan sent for review again (after changes) is a new request: its version is in the key.
    const key = `review|${plan.id}|${plan.updatedAt}`;
    if (seen.has(key)) continue;
    notes.push({ kind: 'review', key, planId: plan.id, title: plan.title, date: plan.date });
  }
  return {
    notes,
    state: { ...input.state, shown: [...kept, ...notes.map((n) => ({ key: n.key, day: today }))] },
  };
}
