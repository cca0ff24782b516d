/**
 * The status of one occurrence of a repeating plan (pure). A series is written and reviewed once
 * (idea → draft → in review → approved belong to the whole series), but each day is posted or
 * skipped on its own: posting this Friday's book recommendation does not post next Friday's.
 * So an occurrence offers only "posted", "skip" and, for its own posted or skipped, "reopen",
 * which lets it follow the series' status again.
 */
import { clearOccurrenceStatus, editOccurrence } from './recurrence';
import { mayWrite, type Actor } from './status';
import type { DayString, PlanStatus, PlannedPostRecord } from './types';

export const OCCURRENCE_ACTIONS = ['mark-posted', 'skip', 'reopen'] as const;
export type OccurrenceAction = (typeof OCCURRENCE_ACTIONS)[number];

const CLOSED: readonly PlanStatus[] = ['posted', 'skipped'];

/** The occurrence's own status, when it has one (set by posting or skipping that day). */
function ownStatus(plan: PlannedPostRecord, originalDate: DayString): PlanStatus | undefined {
  return plan.recurrence?.exceptions.find((e) => e.date === originalDate)?.override?.status;
}

/** What the calendar shows for the occurrence: its own status, else the series'. */
export function occurrenceStatus(plan: PlannedPostRecord, originalDate: DayString): PlanStatus {
  return ownStatus(plan, originalDate) ?? plan.status;
}

/**
 * The day's actions for this actor. Posting and skipping are anyone's (whoever posted by hand
 * says so, as for a single plan); reopening is for those who may write the plan.
 */
export function occurrenceActions(
  plan: PlannedPostRecord,
  originalDate: DayString,
  actor: Actor,
): OccurrenceAction[] {
  if (!plan.recurrence) return [];
  const own = ownStatus(plan, originalDate);
  if (own && CLOSED.includes(own)) return mayWrite(plan, actor) ? ['reopen'] : [];
  // A series itself posted or skipped (an old record, or a plan made a series after) has nothing
  // left to do on one day.
  return CLOSED.includes(plan.status) ? [] : ['mark-posted', 'skip'];
}

/** The plan after the action on one day, or null when the action is not offered. */
export function occurrenceTransition(
  plan: PlannedPostRecord,
  originalDate: DayString,
  action: OccurrenceAction,
  actor: Actor,
  now: number,
): PlannedPostRecord | null {
  if (!occurrenceActions(plan, originalDate, actor).includes(action)) return null;
  if (action === 'reopen') return clearOccurrenceStatus(plan, originalDate, actor.id, now);
  const status: PlanStatus = action === 'mark-posted' ? 'posted' : 'skipped';
  return editOccurrence(plan, originalDate, { status }, actor.id, now);
}
