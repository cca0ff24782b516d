/**
 * Which tables a committed write touched, from any extension context. Source of truth: Dexie 4's
 * global `storagemutated` event, fired after every committed write in this context and re-fired
 * for writes committed in other same-origin contexts (the dashboard writing Dexie directly) over
 * Dexie's own BroadcastChannel, which exists in MV3 service workers and Firefox's background page.
 */
import Dexie from 'dexie';
import { ALL_TABLES, type TableName } from './tables';

const KNOWN = new Set<string>(ALL_TABLES);

/** Table names touched, from Dexie's observability set keys (`idb://<db>/<table>/<index>`). */
export function tablesFromMutatedParts(
  dbName: string,
  parts: Record<string, unknown>,
): TableName[] {
  const out = new Set<TableName>();
  const prefix = `idb://${dbName}/`;
  for (const key of Object.keys(parts)) {
    if (key === 'all') return [...ALL_TABLES];
    if (!key.startsWith(prefix)) continue;
    const table = key.slice(prefix.length).split('/')[0] ?? '';
    if (KNOWN.has(table)) out.add(table as TableName);
  }
  return [...out];
}

/** Calls `onWrite` with the tables of every committed write to the named database. */
export function watchCommittedWrites(
  dbName: string,
  onWrite: (tables: TableName[]) => void,
): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const tables = tablesFromMutatedParts(dbName, parts);
    if (tables.length) onWrite(tables);
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
