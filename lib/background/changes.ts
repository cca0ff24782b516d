/**
 * Change notifications, background side.
 *
 * Source of truth: every committed write to the database, from any extension context
 * (lib/db/observe.ts), so no writer has to remember to announce it. `notify` stays public for
 * anything that changes data outside Dexie.
 *
 * Fan-out: every content script holds a port named `sapa-changes`; the hub posts
 * `{ type: 'ready' }` when a port connects and `{ type: 'changed', tables }` after writes,
 * coalescing writes that land within `coalesceMs` into one message.
 */
import { watchCommittedWrites } from '@/lib/db/observe';
import { CHANGE_TABLES, type ChangeTable, type PortMessage } from '@/lib/messaging/protocol';

export interface HubPort {
  postMessage(message: PortMessage): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ChangeHubOptions {
  coalesceMs?: number;
}

export { tablesFromMutatedParts } from '@/lib/db/observe';

export function createChangeHub(options: ChangeHubOptions = {}) {
  const coalesceMs = options.coalesceMs ?? 20;
  const ports = new Set<HubPort>();
  const pending = new Set<ChangeTable>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function post(port: HubPort, message: PortMessage) {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port); // disconnected under us
    }
  }

  function flush() {
    timer = undefined;
    if (!pending.size) return;
    const tables = CHANGE_TABLES.filter((t) => pending.has(t));
    pending.clear();
    for (const port of [...ports]) post(port, { type: 'changed', tables });
  }

  return {
    addPort(port: HubPort) {
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
      post(port, { type: 'ready' });
    },
    get portCount() {
      return ports.size;
    },
    notify(tables: Iterable<ChangeTable>) {
      for (const t of tables) pending.add(t);
      if (pending.size && timer === undefined) timer = setTimeout(flush, coalesceMs);
    },
    /** Forwards every committed write to the named database; returns the unsubscribe. */
    watchDexie(dbName: string): () => void {
      return watchCommittedWrites(dbName, (tables) => this.notify(tables));
    },
    /** Sends anything pending now (tests, shutdown). */
    flush() {
      clearTimeout(timer);
      flush();
    },
  };
}
export type ChangeHub = ReturnType<typeof createChangeHub>;
