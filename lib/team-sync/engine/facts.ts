/**
 * Facts the conflict rule must not drop (pure). The rule keeps one version of a record whole,
 * newest first; but some fields record what happened, not what someone chose, and a version
 * that lost still carries them. Each shared table that has such fields names how its kept
 * version takes them from the others.
 */
import { keepPostings } from '@/lib/calendar/merge';
import type { PlannedPostRecord } from '@/lib/db/calendar-types';
import type { SharedTableName } from '@/lib/db/types';
import { toStoredRecord, type SyncRecord } from './docs';

/** Returns `kept` itself when the others add nothing. */
type TakeFacts = (kept: SyncRecord, others: readonly SyncRecord[]) => SyncRecord;

const FACTS: Partial<Record<SharedTableName, TakeFacts>> = {
  // Posts are facts, not edits: two members posting one plan on Instagram and on Facebook at
  // once both count, whichever version of the plan wins.
  plannedPosts: (kept, others) =>
    keepPostings(
      kept as unknown as PlannedPostRecord,
      others.map((o) => toStoredRecord('plannedPosts', o) as unknown as PlannedPostRecord),
    ) as unknown as SyncRecord,
};

/**
 * The kept version with the facts the other versions carry, or null when they add nothing.
 * A merged record is a local edit, sent to the team on the next export.
 */
export function withFacts(
  table: SharedTableName,
  kept: SyncRecord,
  others: readonly SyncRecord[],
): SyncRecord | null {
  const take = FACTS[table];
  if (!take) return null;
  const merged = take(kept, others);
  return merged === kept ? null : merged;
}
