/**
 * The background's side of a test: a fresh database with its repositories, and a client whose
 * requests the background's router answers. Apart from ./db.ts, so the many tests that need only
 * a database do not load the whole router.
 */
import { handleRequest } from '@/lib/background/router';
import { createRepositories, type Repositories } from '@/lib/db/repositories';
import type { SapaDb } from '@/lib/db/schema';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import { fakeClock, freshDb } from './db';

/** A fresh database, its repositories acting as `memberId`, on a controllable clock. */
export async function openTestRepositories(memberId: string) {
  const db = freshDb();
  const clock = fakeClock();
  const repos = createRepositories(db, { memberId, now: clock.now });
  await repos.settings.set('memberId', memberId);
  return {
    db,
    clock,
    repos,
    close: async () => {
      db.close();
      await db.delete();
    },
  };
}

/** A client whose requests the background's router answers, cloned both ways as messages are. */
export function routedClient(db: SapaDb, repos: Repositories): SapaClient {
  return createSapaClient((message) =>
    handleRequest(db, repos, structuredClone(message)).then((res) => structuredClone(res)),
  );
}
