/**
 * How many rounds a newcomer's first sync takes (issue #14, item 10): a thousand documents a
 * round (a `_bulk_get` body lists only ids and revisions), each round a `_changes` read, a
 * `_bulk_get`, a write of the replica and of both checkpoints. (A push's rounds depend on how its
 * changes feed arrives, so only its total is checked.)
 */
import type { IncomingMessage } from 'node:http';
import { expect, it } from 'vitest';
import { fakeClock } from '@/tests/support/db';
import { createTemplates, syncTeamForEachTest, type SyncMember } from '@/tests/support/sync-team';

const clock = fakeClock(1_750_000_000_000);
const team = syncTeamForEachTest({ now: clock.now });
const TEMPLATES = 1_100;

/** Counts the POSTs to an endpoint (the body is the server's to read). */
function countPosts(endpoint: string): { count: number } {
  const seen = { count: 0 };
  team.server.onRequest((req: IncomingMessage) => {
    if (req.method === 'POST' && req.url?.includes(`/${endpoint}`)) seen.count += 1;
  });
  return seen;
}

async function templateIds(m: SyncMember): Promise<string[]> {
  return (await m.db.templates.toArray()).map((t) => t.id).sort();
}

it('a first sync takes a thousand documents a round', async () => {
  const ana = team.member('ana');
  await createTemplates(ana, TEMPLATES);
  const pushes = countPosts('_bulk_docs');
  expect((await ana.sync.runOnce()).pushed).toBe(TEMPLATES);
  // 4 × 250 and 100.
  console.log('PUSH', pushes.count);

  const budi = team.member('budi');
  const rounds = countPosts('_bulk_get');
  expect((await budi.sync.runOnce()).pulled).toBe(TEMPLATES);
  // 1,000 then 100: two rounds (five at 250 a round).
  expect(rounds.count).toBe(2);
  expect(await templateIds(budi)).toEqual(await templateIds(ana));
}, 60_000);
