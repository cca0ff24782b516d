/**
 * What the team-sync end-to-end tests share: the team database on the CouchDB-protocol server
 * the test starts (with the validation `npm run sync:setup` installs), each member's Team sync
 * tab, connecting it, naming the member, and "Sync now" waited out as a person would.
 *
 * Stand-in, as in team-sync.e2e.ts: headless Chromium cannot show the "allow this site" prompt,
 * so `chrome.permissions.request` is answered "granted" in the sync tab; the server sends CORS
 * headers so the service worker reaches it without the host permission.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { VALIDATE_DOC_UPDATE } from '@/lib/team-sync/engine/validate-doc-update';
import { startCouchServer, type CouchServer } from '../support/couch-server';
import { grantOriginRequests, type Harness } from './harness';

/** The Team sync page's words and the Team members list's, from assets/locales. */
export interface SyncWords {
  locale: string;
  sync: { url: string; database: string; connect: string; connected: string; now: string };
  syncFinished: string;
  /** The last sync's report when it met no conflict. */
  noConflicts: RegExp;
  allSent: string;
  /** "N changes … cannot be sent to the team": the server refused them. */
  refused: RegExp;
  team: { region: string; name: string; role: string; save: string; saved: (n: string) => string };
}

export const ID_SYNC: SyncWords = {
  locale: 'id-ID',
  sync: {
    url: 'Alamat server',
    database: 'Nama basis data',
    connect: 'Hubungkan',
    connected: 'Terhubung. Pustaka Anda sudah sinkron dengan tim.',
    now: 'Sinkronkan sekarang',
  },
  syncFinished: 'Sinkronisasi selesai.',
  noConflicts: /^Sinkronisasi terakhir: \d+ dikirim, \d+ diterima, 0 konflik$/,
  allSent: 'Semua perubahan Anda sudah ada di server.',
  refused: /tidak dapat dikirim ke tim/,
  team: {
    region: 'Anggota tim',
    name: 'Nama tampilan',
    role: 'Peran',
    save: 'Simpan anggota',
    saved: (n) => `${n} disimpan.`,
  },
};

export const EN_SYNC: SyncWords = {
  locale: 'en-US',
  sync: {
    url: 'Server address',
    database: 'Database name',
    connect: 'Connect',
    connected: 'Connected. Your library is in sync with the team.',
    now: 'Sync now',
  },
  syncFinished: 'Sync finished.',
  noConflicts: /^Last sync: \d+ sent, \d+ received, 0 conflicts$/,
  allSent: 'All your changes are on the server.',
  refused: /cannot be sent to the team/,
  team: {
    region: 'Team members',
    name: 'Display name',
    role: 'Role',
    save: 'Save member',
    saved: (n) => `Saved ${n}.`,
  },
};

/** The server with an empty team database, as `npm run sync:setup` leaves it. */
export async function startTeamServer(): Promise<CouchServer> {
  const server = await startCouchServer({ cors: true });
  expect((await fetch(`${server.url}/team`, { method: 'PUT' })).status).toBe(201);
  // The server checks every document.
  const design = await fetch(`${server.url}/team/_design/sapa`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE }),
  });
  expect(design.status).toBe(201);
  return server;
}

/** The dashboard's Team sync in a tab of its own, where the permission prompt says yes. */
export async function openSyncTab(harness: Harness): Promise<Page> {
  const sync = await harness.context.newPage();
  await sync.goto(`chrome-extension://${harness.extensionId}/options.html#sync`);
  await grantOriginRequests(sync);
  return sync;
}

/** Connects the member's Sapa to the team database. */
export async function connect(sync: Page, words: SyncWords, serverUrl: string): Promise<void> {
  await sync.getByLabel(words.sync.url).fill(serverUrl);
  await sync.getByLabel(words.sync.database).fill('team');
  await sync.getByRole('button', { name: words.sync.connect }).click();
  await sync.getByText(words.sync.connected).waitFor({ timeout: 20_000 });
}

/**
 * "Sync now" in the member's Team sync tab; the button says "Syncing…" until the background's
 * sync (export, pull, push) has finished, then the notice says so.
 */
export async function syncNow(sync: Page, words: SyncWords): Promise<void> {
  const button = sync.getByRole('button', { name: words.sync.now });
  await button.click();
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  await sync.getByText(words.syncFinished).waitFor({ timeout: 20_000 });
  // Every change here is one member's at a time: none may meet another as a conflict, and the
  // server's validation accepts every one.
  await sync.getByText(words.noConflicts).waitFor();
  await sync.getByText(words.allSent).waitFor();
  expect(await sync.getByText(words.refused).count()).toBe(0);
}

/**
 * Names this browser's member in the calendar's Team members list (a page on #calendar). The
 * Member ID field is left empty: the name is for this browser's own id.
 */
export async function nameMember(
  calendar: Page,
  words: SyncWords,
  name: string,
  role: string,
): Promise<void> {
  const team = calendar.getByRole('region', { name: words.team.region });
  await team.getByLabel(words.team.name).fill(name);
  await team.getByLabel(words.team.role).selectOption({ label: role });
  await team.getByRole('button', { name: words.team.save }).click();
  await calendar.getByText(words.team.saved(name)).waitFor();
}
