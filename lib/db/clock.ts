/**
 * Time from outside Sapa. The conflict rule is "newest `updatedAt` wins" (pack-format.md,
 * team-sync.md), so a record dated far in the future (a wrong clock on one computer, a hand
 * edit, a hostile pack) would beat every later edit for years. Every way in (packs,
 * subscriptions, synced documents) clamps `updatedAt` to the receiver's clock plus this
 * allowance, which covers ordinary clock differences between the team's computers
 * (docs/reliability.md, "Time from outside").
 */
export const FUTURE_ALLOWANCE_MS = 10 * 60 * 1000;

/** `updatedAt` no later than `now` plus the allowance. */
export function clampUpdatedAt(updatedAt: number, now: number): number {
  return Math.min(updatedAt, now + FUTURE_ALLOWANCE_MS);
}

/** The record with its `updatedAt` clamped; the same object when nothing changes. */
export function clampRecordTime<T extends { updatedAt: number }>(record: T, now: number): T {
  const at = clampUpdatedAt(record.updatedAt, now);
  return at === record.updatedAt ? record : { ...record, updatedAt: at };
}
