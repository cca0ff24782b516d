import type { Table } from 'dexie';
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

export function live<T extends SyncMeta>(record: T | undefined): T | undefined {
  return record && !record.deleted ? record : undefined;
}

export function requireText(
  value: unknown,
  field: string,
  operation: string,
  max = 20_000,
): string {
  if (typeof value !== 'string' || !value.trim() || value.length > max) {
    throw new DbError('invalid', operation, {
      message: `${operation}: ${field} is empty or too long`,
    });
  }
  return value;
}
