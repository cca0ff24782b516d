/**
 * The content calendar's tables (schema v5): planned posts and team members. Both are shared
 * records (SyncMeta, tombstones), so what is written here travels through team sync and
 * backups; every write is checked with the same zod schema those ways in use
 * (lib/db/calendar-schema.ts), so Sapa never stores a plan it would refuse to receive.
 */
import type { z } from 'zod/mini';
import { plannedPostSchema, teamMemberSchema } from '../calendar-schema';
import type { MemberRole, PlannedPostRecord, TeamMemberRecord } from '../calendar-types';
import { newId } from '@/lib/text';
import { DbError, guard } from '../errors';
import type { RepoContext } from './context';
import { live, meta, patchShared, tombstone } from './shared';

/** What a person fills in for a plan; the sync fields are the repository's. */
export type PlannedPostInput = Omit<
  PlannedPostRecord,
  'id' | 'updatedAt' | 'updatedBy' | 'deleted'
>;

/** The record as the schema reads it, or an 'invalid' DbError naming the first problem. */
function checked<T>(schema: z.ZodMiniType, record: T, operation: string): T {
  const parsed = schema.safeParse(record);
  if (parsed.success) return parsed.data as T;
  const issue = parsed.error.issues[0];
  throw new DbError('invalid', operation, {
    message: `${operation}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}`,
  });
}

export function plannedPostsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get(id: string): Promise<PlannedPostRecord | undefined> {
      return guard('plannedPosts.get', async () => live(await db.plannedPosts.get(id)));
    },

    /**
     * Live plans that may show between `from` and `to` (days, inclusive): those planned in the
     * range, and recurring ones that started before it (their occurrences are expanded by
     * lib/calendar/recurrence.ts, which knows whether one falls in the range).
     */
    async inRange(from: string, to: string): Promise<PlannedPostRecord[]> {
      return guard('plannedPosts.inRange', () =>
        db.plannedPosts
          .where('date')
          .belowOrEqual(to)
          .filter((p) => !p.deleted && (p.date >= from || p.recurrence !== undefined))
          .toArray(),
      );
    },

    /** Live plans in one status (the "To review" list reads those in review). */
    async withStatus(status: PlannedPostRecord['status']): Promise<PlannedPostRecord[]> {
      return guard('plannedPosts.withStatus', () =>
        db.plannedPosts
          .where('status')
          .equals(status)
          .filter((p) => !p.deleted)
          .toArray(),
      );
    },

    async create(input: PlannedPostInput & { id?: string }): Promise<PlannedPostRecord> {
      return guard('plannedPosts.create', async () => {
        const { id, ...fields } = input;
        const record = checkedPlan(
          { ...fields, ...meta(ctx, id ?? newId('plan_')) },
          'plannedPosts.create',
        );
        await db.plannedPosts.add(record);
        return record;
      });
    },

    /** Changes the fields given; the rest of the stored record (unknown fields too) stays. */
    async update(id: string, patch: Partial<PlannedPostInput>): Promise<PlannedPostRecord> {
      return this.change(id, (stored) => ({ ...stored, ...patch }));
    },

    /**
     * Replaces a live plan with what `next` makes of it (a status transition, an occurrence
     * edit), in one transaction; `updatedAt` still moves forward past the stored version.
     */
    async change(
      id: string,
      next: (stored: PlannedPostRecord) => PlannedPostRecord,
    ): Promise<PlannedPostRecord> {
      const operation = 'plannedPosts.change';
      return guard(operation, () =>
        db.transaction('rw', db.plannedPosts, async () => {
          const stored = live(await db.plannedPosts.get(id));
          if (!stored) throw new DbError('not-found', operation, { message: `no plan ${id}` });
          // `next` gives the whole record: a field it leaves out is removed (a cleared assignee).
          const record = checkedPlan(
            {
              ...next(stored),
              id,
              deleted: false,
              updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
              updatedBy: ctx.memberId,
            },
            operation,
          );
          await db.plannedPosts.put(record);
          return record;
        }),
      );
    },

    /**
     * Splits a series in one transaction ("this and the following occurrences"): `next` gives
     * the stored series as it is to stay (null deletes it) and the new series that goes on from
     * the split, if any. Both are written, or neither, so a teammate never receives half a split.
     */
    async split(
      id: string,
      next: (stored: PlannedPostRecord) => {
        series: PlannedPostRecord | null;
        following?: PlannedPostRecord | undefined;
      },
    ): Promise<{ series: PlannedPostRecord | null; following?: PlannedPostRecord }> {
      const operation = 'plannedPosts.split';
      return guard(operation, () =>
        db.transaction('rw', db.plannedPosts, async () => {
          const stored = live(await db.plannedPosts.get(id));
          if (!stored) throw new DbError('not-found', operation, { message: `no plan ${id}` });
          const { series, following } = next(stored);
          const stamp = {
            updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
            updatedBy: ctx.memberId,
          };
          const kept = series
            ? checkedPlan({ ...series, id, deleted: false, ...stamp }, operation)
            : null;
          const added = following
            ? checkedPlan({ ...following, ...meta(ctx, following.id) }, operation)
            : undefined;
          if (kept) await db.plannedPosts.put(kept);
          else await tombstone(ctx, db.plannedPosts, id, operation);
          if (added) await db.plannedPosts.add(added);
          return { series: kept, ...(added ? { following: added } : {}) };
        }),
      );
    },

    /**
     * Creates or changes many plans in one transaction: all are written, or none (an import).
     * `next` is given the live stored plan for an id, or undefined for a new plan.
     */
    async writeAll(
      items: readonly {
        id?: string;
        next: (stored: PlannedPostRecord | undefined) => PlannedPostInput;
      }[],
    ): Promise<PlannedPostRecord[]> {
      const operation = 'plannedPosts.writeAll';
      return guard(operation, () =>
        db.transaction('rw', db.plannedPosts, async () => {
          const written: PlannedPostRecord[] = [];
          for (const item of items) {
            const stored = item.id ? live(await db.plannedPosts.get(item.id)) : undefined;
            const fields = item.next(stored);
            const record = checkedPlan(
              stored
                ? {
                    ...fields,
                    id: stored.id,
                    deleted: false,
                    updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
                    updatedBy: ctx.memberId,
                  }
                : { ...fields, ...meta(ctx, newId('plan_')) },
              operation,
            );
            await db.plannedPosts.put(record);
            written.push(record);
          }
          return written;
        }),
      );
    },

    async remove(id: string): Promise<void> {
      await guard('plannedPosts.remove', () =>
        db.transaction('rw', db.plannedPosts, () =>
          tombstone(ctx, db.plannedPosts, id, 'plannedPosts.remove'),
        ),
      );
    },
  };
}

