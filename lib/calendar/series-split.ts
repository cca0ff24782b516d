/**
 * "This and the following occurrences" (pure), as calendar apps mean it: the series is split at
 * the opened occurrence. The series ends before it (its UNTIL moved to its last day before, or its
 * COUNT cut to the occurrences before), and a new series with a new id starts at it, carrying
 * the edit and the exceptions from that day on. Deleting "this and the following" only ends the
 * series. At the series' first occurrence nothing is left before it, so the split is the whole
 * series ("all occurrences"), kept under its own id.
 */
import { ruleDays, ruleFor, touched } from './recurrence';
import { addDays, daysBetween } from './repeat';
import type { DayString, PlannedPostRecord, RecurrenceException } from './types';

/** The rule body with its end replaced: UNTIL a day (in the library's zone) or COUNT times. */
export function withEnd(rule: string, end: { until: DayString } | { count: number }): string {
  const parts = rule
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter((part) => part && !/^(UNTIL|COUNT)=/i.test(part));
  parts.push('until' in end ? `UNTIL=${end.until.replaceAll('-', '')}` : `COUNT=${end.count}`);
  return parts.join(';');
}

function countOf(rule: string): number | undefined {
  const match = /(?:^|;)COUNT=(\d+)/i.exec(rule);
  return match ? Number(match[1]) : undefined;
}

/**
 * The days the rule makes before `day`. Cancelled ones count: COUNT counts what the rule makes,
 * so the two halves of a count-limited series together make as many as it did.
 */
function ruleDaysBefore(plan: PlannedPostRecord, day: DayString): DayString[] {
  const rule = ruleFor(plan);
  if (!rule || day <= plan.date) return [];
  return ruleDays(rule, plan.date, addDays(day, -1));
}

/** The series' rule ending before `day`, or null when the rule makes nothing before it. */
function ruleEndingBefore(plan: PlannedPostRecord, day: DayString): string | null {
  const before = ruleDaysBefore(plan, day);
  if (!plan.recurrence || !before.length) return null;
  const rule = plan.recurrence.rule;
  return countOf(rule) === undefined
    ? withEnd(rule, { until: before.at(-1)! })
    : withEnd(rule, { count: before.length });
}

/** The series with its occurrences from `day` on gone, or null when none is left before it. */
function endedBefore(
  plan: PlannedPostRecord,
  day: DayString,
  by: string,
  now: number,
): PlannedPostRecord | null {
  const rule = ruleEndingBefore(plan, day);
  if (!rule || !plan.recurrence) return null;
  const exceptions = plan.recurrence.exceptions.filter((e) => e.date < day);
  return { ...touched(plan, by, now), recurrence: { rule, exceptions } };
}

/**
 * "Delete this and the following occurrences": the series ends before `day`. Null when that
 * leaves nothing (the opened occurrence is the first): the whole plan is deleted.
 */
export function endSeriesBefore(
  plan: PlannedPostRecord,
  day: DayString,
  by: string,
  now: number,
): PlannedPostRecord | null {
  return endedBefore(plan, day, by, now);
}

/** What a split writes: the series, ended (or, split at its first occurrence, edited whole), and the new series. */
export interface SeriesSplit {
  series: PlannedPostRecord;
  following?: PlannedPostRecord;
}

/**
 * "Edit this and the following occurrences". `edit` applies the form to the series' part from
 * `day` on (the form's values, with the start the person gave it); `newId` names the new series.
 */
export function splitSeries(
  plan: PlannedPostRecord,
  day: DayString,
  edit: (tail: PlannedPostRecord) => PlannedPostRecord,
  ids: { newId: string; by: string; now: number },
): SeriesSplit {
  if (!plan.recurrence) throw new Error('splitSeries: the plan does not recur');
  const { by, now } = ids;
  const ended = endedBefore(plan, day, by, now);
  const count = countOf(plan.recurrence.rule);
  const rule =
    count === undefined
      ? plan.recurrence.rule
      : withEnd(plan.recurrence.rule, { count: count - ruleDaysBefore(plan, day).length });
  const tail: PlannedPostRecord = {
    ...plan,
    date: day,
    recurrence: { rule, exceptions: plan.recurrence.exceptions.filter((e) => e.date >= day) },
  };
  if (ended) {
    tail.id = ids.newId;
    // The post-log entry a series names was one day's post, which stays with the series.
    delete tail.postLogId;
  }
  const following = touched(carried(tail, edit(tail), day), by, now);
  return ended ? { series: ended, following } : { series: following };
}

const OWN_FIELDS = ['time', 'title', 'caption', 'assignee', 'notes'] as const;

/**
 * The edited part with its exceptions carried over. The form showed the opened occurrence with
 * its own changes, so a field the person changed there is the new series' now and no longer
 * the occurrence's own. A new start moves every exception's day as far; those the edited rule
 * no longer makes are dropped (as "all occurrences" does), and a count-limited rule keeps the
 * number of occurrences that were left.
 */
function carried(
  tail: PlannedPostRecord,
  edited: PlannedPostRecord,
  day: DayString,
): PlannedPostRecord {
  if (!edited.recurrence) return edited;
  const count = countOf(tail.recurrence!.rule);
  const rule =
    count !== undefined && countOf(edited.recurrence.rule) !== undefined
      ? withEnd(edited.recurrence.rule, { count })
      : edited.recurrence.rule;
  const moved = daysBetween(day, edited.date);
  const changed = OWN_FIELDS.filter((key) => edited[key] !== tail[key]);
  const exceptions = (tail.recurrence?.exceptions ?? [])
    .map((e) => movedException(e, moved, e.date === day ? changed : []))
    .filter((e): e is RecurrenceException => e !== null);
  const next: PlannedPostRecord = { ...edited, recurrence: { rule, exceptions } };
  const made = ruleFor(next);
  next.recurrence!.exceptions = made
    ? exceptions.filter((e) => ruleDays(made, e.date, e.date).length > 0)
    : exceptions;
  return next;
}

/** An exception named by a day `moved` days on; the opened one's own `changed` fields dropped. */
function movedException(
  e: RecurrenceException,
  moved: number,
  changed: readonly (typeof OWN_FIELDS)[number][],
): RecurrenceException | null {
  const date = addDays(e.date, moved);
  if (!e.override) return { ...e, date };
  const override = { ...e.override };
  for (const key of changed) delete override[key];
  if (changed.includes('assignee')) delete override.unassigned;
  // A day moved on its own moves with the series, keeping its place beside its rule day (for the
  // opened occurrence, that is the day the person gave it in the form).
  if (override.date) override.date = addDays(override.date, moved);
  if (override.date === date) delete override.date;
  if (Object.keys(override).length || e.cancelled) {
    const next: RecurrenceException = { ...e, date, override };
    if (!Object.keys(override).length) delete next.override;
    return next;
  }
  return null;
}
