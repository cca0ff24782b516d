/**
 * Team sync in Firefox: PouchDB runs in the MV2 background page over Firefox's IndexedDB and
 * replicates with the CouchDB-protocol server the test starts (express-pouchdb), as
 * `tests/e2e/team-sync.e2e.ts` does in Chromium's service worker.
 *
 * No stand-in for the permission: Firefox grants the server's origin itself (its prompt is
 * turned off in the test profile, see `launchFirefox`), and the server sends no CORS headers, so
 * the background reaches it only through that grant.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { toDoc, type SyncRecord } from '@/lib/team-sync/engine/docs';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { waitFor } from './composers';
import { launchFirefox, type FirefoxHarness } from './harness';

let firefox: FirefoxHarness;
let server: CouchServer;
let team: string;

/** A teammate's library on the server: more than one pull batch (1,000) of hashtag sets. */
const TEAM_SETS = 1_200;

function teammateSet(i: number, now: number): object {
  const record: SyncRecord = {
    id: `set_budi_${i}`,
    name: `Koleksi ${i}`,
    tags: [`Koleksi${i}`, 'PerpustakaanKita'],
    updatedAt: now - i,
    updatedBy: 'budi',
    deleted: false,
  };
  return toDoc('hashtagSets', record);
}

beforeAll(async () => {
  server = await startCouchServer();
  team = `${server.url}/team`;
  expect((await fetch(team, { method: 'PUT' })).status).toBe(201);
  const now = Date.now();
  const docs = Array.from({ length: TEAM_SETS }, (_, i) => teammateSet(i, now));
  const written = await fetch(`${team}/_bulk_docs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  expect(written.status).toBe(201);
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.stop();
});

const aria = (role: string, name: string) => `::-p-aria([name="${name}"][role="${role}"])`;

/** The text of the first element `selector` finds, or null while there is none. */
const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => element.textContent ?? '').catch(() => null);

/** The team's documents on the server, by id. */
async function serverRecords(): Promise<Map<string, Record<string, unknown>>> {
  const response = await fetch(`${team}/_all_docs?include_docs=true`);
  const { rows } = (await response.json()) as {
    rows: { id: string; doc: { record?: Record<string, unknown> } }[];
  };
  return new Map(rows.flatMap((row) => (row.doc.record ? [[row.id, row.doc.record]] : [])));
}

async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.locator(aria('textbox', label)).fill(value);
}

/** "Sync now", then the report of that sync once the button is back. */
async function syncNow(page: Page): Promise<string | null> {
  const before = await textOf(page, '::-p-text(Last sync:)');
  await page.locator(aria('button', 'Sync now')).click();
  return waitFor(
    () => textOf(page, '::-p-text(Last sync:)'),
    (report) => report !== null && report !== before,
    20_000,
  );
}

test('connects from the dashboard, takes the team library, and syncs both ways from the background page', async () => {
  const page = await firefox.openDashboard('sync');
  await fill(page, 'Server address', server.url);
  await fill(page, 'Database name', 'team');
  await page.locator(aria('button', 'Connect')).click();
  await waitFor(
    () => textOf(page, '::-p-text(Connected. Your library is in sync with the team.)'),
    (text) => text !== null,
    30_000,
  );
  await page.screenshot({ path: 'test-results/firefox-team-sync-connected.png' });
  // The whole team library came in, and the member's own starter library went up.
  expect(await textOf(page, '::-p-text(Last sync:)')).toMatch(
    new RegExp(`^Last sync: \\d+ sent, ${TEAM_SETS} received, 0 conflicts$`),
  );
  expect(await textOf(page, '::-p-text(All your changes are on the server.)')).not.toBeNull();
  const afterConnect = await serverRecords();
  expect(afterConnect.get('brandKit:brand')).toMatchObject({ id: 'brand' });
  expect(afterConnect.size).toBeGreaterThan(TEAM_SETS);

  // A teammate's set is in this member's Hashtag sets.
  await page.locator(aria('link', 'Hashtag sets')).click();
  await page.locator('::-p-text(Koleksi 1199)').wait();

  // Budi renames one of his sets; "Sync now" brings exactly that change.
  const id = 'hashtagSets:set_budi_7';
  const doc = (await (await fetch(`${team}/${id}`)).json()) as { record: SyncRecord };
  const renamed = {
    ...doc,
    record: { ...doc.record, name: 'Pekan Literasi', updatedAt: Date.now() },
  };
  const put = await fetch(`${team}/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(renamed),
  });
  expect(put.status).toBe(201);
  await page.locator(aria('link', 'Team sync')).click();
  expect(await syncNow(page)).toBe('Last sync: 0 sent, 1 received, 0 conflicts');
  await page.locator(aria('link', 'Hashtag sets')).click();
  await page.locator('::-p-text(Pekan Literasi)').wait();

  // A set made here reaches the server by itself, a few seconds later.
  await page.locator(aria('button', 'New set')).click();
  await fill(page, 'Set name', 'Hari Dongeng');
  await fill(page, 'Paste tags or a whole caption', '#HariDongeng #DongengAnak');
  await page.locator(aria('button', 'Add tags')).click();
  await page.locator(aria('button', 'Save')).click();
  const made = await waitFor(
    async () => [...(await serverRecords()).values()].find((r) => r.name === 'Hari Dongeng'),
    (record) => record !== undefined,
    30_000,
  );
  expect(made).toMatchObject({ tags: ['HariDongeng', 'DongengAnak'], deleted: false });
  await page.locator(aria('link', 'Team sync')).click();
  await waitFor(
    () => textOf(page, '::-p-text(All your changes are on the server.)'),
    (text) => text !== null,
  );
  await page.screenshot({ path: 'test-results/firefox-team-sync-synced.png' });
  await page.close();
});
