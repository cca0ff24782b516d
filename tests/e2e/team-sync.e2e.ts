/**
 * Team sync in the real extension: PouchDB runs in Chromium's service worker over its IndexedDB
 * adapter and replicates with a CouchDB-protocol server the test starts (express-pouchdb).
 *
 * One stand-in: headless Chromium cannot show the "allow this site" permission prompt, so the
 * dashboard's `chrome.permissions.request` is answered "granted" in the test page; the server
 * sends CORS headers so the service worker reaches it without the host permission.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXTENSION_DIR, grantOriginRequests, launch, readTable, type Harness } from './harness';

let harness: Harness;
let server: CouchServer;
let team: string;

beforeAll(async () => {
  server = await startCouchServer({ cors: true });
  team = `${server.url}/team`;
  expect((await fetch(team, { method: 'PUT' })).status).toBe(201);
  harness = await launch();
});
afterAll(async () => {
  await harness?.close();
  await server?.stop();
});

test('the built manifest asks for no host beyond the four sites up front', async () => {
  const manifest = JSON.parse(
    await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
  ) as Record<string, unknown>;
  // `scripting`: to put the content script into the sites' open tabs after an update (drafts).
  expect(manifest.permissions).toEqual([
    'storage',
    'unlimitedStorage',
    'clipboardWrite',
    'alarms',
    'scripting',
  ]);
  expect(manifest.host_permissions).toEqual([
    'https://x.com/*',
    'https://www.instagram.com/*',
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://www.tiktok.com/*',
  ]);
  // A team server or published library is asked for one origin at a time, when it is added.
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  // Notifications are asked for only when the person turns calendar reminders on.
  expect(manifest.optional_permissions).toEqual(['notifications']);
});

async function serverDoc(id: string): Promise<Record<string, unknown> | null> {
  const response = await fetch(`${team}/${encodeURIComponent(id)}`);
  return response.ok ? ((await response.json()) as Record<string, unknown>) : null;
}

/** Makes a hashtag set in the dashboard's Hashtag sets section, as a person does. */
async function newSetInDashboard(page: Page, name: string, tags: string): Promise<void> {
  await page.getByRole('link', { name: 'Hashtag sets' }).click();
  await page.getByRole('button', { name: 'New set' }).click();
  await page.getByLabel('Set name').fill(name);
  await page.getByLabel('Paste tags or a whole caption').fill(tags);
  await page.getByRole('button', { name: 'Add tags' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
}

test('connects from the dashboard, syncs both ways from the service worker, and keeps syncing after an edit', async () => {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
  await grantOriginRequests(page);

  await page.getByLabel('Server address').fill(server.url);
  await page.getByLabel('Database name').fill('team');
  await page.getByRole('button', { name: 'Connect' }).click();
  await expect
    .poll(() => page.getByText('Connected. Your library is in sync with the team.').count(), {
      timeout: 20_000,
    })
    .toBe(1);
  await expect.poll(() => page.getByText(/^Last synced /).count()).toBe(1);
  await expect.poll(() => page.getByText('All your changes are on the server.').count()).toBe(1);

  // The member's library went up: the brand kit and the seeded sets are on the server.
  const brand = await serverDoc('brandKit:brand');
  expect(brand).toMatchObject({ table: 'brandKit', record: { id: 'brand' } });

  // The replica is PouchDB's IndexedDB database inside the extension.
  const databases = await harness.background.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? ''),
  );
  expect(databases.some((name) => /^_pouch_sapa-team-/.test(name))).toBe(true);

  // Another member (a plain client over HTTP) adds a hashtag set; "Sync now" brings it in.
  const now = Date.now();
  const put = await fetch(`${team}/hashtagSets:from-budi`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      sapa: 1,
      table: 'hashtagSets',
      record: {
        id: 'from-budi',
        name: 'Pekan Literasi',
        tags: ['PekanLiterasi', 'AyoMembaca'],
        updatedAt: now,
        updatedBy: 'budi',
        deleted: false,
      },
    }),
  });
  expect(put.status).toBe(201);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(async () =>
      (await readTable(harness.background, 'hashtagSets')).find((s) => s.id === 'from-budi'),
    )
    .toMatchObject({ name: 'Pekan Literasi', tags: ['PekanLiterasi', 'AyoMembaca'] });

  // An edit in the dashboard reaches the server by itself, a few seconds later.
  await newSetInDashboard(page, 'Hari Dongeng', '#HariDongeng #DongengAnak');
  await expect
    .poll(async () =>
      (await readTable(harness.background, 'hashtagSets')).find((s) => s.name === 'Hari Dongeng'),
    )
    .toBeTruthy();
  const local = (await readTable(harness.background, 'hashtagSets')).find(
    (s) => s.name === 'Hari Dongeng',
  )!;
  await expect
    .poll(async () => (await serverDoc(`hashtagSets:${String(local.id)}`))?.record, {
      timeout: 20_000,
    })
    .toMatchObject({ name: 'Hari Dongeng', tags: ['HariDongeng', 'DongengAnak'] });

  expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.close();
});

