import { afterEach, beforeEach } from 'vitest';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import type { SapaDb } from '@/lib/db/schema';
import { fakeClock, freshDb } from './db';

export interface TestRepositories {
  db: SapaDb;
  repos: Repositories;
  clock: ReturnType<typeof fakeClock>;
}

/**
 * A fresh database (Dexie over fake-indexeddb), its repositories and a clock for each test of the
 * file, closed and deleted after it. Read the fields inside tests: they change before each one.
 */
export function eachTestRepositories(memberId = 'ana'): TestRepositories {
  const current = {} as TestRepositories;
  beforeEach(async () => {
    current.db = freshDb();
    current.clock = fakeClock();
    current.repos = createRepositories(current.db, { memberId, now: current.clock.now });
    await current.db.open();
  });
  afterEach(async () => {
    current.db.close();
    await current.db.delete();
  });
  return current;
}
