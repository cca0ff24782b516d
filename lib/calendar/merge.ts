/**
 * How two members' versions of a planned post (or a team member record) meet. The calendar uses
 * the very rule templates and hashtag sets use, `decide()` from the pack import, which the team
 * sync engine also resolves with (lib/team-sync/engine/resolve.ts): the newer `updatedAt` wins
 * whole; on a tie the greater `updatedBy`, then the greater canonical JSON; the losing version,
 * when its content differs, goes to the conflict log. There is no field-by-field merge: a status
 * change and a caption edit made at once are one winner and one logged loser, as for templates.
 * One exception: posts are facts, not edits. Two members posting a plan on different platforms
 * at once both happened, so the version kept also takes the losers' `postedOn` entries
 * (`keepPostings`), and is posted once every platform is there.
 */
import { decide } from '@/lib/exchange/pack';
import type { ConflictRecord, SyncMeta } from '@/lib/db/types';
import type { PlannedPostRecord, PostedOn, RecurrenceException } from '@/lib/db/calendar-types';

/** The tables the next step adds to SHARED_TABLES. */
export type CalendarTable = 'plannedPosts' | 'teamMembers';

/** A conflict log entry for a calendar record; the same shape as ConflictRecord. */
export type CalendarConflict = Omit<ConflictRecord, 'table'> & { table: CalendarTable };

export interface MergeOutcome<T> {
  /** Which version the table keeps. */
  kept: 'local' | 'incoming';
  record: T;
  /** Set when the other version's content differed: it goes to the conflict log. */
  conflict?: CalendarConflict;
}

export function mergeVersions<T extends SyncMeta>(
  table: CalendarTable,
  local: T | undefined,
  incoming: T,
  source: CalendarConflict['source'],
  now: number,
  conflictId: string,
): MergeOutcome<T> {
  const d = decide(
    local as (T & Record<string, unknown>) | undefined,
    incoming as T & Record<string, unknown>,
  );
  if (d.kind === 'add') return { kept: 'incoming', record: incoming };
  if (d.kind === 'skip' && d.reason === 'same') return { kept: 'local', record: local! };
  const kept = d.kind === 'update' ? 'incoming' : 'local';
  const winner = kept === 'incoming' ? incoming : local!;
  const loser = kept === 'incoming' ? local! : incoming;
  return {
    kept,
    record:
      table === 'plannedPosts'
        ? (keepPostings(winner as unknown as PlannedPostRecord, [
            loser as unknown as PlannedPostRecord,
          ]) as unknown as T)
        : winner,
    conflict: {
      id: conflictId,
      table,
      recordId: incoming.id,
      kept,
      loser: d.loser,
      source,
      createdAt: now,
      resolved: false,
    },
  };
}

const CLOSED = ['posted', 'skipped'];

/** `kept`'s entries, with the platforms only `other` has (kept's entry wins on the same one). */
function unionOf(kept: PostedOn | undefined, other: PostedOn | undefined): PostedOn | undefined {
  if (!other) return kept;
  const merged = { ...other, ...kept };
  return Object.keys(merged).length === Object.keys(kept ?? {}).length ? kept : merged;
}

const allPosted = (platforms: readonly string[], postedOn: PostedOn | undefined) =>
  platforms.every((p) => postedOn?.[p as keyof PostedOn]);

/** The last platform's entry: the post that completed the plan, as `postLogId` names it. */
const lastEntry = (platforms: readonly string[], postedOn: PostedOn) =>
  postedOn[platforms[platforms.length - 1] as keyof PostedOn];

/** A series' day with the losers' postings for that day, posted once every platform is there. */
function exceptionWith(
  plan: PlannedPostRecord,
  kept: RecurrenceException,
  other: PostedOn | undefined,
): RecurrenceException {
  const postedOn = unionOf(kept.override?.postedOn, other);
  if (postedOn === kept.override?.postedOn || !postedOn) return kept;
  const status = kept.override?.status ?? plan.status;
  const done = !CLOSED.includes(status) && allPosted(plan.platforms, postedOn);
  return {
    ...kept,
    override: { ...kept.override, postedOn, ...(done ? { status: 'posted' } : {}) },
  };
}

function seriesWith(plan: PlannedPostRecord, losers: readonly PlannedPostRecord[]) {
  if (!plan.recurrence) return plan.recurrence;
  const days = new Map(plan.recurrence.exceptions.map((e) => [e.date, e]));
  for (const loser of losers)
    for (const e of loser.recurrence?.exceptions ?? []) {
      if (!e.override?.postedOn) continue;
      days.set(
        e.date,
        exceptionWith(plan, days.get(e.date) ?? { date: e.date }, e.override.postedOn),
      );
    }
  const exceptions = [...days.values()];
  const same = exceptions.every((e, i) => e === plan.recurrence!.exceptions[i]);
  return same && exceptions.length === plan.recurrence.exceptions.length
    ? plan.recurrence
    : { ...plan.recurrence, exceptions };
}

/**
 * The version kept, with the platforms the losing versions posted on that it does not have (a
 * plan's own, and a series' days'); a plan or day that has them all now is posted. The same
 * record when there is nothing to add. Its `updatedAt` moves one past the kept version's, so the
 * merged plan wins over both versions wherever it goes next.
 */
export function keepPostings(
  kept: PlannedPostRecord,
  losers: readonly PlannedPostRecord[],
): PlannedPostRecord {
  if (kept.deleted) return kept;
  let postedOn = kept.postedOn;
  if (!kept.recurrence) for (const loser of losers) postedOn = unionOf(postedOn, loser.postedOn);
  const recurrence = seriesWith(kept, losers);
  if (postedOn === kept.postedOn && recurrence === kept.recurrence) return kept;
  const next: PlannedPostRecord = { ...kept, updatedAt: kept.updatedAt + 1 };
  if (recurrence) next.recurrence = recurrence;
  if (postedOn && postedOn !== kept.postedOn) {
    next.postedOn = postedOn;
    if (!CLOSED.includes(kept.status) && allPosted(kept.platforms, postedOn)) {
      next.status = 'posted';
      next.postLogId = kept.postLogId ?? lastEntry(kept.platforms, postedOn)!;
    }
  }
  return next;
}
