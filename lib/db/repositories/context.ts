import type { SapaDb } from '../schema';

/** What every repository needs: the database, who is writing, and a clock (tests pin it). */
export interface RepoContext {
  db: SapaDb;
  memberId: string;
  now: () => number;
}

export function makeContext(
  db: SapaDb,
  options: Partial<Omit<RepoContext, 'db'>> = {},
): RepoContext {
  return { db, memberId: options.memberId ?? 'local', now: options.now ?? Date.now };
}
