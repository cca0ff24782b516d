/**
 * Answers recorded from the local SLiMS (tests/support/slims-server.ts) on the host
 * lib.example.ac.id, in tests/fixtures/slims/. `npx tsx scripts/slims-record.ts` records them again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function recordedSlims(name: string): string {
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', 'slims', name), 'utf8');
}
