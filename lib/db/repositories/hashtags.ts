import { DbError, guard } from '../errors';
import { displayTag, isValidTag, normaliseTag } from '@/lib/text';
import type { HashtagRecord } from '../types';
import type { RepoContext } from './context';
import { live, meta, tombstone } from './shared';

/**
 * Hashtags: one record per tag, id = normaliseTag(tag). Set membership lives in the sets
 * (`hashtagSets.tags`), not here; this table is the team's dictionary of known tags and
 * their display form.
 */
export function hashtagsRepo(ctx: RepoContext) {
  const { db } = ctx;

  async function upsertOne(tag: string): Promise<HashtagRecord> {
    if (!isValidTag(tag))
      throw new DbError('invalid', 'hashtags.upsert', { message: `Not a hashtag: ${tag}` });
    const display = displayTag(tag);
    const id = normaliseTag(tag);
    const stored = await db.hashtags.get(id);
    if (stored && !stored.deleted) {
      // Keep the team's display form; only upgrade an all-lower-case one to CamelCase.
      if (stored.tag === display || stored.tag !== stored.tag.toLowerCase()) return stored;
    }
    const record: HashtagRecord = stored
      ? {
          ...stored,
          tag: display,
          deleted: false,
          updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
          updatedBy: ctx.memberId,
        }
      : { ...meta(ctx, id), tag: display };
    await db.hashtags.put(record);
    return record;
  }

  return {
    async get(tag: string): Promise<HashtagRecord | undefined> {
      return guard('hashtags.get', async () => live(await db.hashtags.get(normaliseTag(tag))));
    },

    async list(limit = Infinity): Promise<HashtagRecord[]> {
      return guard('hashtags.list', () =>
        db.hashtags
          .filter((h) => !h.deleted)
          .limit(limit)
          .toArray(),
      );
    },

    /** Adds a tag, or brings a deleted one back, keeping one record per normalised id. */
    async upsert(tag: string): Promise<HashtagRecord> {
      return guard('hashtags.upsert', () =>
        db.transaction('rw', db.hashtags, () => upsertOne(tag)),
      );
    },

    async upsertMany(tags: string[]): Promise<HashtagRecord[]> {
      return guard('hashtags.upsertMany', () =>
        db.transaction('rw', db.hashtags, async () => {
          const out: HashtagRecord[] = [];
          for (const t of tags) out.push(await upsertOne(t));
          return out;
        }),
      );
    },

    async remove(tag: string): Promise<void> {
      await guard('hashtags.remove', () =>
        db.transaction('rw', db.hashtags, () =>
          tombstone(ctx, db.hashtags, normaliseTag(tag), 'hashtags.remove'),
        ),
      );
    },

    /** Prefix search on the primary key (already normalised), '#' optional in the query. */
    async searchByPrefix(query: string, limit = 20): Promise<HashtagRecord[]> {
      return guard('hashtags.searchByPrefix', () => {
        const q = normaliseTag(query);
        const base = q ? db.hashtags.where('id').startsWith(q) : db.hashtags.toCollection();
        return base
          .filter((h) => !h.deleted)
          .limit(limit)
          .toArray();
      });
    },
  };
}
