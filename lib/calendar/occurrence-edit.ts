/**
 * What a save of one opened occurrence of a series writes (pure): the form starts from the
 * occurrence as it shows (its own changes applied) and the person then chooses "only this
 * occurrence" or "all occurrences". Only the fields the person changed are written either way,
 * so an occurrence's own title is not copied onto the whole series by saving a new time for all.
 */
import { addDays, daysBetween } from './repeat';
import type { OccurrenceOverride } from './types';

/** The form's fields that one occurrence may change on its own. */
export const OCCURRENCE_FIELDS = ['date', 'time', 'title', 'caption', 'assignee', 'notes'] as const;
/** The form's fields that belong to the whole series. */
export const SERIES_FIELDS = ['platforms', 'templateId', 'hashtagSetId', 'reviewer'] as const;

export type EditedFields = Record<(typeof OCCURRENCE_FIELDS)[number], string> &
  Record<Exclude<(typeof SERIES_FIELDS)[number], 'platforms'>, string> & {
    platforms: readonly string[];
  };

/**
 * The changes "only this occurrence" stores. An assignee cleared for this occurrence alone is
 * `unassigned` (an absent `assignee` would mean "the series' assignee"). `blocked`: a field of
 * the whole series changed, which one occurrence cannot hold.
 */
export function occurrenceChanges(
  before: EditedFields,
  after: EditedFields,
  ruleChanged: boolean,
): { changes: OccurrenceOverride; blocked: boolean } {
  const changes: OccurrenceOverride = {};
  for (const key of OCCURRENCE_FIELDS) {
    if (before[key] === after[key]) continue;
    if (key === 'assignee' && !after.assignee) changes.unassigned = true;
    else changes[key] = key === 'title' ? after.title.trim() : after[key];
  }
  const seriesChanged =
    ruleChanged ||
    before.platforms.join() !== after.platforms.join() ||
    SERIES_FIELDS.some((k) => k !== 'platforms' && before[k] !== after[k]);
  return { changes, blocked: seriesChanged };
}

/**
 * The series' own values after "all occurrences": the series as stored, with the fields the
 * person changed. A new day moves the series' start by as many days as the occurrence moved.
 */
export function seriesValues<T extends EditedFields>(series: T, before: EditedFields, after: T): T {
  const next = { ...series };
  for (const key of [...OCCURRENCE_FIELDS, ...SERIES_FIELDS] as const) {
    if (key === 'date') continue;
    const changed =
      key === 'platforms'
        ? before.platforms.join() !== after.platforms.join()
        : before[key] !== after[key];
    if (changed) (next as Record<string, unknown>)[key] = after[key];
  }
  if (before.date !== after.date)
    next.date = addDays(series.date, daysBetween(before.date, after.date));
  return next;
}

/**
 * A single plan's values to save: the plan as stored now, with the fields the person changed
 * since the form opened. A teammate's change that arrived through sync meanwhile (a new day, an
 * approval's reviewer) is kept, not overwritten with what the form showed when it opened.
 */
export function editedOver<T extends EditedFields>(stored: T, before: EditedFields, after: T): T {
  const next = { ...stored };
  for (const key of [...OCCURRENCE_FIELDS, ...SERIES_FIELDS] as const) {
    const changed =
      key === 'platforms'
        ? before.platforms.join() !== after.platforms.join()
        : before[key] !== after[key];
    if (changed) (next as Record<string, unknown>)[key] = after[key];
  }
  return next;
}

/**
 * The new series' values after "this and the following occurrences": as for "all occurrences"
 * (the series as stored, with the fields the person changed), but starting on the opened
 * occurrence's original day, moved as far as the person moved the occurrence.
 */
export function followingValues<T extends EditedFields>(
  series: T,
  originalDate: string,
  before: EditedFields,
  after: T,
): T {
  return {
    ...seriesValues(series, before, after),
    date: addDays(originalDate, daysBetween(before.date, after.date)),
  };
}
