/**
 * Change notifications, background side.
 *
 * Source of truth: Dexie 4's global `storagemutated` event. Dexie fires it after every committed
 * write in this context (the router's handlers, sync) and re-fires it for writes committed in
 * other same-origin contexts (the options/dashboard page writing Dexie directly), which it
 * propagates over its own BroadcastChannel. BroadcastChannel exists in MV3 service workers and
 * in Firefox's background page, so one listener here sees every write without each writer having
 * to remember to announce it. `notify` stays public for anything that changes data outside
 * Dexie.
 *
 * Fan-out: every content script holds a port named `sapa-changes`; the hub posts
 * `{ type: 'ready' }` when a port connects and `{ type: 'changed', tables }` after writes,
 * coalescing writes that land within `coalesceMs` into one message.
 */
import Dexie from 'dexie';
import { CHANGE_TABLES, type ChangeTable, type PortMessage } from '@/lib/messaging/protocol';

export interface HubPort {
  postMessage(message: PortMessage): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export interface ChangeHubOptions {
  coalesceMs?: number;
}

const KNOWN = new Set<string>(CHANGE_TABLES);

/** Table names touched, from Dexie's observability set keys (`idb://<db>/<table>/<index>`). */
export function tablesFromMutatedParts(
  dbName: string,
  parts: Record<string, unknown>,
): ChangeTable[] {
  const out = new Set<ChangeTable>();
  const prefix = `idb://${dbName}/`;
  for (const key of Object.keys(parts)) {
    if (key === 'all') return [...CHANGE_TABLES];
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0] ?? '';
    if (KNOWN.has(table)) out.add(table as ChangeTable);
  }
  return [...out];
}

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
      const listener = (parts: Record<string, unknown>) =>
        this.notify(tablesFromMutatedParts(dbName, parts));
      Dexie.on('storagemutated', listener);
      return () => Dexie.on.storagemutated.unsubscribe(listener);
    },
    /** Sends anything pending now (tests, shutdown). */
    flush() {
      clearTimeout(timer);
      flush();
    },
  };
}
export type ChangeHub = ReturnType<typeof createChangeHub>;