function checkedPlan(record: PlannedPostRecord, operation: string): PlannedPostRecord {
  return checked<PlannedPostRecord>(plannedPostSchema, record, operation);
}

export function teamMembersRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    /** Live members, by display name. */
    async list(): Promise<TeamMemberRecord[]> {
      return guard('teamMembers.list', async () =>
        (await db.teamMembers.filter((m) => !m.deleted).toArray()).sort((a, b) =>
          a.displayName.localeCompare(b.displayName),
        ),
      );
    },

    async get(id: string): Promise<TeamMemberRecord | undefined> {
      return guard('teamMembers.get', async () => live(await db.teamMembers.get(id)));
    },

    /**
     * Names a member (their id is the member id team sync writes in `updatedBy`): a new record,
     * or the stored one changed (a removed member named again comes back).
     */
    async save(input: {
      id?: string;
      displayName: string;
      role: MemberRole;
    }): Promise<TeamMemberRecord> {
      const operation = 'teamMembers.save';
      return guard(operation, () =>
        db.transaction('rw', db.teamMembers, async () => {
          const fields = { displayName: input.displayName.trim(), role: input.role };
          const stored = input.id ? await db.teamMembers.get(input.id) : undefined;
          if (stored) {
            return patchShared(
              ctx,
              db.teamMembers,
              stored.id,
              () => checkedMember({ ...stored, ...fields, deleted: false }, operation),
              operation,
            );
          }
          const record = checkedMember(
            { ...meta(ctx, input.id ?? newId('member-')), ...fields },
            operation,
          );
          await db.teamMembers.add(record);
          return record;
        }),
      );
    },

    async remove(id: string): Promise<void> {
      await guard('teamMembers.remove', () =>
        db.transaction('rw', db.teamMembers, () =>
          tombstone(ctx, db.teamMembers, id, 'teamMembers.remove'),
        ),
      );
    },
  };
}

function checkedMember(record: TeamMemberRecord, operation: string): TeamMemberRecord {
  return checked<TeamMemberRecord>(teamMemberSchema, record, operation);
}
