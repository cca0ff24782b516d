/** The whole database at once: backups out, checked backups in. Only lib/db touches Dexie. */
import type { Table } from 'dexie';
import { newId } from '@/lib/text';
import { guard } from './errors';
import type { SapaDb } from './schema';
import { LAST_RESTORE_KEY, type RestoreMark } from './restore-mark';
import { ALL_TABLES, type TableName } from './tables';

type Row = Record<string, unknown>;

/**
 * Every table as a dexie-export-import file (a Blob of JSON). The library is loaded when a backup
 * is made, not with the dashboard's first chunk (65 kB that only a backup needs).
 */
export function exportWholeDatabase(db: SapaDb): Promise<Blob> {
  return guard('backup.export', async () => {
    const { exportDB } = await import('dexie-export-import');
    return exportDB(db, { prettyJson: false });
  });
}

/**
 * Replaces every table's rows with the given ones, in one transaction: all or nothing. The
 * restore mark is written in the same transaction, so team sync never sees restored records
 * without it.
 */
export function replaceWholeDatabase(
  db: SapaDb,
  tables: Record<TableName, readonly Row[]>,
  now: () => number = Date.now,
): Promise<void> {
  return guard('backup.restore', () =>
    db.transaction('rw', [...ALL_TABLES], async () => {
      for (const name of ALL_TABLES) {
        const table = db[name] as unknown as Table<Row, string>;
        await table.clear();
        if (tables[name].length) await table.bulkAdd([...tables[name]]);
      }
      const mark: RestoreMark = { at: now(), id: newId() };
      await db.settings.put({ key: LAST_RESTORE_KEY, value: mark });
    }),
  );
}
