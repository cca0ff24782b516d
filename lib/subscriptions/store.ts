/**
 * Subscriptions in the database: the subscription records and their items in `templates` and
 * `hashtagSets`. Every write is one transaction, so a good copy lands whole or not at all and a
 * failed check never touches the items (the last good copy stays).
 */
import { DbError, guard } from '@/lib/db/errors';
import type { SapaDb } from '@/lib/db/schema';
import {
  addRow,
  deleteRow,
  getRow,
  inTransaction,
  putRows,
  rowsOrderedBy,
  rowsWhere,
  rowsWithIdPrefix,
} from '@/lib/db/records';
import { newId } from '@/lib/text';
import type { RecordSource, SubscriptionError, SubscriptionRecord } from '@/lib/db/types';
import {
  changesAnything,
  diffItems,
  subscribedPrefix,
  type ItemDiff,
  type StoredItem,
} from './diff';
import type { Validators } from './http';
import type { ParsedSource } from './parse';

const ITEM_TABLES = ['templates', 'hashtagSets'] as const;

/** Every subscription, oldest first. */
export async function allSubscriptions(db: SapaDb): Promise<SubscriptionRecord[]> {
  return guard(
    'subscriptions.all',
    async () =>
      (await rowsOrderedBy(db, 'subscriptions', 'createdAt')) as unknown as SubscriptionRecord[],
  );
}

/** A first name for a subscription: its host, until the pack names its library. */
export function titleFromUrl(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function sourceOf(sub: Pick<SubscriptionRecord, 'id' | 'title' | 'url'>): RecordSource {
  return { subscriptionId: sub.id, title: sub.title, url: sub.url };
}

/** Every item a subscription ever brought (tombstones included), from both tables. */
async function itemsOf(db: SapaDb, subscriptionId: string): Promise<StoredItem[]> {
  const prefix = subscribedPrefix(subscriptionId);
  const out: StoredItem[] = [];
  for (const table of ITEM_TABLES) {
    const rows = await rowsWithIdPrefix(db, table, prefix);
    for (const record of rows) out.push({ table, record: record as StoredItem['record'] });
  }
  return out;
}

export async function findByUrl(db: SapaDb, url: string): Promise<SubscriptionRecord | undefined> {
  return guard(
    'subscriptions.findByUrl',
    async () =>
      (await rowsWhere(db, 'subscriptions', 'url', url))[0] as SubscriptionRecord | undefined,
  );
}

export async function createSubscription(
  db: SapaDb,
  input: { url: string; title?: string },
  now: number,
): Promise<SubscriptionRecord> {
  const title = input.title?.trim();
  const record: SubscriptionRecord = {
    id: newId('s'),
    url: input.url,
    title: title || titleFromUrl(input.url),
    autoTitle: !title,
    kind: null,
    etag: null,
    lastModified: null,
    lastCheckedAt: null,
    lastOkAt: null,
    lastChangedAt: null,
    lastError: null,
    itemCount: 0,
    counts: { templates: 0, hashtagSets: 0 },
    createdAt: now,
  };
  await guard('subscriptions.create', () => addRow(db, 'subscriptions', record));
  return record;
}

/** A check that failed: the items and validators stay, the error is recorded. */
export async function recordFailure(
  db: SapaDb,
  id: string,
  error: SubscriptionError,
): Promise<SubscriptionRecord | undefined> {
  return guard('subscriptions.recordFailure', () =>
    inTransaction(db, 'rw', ['subscriptions'], async () => {
      const sub = (await getRow(db, 'subscriptions', id)) as SubscriptionRecord | undefined;
      if (!sub) return undefined;
      const next: SubscriptionRecord = { ...sub, lastCheckedAt: error.at, lastError: error };
      await putRows(db, 'subscriptions', [next]);
      return next;
    }),
  );
}

/** 304: the last good copy is still the source's. */
export async function recordNotModified(
  db: SapaDb,
  id: string,
  now: number,
): Promise<SubscriptionRecord | undefined> {
  return guard('subscriptions.recordNotModified', () =>
    inTransaction(db, 'rw', ['subscriptions'], async () => {
      const sub = (await getRow(db, 'subscriptions', id)) as SubscriptionRecord | undefined;
      if (!sub) return undefined;
      const next: SubscriptionRecord = {
        ...sub,
        lastCheckedAt: now,
        lastOkAt: now,
        lastError: null,
      };
      await putRows(db, 'subscriptions', [next]);
      return next;
    }),
  );
}

export interface AppliedCopy {
  subscription: SubscriptionRecord;
  diff: ItemDiff;
}

/**
 * A new good copy: items added, changed or tombstoned to match the source, and the validators
 * kept for the next conditional request, in one transaction. Undefined when the subscription
 * was removed meanwhile (nothing is written then).
 */
export async function applyGoodCopy(
  db: SapaDb,
  id: string,
  copy: Extract<ParsedSource, { ok: true }>,
  validators: Validators,
  now: number,
): Promise<AppliedCopy | undefined> {
  return guard('subscriptions.apply', () =>
    inTransaction(db, 'rw', ['subscriptions', ...ITEM_TABLES], async () => {
      const sub = (await getRow(db, 'subscriptions', id)) as SubscriptionRecord | undefined;
      if (!sub) return undefined;
      const title = sub.autoTitle && copy.library ? copy.library.slice(0, 200) : sub.title;
      const diff = diffItems(await itemsOf(db, id), copy.items, {
        source: sourceOf({ ...sub, title }),
        now,
      });
      for (const table of ITEM_TABLES) {
        const rows = diff.put.filter((p) => p.table === table).map((p) => p.record);
        await putRows(db, table, rows);
      }
      const changed = changesAnything(diff) || sub.lastOkAt === null;
      const next: SubscriptionRecord = {
        ...sub,
        title,
        kind: copy.kind,
        etag: validators.etag,
        lastModified: validators.lastModified,
        lastCheckedAt: now,
        lastOkAt: now,
        lastChangedAt: changed ? now : sub.lastChangedAt,
        lastError: null,
        itemCount: diff.counts.templates + diff.counts.hashtagSets,
        counts: diff.counts,
      };
      await putRows(db, 'subscriptions', [next]);
      return { subscription: next, diff };
    }),
  );
}

/** Removes a subscription; its items become tombstones. Returns how many items were live. */
export async function removeSubscription(db: SapaDb, id: string, now: number): Promise<number> {
  return guard('subscriptions.remove', () =>
    inTransaction(db, 'rw', ['subscriptions', ...ITEM_TABLES], async () => {
      const sub = (await getRow(db, 'subscriptions', id)) as SubscriptionRecord | undefined;
      if (!sub)
        throw new DbError('not-found', 'subscriptions.remove', {
          message: `subscriptions.remove: no subscription ${id}`,
        });
      const diff = diffItems(await itemsOf(db, id), [], { source: sourceOf(sub), now });
      for (const table of ITEM_TABLES) {
        const rows = diff.put.filter((p) => p.table === table).map((p) => p.record);
        await putRows(db, table, rows);
      }
      await deleteRow(db, 'subscriptions', id);
      return diff.removed.length;
    }),
  );
}
