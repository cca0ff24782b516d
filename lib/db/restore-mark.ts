/** The mark a full restore leaves behind (no Dexie here: the sync engine reads it too). */

/**
 * The settings row every restore writes anew. Team sync compares it with the one it last saw:
 * restored records are older versions put back, not edits made on top of what the team has, so
 * after a restore they meet the team's versions through the conflict rule (docs/team-sync.md).
 */
export const LAST_RESTORE_KEY = 'lastRestore';

export interface RestoreMark {
  /** When the restore was done. */
  at: number;
  /** Unique per restore (two restores in one millisecond still differ). */
  id: string;
}
