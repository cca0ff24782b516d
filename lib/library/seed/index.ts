import { guard } from '@/lib/db/errors';
import type { SapaDb } from '@/lib/db/schema';
import { SHARED_TABLES, type SharedTableName } from '@/lib/db/types';
import { addRow, getRow, inTransaction, putRows } from '@/lib/db/records';
import { emptyBrandKit } from '@/lib/db';
import { defaultChecklistSettings } from '@/lib/db';
import { seedHashtags, seedHashtagSets } from './hashtags';
import { seedTemplates } from './templates';

export { DEFAULT_RULES, DEFAULT_SENSITIVE_WORDS, defaultChecklistSettings } from '@/lib/db';
export { emptyBrandKit } from '@/lib/db';
export { seedHashtags, seedHashtagSets } from './hashtags';
export { seedTemplates } from './templates';

export const SEEDS_APPLIED_KEY = 'seedsApplied';

/** Every seed record as `table:id` keys with the record to write. */
function allSeeds(now: number): { key: string; table: SharedTableName; record: { id: string } }[] {
  const list = <T extends { id: string }>(table: SharedTableName, records: T[]) =>
    records.map((record) => ({ key: `${table}:${record.id}`, table, record }));
  return [
    ...list('templates', seedTemplates(now)),
    ...list('hashtagSets', seedHashtagSets(now)),
    ...list('hashtags', seedHashtags(now)),
    ...list('brandKit', [emptyBrandKit(now)]),
    ...list('checklistSettings', [defaultChecklistSettings(now)]),
  ];
}

/** The seeds recorded as applied (`settings.seedsApplied`). */
async function appliedSeeds(db: SapaDb): Promise<Set<string>> {
  const stored = await getRow(db, 'settings', SEEDS_APPLIED_KEY);
  return new Set(Array.isArray(stored?.value) ? (stored.value as string[]) : []);
}

/**
 * Writes first-run content once. Idempotent: a seed is written only if its key is not in
 * settings.seedsApplied AND no record with its id exists (deleted or not, local or synced).
 * So a seed the user deleted stays deleted, and a later release can add new seeds.
 * Returns the keys written this time.
 *
 * Runs at every start of the background: when every seed is already recorded, one read answers
 * and no read-write transaction over the library's tables holds the first request back.
 */
export async function applySeeds(db: SapaDb, now: number = Date.now()): Promise<string[]> {
  return guard('applySeeds', async () => {
    const seeds = allSeeds(now);
    const recorded = await appliedSeeds(db);
    if (seeds.every((seed) => recorded.has(seed.key))) return [];
    return inTransaction(db, 'rw', ['settings', ...SHARED_TABLES], async () => {
      const applied = await appliedSeeds(db);
      const written: string[] = [];
      for (const seed of seeds) {
        if (applied.has(seed.key)) continue;
        if ((await getRow(db, seed.table, seed.record.id)) === undefined) {
          await addRow(db, seed.table, seed.record);
          written.push(seed.key);
        }
        applied.add(seed.key);
      }
      await putRows(db, 'settings', [{ key: SEEDS_APPLIED_KEY, value: [...applied].sort() }]);
      return written;
    });
  });
}
