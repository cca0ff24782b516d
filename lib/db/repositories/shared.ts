import type { Table } from 'dexie';
import { textProblem, type TextKind } from '@/lib/text';
import { DbError } from '../errors';
import type { SyncMeta } from '../types';
import type { RepoContext } from './context';

/** A shared-table record as stored: known fields plus whatever a newer client wrote. */
export type Stored<T> = T & Record<string, unknown>;

export function meta(ctx: RepoContext, id: string): SyncMeta {
  return { id, updatedAt: ctx.now(), updatedBy: ctx.memberId, deleted: false };
}

/**
 * Updates a shared record in place: spreads the stored record (unknown fields survive), applies
 * the patch, stamps updatedAt/updatedBy. Never rebuilds a record from known fields only.
 * `updatedAt` always moves forward, even if the clock went backwards, so last-writer-wins works.
 */
export async function patchShared<T extends SyncMeta>(
  ctx: RepoContext,
  table: Table<T, string, T>,
  id: string,
  patch: (stored: T) => Partial<T>,
  operation: string,
): Promise<T> {
  const stored = await table.get(id);
  if (!stored)
    throw new DbError('not-found', operation, { message: `${operation}: no record ${id}` });
  refuseSubscribed(stored, operation);
  const next: T = {
    ...stored,
    ...patch(stored),
    id,
    updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
    updatedBy: ctx.memberId,
  };
  await table.put(next);
  return next;
}

/** Soft delete: the tombstone stays so the deletion can travel (and seeds stay deleted). */
export async function tombstone<T extends SyncMeta>(
  ctx: RepoContext,
  table: Table<T, string, T>,
  id: string,
  operation: string,
): Promise<T> {
  return patchShared(ctx, table, id, () => ({ deleted: true }) as Partial<T>, operation);
}

/** Ids of subscribed records start with this; nobody else may use it. */
export const SUBSCRIBED_ID_PREFIX = 'sub:';

export function isSubscribed(record: object | undefined): boolean {
  return Boolean(record && (record as { source?: unknown }).source);
}

/**
 * Subscribed records belong to their publisher: they change only when the source changes. The
 * UI turns the 'read-only' code into "this comes from <subscription>; duplicate it to edit".
 */
export function refuseSubscribed(record: object, operation: string): void {
  if (!isSubscribed(record)) return;
  const { source } = record as { source: { title?: unknown } };
  throw new DbError('read-only', operation, {
    message: `${operation}: ${String((record as { id?: unknown }).id)} comes from the subscription "${String(source.title)}" and is read-only`,
  });
}

/** New records may not take ids from the subscribed namespace. */
export function refuseSubscribedId(id: string, operation: string): void {
  if (id.startsWith(SUBSCRIBED_ID_PREFIX))
    throw new DbError('invalid', operation, {
      message: `${operation}: ids starting with "${SUBSCRIBED_ID_PREFIX}" are reserved for subscriptions`,
    });
}

export function live<T extends SyncMeta>(record: T | undefined): T | undefined {
  return record && !record.deleted ? record : undefined;
}

/**
 * Required text, refused as packs and sync would refuse it (`textProblem`, lib/text): what a
 * repository stores, every way out (backup, pack, sync) accepts back. Names are one-line text.
 */
export function requireText(
  value: unknown,
  field: string,
  operation: string,
  max = 20_000,
  kind: TextKind = max <= 200 ? 'name' : 'text',
): string {
  if (typeof value !== 'string' || !value.trim() || value.length > max) {
    throw new DbError('invalid', operation, {
      message: `${operation}: ${field} is empty or too long`,
    });
  }
  const problem = textProblem(kind === 'name' ? value.trim() : value, kind);
  if (problem)
    throw new DbError('invalid', operation, { message: `${operation}: ${field} ${problem.en}` });
  return value;
}

/**
 * Refuses a new record when the team's own library already holds `max` live ones: a pack holds
 * no more, and Sapa must be able to export what it stores (lib/db/limits.ts).
 */
export async function refuseOverLimit<T extends SyncMeta>(
  table: Table<T, string, T>,
  max: number,
  operation: string,
): Promise<void> {
  // Counting every row is cheap; reading them only matters near the limit.
  if ((await table.count()) < max) return;
  const live = await table.filter((r) => !r.deleted && !isSubscribed(r)).count();
  if (live >= max)
    throw new DbError('invalid', operation, {
      message: `${operation}: the library already holds ${live} (max ${max})`,
    });
}
