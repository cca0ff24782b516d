import { DbError, guard } from '../errors';
import { displayTag, isValidTag, newId, normaliseTag } from '@/lib/text';
import type { HashtagRecord, HashtagSetRecord } from '../types';
import type { RepoContext } from './context';
import { MAX_HASHTAG_SETS } from '../limits';
import { cleanShortcut } from './shortcut';
import {
  live,
  meta,
  patchShared,
  refuseOverLimit,
  refuseSubscribedId,
  requireText,
  tombstone,
} from './shared';

export const MAX_TAGS_PER_SET = 60;

/** Display forms without '#', invalid ones refused, duplicates (by normalised id) dropped. */
export function cleanTags(tags: string[], operation: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    if (!isValidTag(raw))
      throw new DbError('invalid', operation, { message: `Not a hashtag: ${raw}` });
    const id = normaliseTag(raw);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(displayTag(raw));
  }
  if (out.length > MAX_TAGS_PER_SET)
    throw new DbError('invalid', operation, { message: 'Too many tags' });
  return out;
}

// Long only as a factory of small methods (each under 40 lines) sharing one context.
export function hashtagSetsRepo(ctx: RepoContext) {
  const { db } = ctx;

  /** Every tag of a set is also known to the dictionary (added if missing, never overwritten). */
  async function remember(tags: string[]): Promise<void> {
    const ids = tags.map(normaliseTag);
    const existing = await db.hashtags.bulkGet(ids);
    const fresh: HashtagRecord[] = [];
    existing.forEach((rec, i) => {
      if (!rec) fresh.push({ ...meta(ctx, ids[i]!), tag: tags[i]! });
    });
    if (fresh.length) await db.hashtags.bulkPut(fresh);
  }

  return {
    async get(id: string): Promise<HashtagSetRecord | undefined> {
      return guard('hashtagSets.get', async () => live(await db.hashtagSets.get(id)));
    },

    async list(): Promise<HashtagSetRecord[]> {
      return guard('hashtagSets.list', () =>
        db.hashtagSets
          .orderBy('name')
          .filter((s) => !s.deleted)
          .toArray(),
      );
    },

    async create(input: {
      id?: string;
      name: string;
      tags: string[];
      shortcut?: string;
    }): Promise<HashtagSetRecord> {
      return guard('hashtagSets.create', () =>
        db.transaction('rw', db.hashtagSets, db.hashtags, async () => {
          requireText(input.name, 'name', 'hashtagSets.create', 200);
          if (input.id) refuseSubscribedId(input.id, 'hashtagSets.create');
          await refuseOverLimit(db.hashtagSets, MAX_HASHTAG_SETS, 'hashtagSets.create');
          const tags = cleanTags(input.tags, 'hashtagSets.create');
          const record: HashtagSetRecord = {
            ...meta(ctx, input.id ?? newId('set_')),
            name: input.name.trim(),
            tags,
            ...(input.shortcut
              ? { shortcut: cleanShortcut(input.shortcut, 'hashtagSets.create') }
              : {}),
          };
          await db.hashtagSets.add(record);
          await remember(tags);
          return record;
        }),
      );
    },

    async update(
      id: string,
      patch: { name?: string; tags?: string[]; shortcut?: string },
    ): Promise<HashtagSetRecord> {
      return guard('hashtagSets.update', () =>
        db.transaction('rw', db.hashtagSets, db.hashtags, async () => {
          const tags = patch.tags ? cleanTags(patch.tags, 'hashtagSets.update') : undefined;
          const next = await patchShared(
            ctx,
            db.hashtagSets,
            id,
            () => ({
              ...(patch.name !== undefined
                ? { name: requireText(patch.name, 'name', 'hashtagSets.update', 200).trim() }
                : {}),
              ...(tags ? { tags } : {}),
              ...(patch.shortcut !== undefined
                ? { shortcut: cleanShortcut(patch.shortcut, 'hashtagSets.update') }
                : {}),
              deleted: false,
            }),
            'hashtagSets.update',
          );
          if (tags) await remember(tags);
          return next;
        }),
      );
    },

    /** An editable copy in the team's own library (no `source`); works for subscribed sets. */
    async duplicate(id: string, name: string): Promise<HashtagSetRecord> {
      return guard('hashtagSets.duplicate', async () => {
        const stored = live(await db.hashtagSets.get(id));
        if (!stored)
          throw new DbError('not-found', 'hashtagSets.duplicate', {
            message: `hashtagSets.duplicate: no record ${id}`,
          });
        return this.create({ name, tags: [...stored.tags] });
      });
    },

    async remove(id: string): Promise<void> {
      await guard('hashtagSets.remove', () =>
        db.transaction('rw', db.hashtagSets, () =>
          tombstone(ctx, db.hashtagSets, id, 'hashtagSets.remove'),
        ),
      );
    },
  };
}
