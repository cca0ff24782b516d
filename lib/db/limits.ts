/**
 * How much Sapa stores, kept equal to what it accepts back: a library Sapa holds always exports
 * as a pack and a backup that Sapa itself imports again (docs/reliability.md, "Sapa's own
 * backups"). The pack limits (lib/exchange/pack/schema.ts, `LIMITS`) and the backup's row
 * schemas use the same figures; `lib/exchange/pack/pack.test.ts` checks they agree.
 */

/** Longest draft or revision text (the drafts.save request's cap; Facebook allows 63,206). */
export const MAX_DRAFT_CHARS = 100_000;
/** Live templates of the team's own library (subscribed ones are not counted). */
export const MAX_TEMPLATES = 5_000;
/** Live hashtag sets of the team's own library. */
export const MAX_HASHTAG_SETS = 2_000;
/** Known hashtags (the dictionary, tombstones included). */
export const MAX_HASHTAGS = 50_000;
/** Longest category of a post-log entry (the post log's backup and sync schema). */
export const MAX_POST_LOG_CATEGORY_CHARS = 100;