test('a second browser joins the same team database, gets the library, and its deletion reaches the first', async () => {
  const second = await launch();
  try {
    const page = await second.context.newPage();
    await page.goto(`chrome-extension://${second.extensionId}/options.html#sync`);
    await grantOriginRequests(page);
    await page.getByLabel('Server address').fill(server.url);
    await page.getByLabel('Database name').fill('team');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => page.getByText('Connected. Your library is in sync with the team.').count(), {
        timeout: 20_000,
      })
      .toBe(1);

    // What the first member made is here, in the second browser's dashboard.
    await page.getByRole('link', { name: 'Hashtag sets' }).click();
    await page.getByRole('button', { name: /Hari Dongeng/ }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByText('Set “Hari Dongeng” deleted.').count()).toBe(1);
    await page.getByRole('link', { name: 'Team sync' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => page.getByText('All your changes are on the server.').count()).toBe(1);

    // The first browser syncs and the set is gone there too (kept as a tombstone).
    const first = await harness.context.newPage();
    await first.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
    await first.getByRole('button', { name: 'Sync now' }).click();
    await expect
      .poll(
        async () =>
          (await readTable(harness.background, 'hashtagSets')).find(
            (s) => s.name === 'Hari Dongeng',
          ),
        { timeout: 20_000 },
      )
      .toMatchObject({ deleted: true });
    await first.getByRole('link', { name: 'Hashtag sets' }).click();
    await expect.poll(() => first.getByRole('button', { name: /Pekan Literasi/ }).count()).toBe(1);
    expect(await first.getByRole('button', { name: /Hari Dongeng/ }).count()).toBe(0);
    expect(second.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  } finally {
    await second.close();
  }
});

test("restoring a backup keeps a teammate's newer edit and logs the restored version (issue #14, item 1)", async () => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#backup`);

  // A full backup, as the person downloads it; "Pekan Literasi" is in it as Budi first wrote it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download full backup' }).click(),
  ]);
  const backup = await readFile((await download.path())!, 'utf8');
  expect(backup).toContain('Pekan Literasi');

  // The next day, so to speak, Budi changes the set on the server; this browser takes it.
  const id = 'hashtagSets:from-budi';
  const doc = (await serverDoc(id))!;
  const record = doc.record as Record<string, unknown>;
  const budiEdit = { ...record, tags: ['PekanLiterasi', 'LiterasiDigital'], updatedAt: Date.now() };
  const put = await fetch(`${team}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...doc, record: budiEdit }),
  });
  expect(put.status).toBe(201);
  await page.getByRole('link', { name: 'Team sync' }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  const localSet = async () =>
    (await readTable(harness.background, 'hashtagSets')).find((s) => s.id === 'from-budi');
  await expect.poll(async () => (await localSet())?.tags).toEqual(budiEdit.tags);

  // Restoring the backup: the dialog says what happens to the team's newer versions.
  await page.getByRole('link', { name: 'Backup & packs' }).click();
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'sapa-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  const note = page.getByText(/^Team sync is on: for items your team changed after this backup/);
  await expect.poll(() => note.count()).toBe(1);
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/restore-with-team-sync.png' });
  await page.getByLabel('I understand that restoring replaces everything Sapa stores now.').check();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect.poll(() => page.getByText('Backup restored.').count()).toBe(1);
  expect((await localSet())?.tags).toEqual(['PekanLiterasi', 'AyoMembaca']);

  // After the next sync Budi's edit is back here and still on the server; the restored version
  // is in the conflict log.
  await page.getByRole('link', { name: 'Team sync' }).click();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(async () => (await localSet())?.tags, { timeout: 20_000 })
    .toEqual(budiEdit.tags);
  expect(((await serverDoc(id))?.record as Record<string, unknown>).tags).toEqual(budiEdit.tags);
  const conflicts = await readTable(harness.background, 'conflicts');
  expect(
    conflicts
      .filter((c) => c.recordId === 'from-budi')
      .map((c) => (c.loser as { tags: unknown }).tags),
  ).toEqual([['PekanLiterasi', 'AyoMembaca']]);
  expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  await page.close();
});

test('the server cut while an edit is sent: the person is told, the edit is kept and sent once it is back (issue #14, item 9)', async () => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
  // The server goes away as the edit's push starts writing (the sockets closed mid-request).
  let cut = false;
  const stopWatching = server.onRequest((req) => {
    if (!cut && req.method === 'POST' && req.url?.includes('/_bulk_docs')) {
      cut = true;
      void server.goDown();
    }
  });
  try {
    await newSetInDashboard(page, 'Jam Cerita Sabtu', '#JamCerita #PerpustakaanAnak');
    // The sync that follows an edit by itself meets the cut.
    await expect.poll(() => cut, { timeout: 20_000 }).toBe(true);
    await page.getByRole('link', { name: 'Team sync' }).click();
    const told = page.getByText(
      "The sync server can't be reached. Your changes are kept and will be sent later.",
    );
    await expect.poll(() => told.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText(/^\d+ changes? waiting to be sent$/).count()).toBe(1);
    await page.screenshot({ path: 'test-results/team-sync-server-cut.png' });
  } finally {
    stopWatching();
  }
  const local = (await readTable(harness.background, 'hashtagSets')).find(
    (s) => s.name === 'Jam Cerita Sabtu',
  );
  expect(local).toMatchObject({ tags: ['JamCerita', 'PerpustakaanAnak'] });

  await server.comeBack();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => page.getByText('All your changes are on the server.').count(), { timeout: 20_000 })
    .toBe(1);
  expect((await serverDoc(`hashtagSets:${String(local!.id)}`))?.record).toMatchObject({
    name: 'Jam Cerita Sabtu',
    tags: ['JamCerita', 'PerpustakaanAnak'],
  });
  await page.close();
});
