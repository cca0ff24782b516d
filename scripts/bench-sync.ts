/**
 * Team sync benchmark: `npm run bench:sync`.
 *
 * A CouchDB-protocol server (express-pouchdb over memory PouchDB) holds 5,000 valid documents
 * (templates and hashtag sets) written by a plain client. A freshly installed member (seeded
 * Dexie over fake-indexeddb + a memory PouchDB replica, all in this Node process) runs its first
 * sync; then, INCREMENTAL_SAMPLES times, the plain client changes one document and the member
 * syncs again. Each is run 3 times on a fresh team database; the first sync's median and the
 * incremental syncs' median and p95 are printed beside the goals.
 * Node over fake-indexeddb, not a browser: absolute numbers differ from Chrome's IndexedDB.
 */
import 'fake-indexeddb/auto';
import { applySeeds } from '@/lib/library/seed';
import { SapaDb } from '@/lib/db/schema';
import { createCouchSync, docIdFor } from '@/lib/team-sync/engine';
import type { SyncRecord } from '@/lib/team-sync/engine/docs';
import {
  DOCS,
  GOALS,
  INCREMENTAL_SAMPLES,
  percentile,
  RUNS,
  TEMPLATES,
  teamDocs,
} from './bench-sync-data';
import { memoryName, startCouchServer, type TestPouch } from '../tests/support/couch-server';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

async function main() {
  console.log(
    'Sapa team sync benchmark — Node, fake-indexeddb and memory PouchDB against a local\n' +
      'CouchDB-protocol server (express-pouchdb); not a browser. Median of 3 runs.\n',
  );
  const server = await startCouchServer();
  const now = Date.now();
  const source = new server.PouchDB(memoryName('bench-source'));
  await source.bulkDocs(teamDocs(now));

  const first: number[] = [];
  const incremental: number[] = [];
  const pulled: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const dbName = `bench-team-${run}`;
    const url = `${server.url}/${dbName}`;
    await fetch(url, { method: 'PUT' });
    const plainRemote = new server.PouchDB(url, { skip_setup: true });
    await source.replicate.to(plainRemote, { batch_size: 500 });

    const db = new SapaDb(memoryName('bench-member'));
    await applySeeds(db, now);
    const local: TestPouch = new server.PouchDB(memoryName('bench-replica'));
    const remote: TestPouch = new server.PouchDB(url, { skip_setup: true });
    const sync = createCouchSync({ db, local, remote, memberId: 'bench-member' });

    let t = performance.now();
    const report = await sync.runOnce();
    first.push(performance.now() - t);
    pulled.push(report.pulled);
    const templates = await db.templates.count();
    const sets = await db.hashtagSets.count();
    if (templates < TEMPLATES || sets < DOCS - TEMPLATES || report.skipped.length)
      throw new Error(`First sync incomplete: ${templates} templates, ${sets} sets`);

    // One change by someone else, then the member's next sync; several times.
    const id = docIdFor('templates', 'tpl_bench_42');
    for (let sample = 1; sample <= INCREMENTAL_SAMPLES; sample++) {
      const doc = await plainRemote.get(id);
      const record = doc.record as SyncRecord;
      const body = `Diperbarui ${run}.${sample}`;
      await plainRemote.put({
        ...doc,
        record: { ...record, body, updatedAt: record.updatedAt + 1000 },
      });
      t = performance.now();
      await sync.runOnce();
      await sync.pendingCount(); // the status the dashboard shows after a sync
      incremental.push(performance.now() - t);
      const updated = await db.templates.get('tpl_bench_42');
      if (updated?.body !== body) throw new Error('Incremental sync missed the change');
    }

    await Promise.all([local.close(), remote.close(), plainRemote.close()]);
    db.close();
    await db.delete();
    console.log(
      `  run ${run}: first sync ${fmt(first.at(-1)!)} (${report.pulled} docs pulled, ${report.pushed} pushed), incremental median ${fmt(median(incremental.slice(-INCREMENTAL_SAMPLES)))}`,
    );
  }
  await source.close();
  await server.stop();

  const rows: [string, number, number][] = [
    [
      `First sync, ${DOCS.toLocaleString('en')} documents on the server`,
      median(first),
      GOALS.first,
    ],
    ['Incremental sync after one remote change, median', median(incremental), GOALS.incremental],
    [
      'Incremental sync after one remote change, p95',
      percentile(incremental, 95),
      GOALS.incremental,
    ],
  ];
  console.log('');
  for (const [label, value, goal] of rows) {
    console.log(
      `${label.padEnd(52)} ${fmt(value).padStart(9)}   goal < ${fmt(goal)}   ${value < goal ? 'OK' : 'SLOW'}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
