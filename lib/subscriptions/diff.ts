/**
 * The new good copy of a source against the subscribed items already stored (pure). Items are
 * stored under `sub:<subscriptionId>:<source id>` with a `source` field; an item the source no
 * longer lists becomes a tombstone (`deleted: true`), like any deletion in Sapa; unchanged items
 * are not written at all.
 */
import { SUBSCRIBED_ID_PREFIX } from '@/lib/db';
import { clampUpdatedAt } from '@/lib/db/clock';
import { searchWordsOf } from '@/lib/text';
import type { RecordSource } from '@/lib/db/types';
import { canonicalJson } from '@/lib/exchange/pack';
import type { IncomingItem } from './parse';

type Row = Record<string, unknown>;

/** `updatedBy` of subscribed items whose source does not say who changed them (CSV). */
export const SUBSCRIPTION_AUTHOR = 'subscription';

export function subscribedPrefix(subscriptionId: string): string {
  return `${SUBSCRIBED_ID_PREFIX}${subscriptionId}:`;
}

export function subscribedId(subscriptionId: string, sourceId: string): string {
  return subscribedPrefix(subscriptionId) + sourceId;
}

export type ItemTable = IncomingItem['table'];

export interface StoredItem {
  table: ItemTable;
  record: Row & { id: string; updatedAt: number; deleted?: boolean };
}

export interface ItemDiff {
  /** Records to write (new, changed, newly tombstoned), per table. */
  put: { table: ItemTable; record: Row }[];
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  /** Live items per table once the diff is applied. */
  counts: { templates: number; hashtagSets: number };
}

function content(record: Row): string {
  const rest: Row = { ...record };
  delete rest.updatedAt;
  delete rest.updatedBy;
  return canonicalJson(rest);
}

function key(table: ItemTable, id: string): string {
  return `${table}\u0000${id}`;
}

export function diffItems(
  current: readonly StoredItem[],
  incoming: readonly IncomingItem[],
  context: { source: RecordSource; now: number },
): ItemDiff {
  const { source, now } = context;
  const stored = new Map(current.map((c) => [key(c.table, c.record.id), c.record]));
  const seen = new Set<string>();
  const diff: ItemDiff = {
    put: [],
    added: [],
    updated: [],
    removed: [],
    unchanged: 0,
    counts: { templates: 0, hashtagSets: 0 },
  };

  for (const item of incoming) {
    const id = subscribedId(source.subscriptionId, item.sourceId);
    const k = key(item.table, id);
    if (seen.has(k)) continue; // the parsers refuse duplicate ids; never write one twice
    seen.add(k);
    diff.counts[item.table]++;
    const fields = item.fields;
    const record: Row = {
      ...fields,
      id,
      source: { ...source },
      deleted: false,
      // The source's clock is not ours: a date far ahead is brought back to now plus a little.
      updatedAt: typeof fields.updatedAt === 'number' ? clampUpdatedAt(fields.updatedAt, now) : now,
      updatedBy: typeof fields.updatedBy === 'string' ? fields.updatedBy : SUBSCRIPTION_AUTHOR,
      ...(item.table === 'templates'
        ? { searchWords: searchWordsOf(typeof fields.name === 'string' ? fields.name : '') }
        : {}),
    };
    const before = stored.get(k);
    if (!before) {
      diff.put.push({ table: item.table, record });
      diff.added.push(id);
    } else if (content(before) === content(record)) {
      diff.unchanged++;
    } else {
      // Time only moves forward on a record, whatever the source's clock says.
      // (An item stored far ahead before dates were clamped is brought back too.)
      record.updatedAt = clampUpdatedAt(
        Math.max(record.updatedAt as number, before.updatedAt + 1),
        now,
      );
      diff.put.push({ table: item.table, record });
      diff.updated.push(id);
    }
  }

  for (const { table, record } of current) {
    if (record.deleted || seen.has(key(table, record.id))) continue;
    diff.put.push({
      table,
      record: {
        ...record,
        deleted: true,
        updatedAt: clampUpdatedAt(Math.max(now, record.updatedAt + 1), now),
      },
    });
    diff.removed.push(record.id);
  }
  return diff;
}

/** True when applying the diff changes what the library shows. */
export function changesAnything(diff: ItemDiff): boolean {
  return diff.put.length > 0;
}
