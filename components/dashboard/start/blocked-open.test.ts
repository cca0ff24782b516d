/**
 * The dashboard's own opening of the database, blocked by an older connection that does not let
 * go: the page says why and what to do, and the note goes once the database is open.
 */
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SapaDb, SCHEMA_V5 } from '@/lib/db/schema';
import { noteWhileBlocked } from './blocked-open';

const name = `sapa-dashboard-blocked-${Math.random().toString(36).slice(2)}`;

/** Sapa's database as an older Sapa (version 5) left it, held open by a connection that stays. */
async function heldOlderDatabase(): Promise<IDBDatabase> {
  const old = new Dexie(name);
  old.version(5).stores(SCHEMA_V5);
  await old.open();
  old.close();
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 50); // Dexie's version 5
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe("the dashboard's database held by an older copy", () => {
  it('says why the page waits and what to do, in the browser’s language, until it opens', async () => {
    // fakeBrowser leaves the UI language unimplemented; this browser speaks Indonesian.
    fakeBrowser.i18n.getUILanguage = () => 'id-ID';
    const held = await heldOlderDatabase();
    const container = document.createElement('div');
    const db = new SapaDb(name);
    noteWhileBlocked(db, container);
    const opening = db.open();
    await vi.waitFor(() => expect(container.textContent).not.toBe(''));
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^Dasbor Sapa belum dapat membuka penyimpanannya: salinan Sapa yang lebih lama/,
    );
    held.close();
    await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
    await Dexie.delete(name);
  });
});
