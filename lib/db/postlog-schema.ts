/**
 * What a valid post log entry and the team settings are when they come from outside: team sync
 * documents (lib/team-sync/engine/validate.ts) and backups (lib/exchange/backup). Loose objects,
 * like the pack and calendar schemas: fields a newer Sapa adds are kept.
 */
import { z } from 'zod';
import { schemasOnFirstUse } from '@/lib/zod-lazy';
import { syncMetaFields } from './sync-meta-schema';
import { PLATFORMS, platformIdSchema } from '@/lib/platforms';
import { MAX_ACCOUNT_CHARS, siteAddress } from '@/lib/platforms/post-details';
import { safeName } from '@/lib/text/safe-text';
import { MAX_DRAFT_CHARS, MAX_POST_LOG_CATEGORY_CHARS } from './limits';

export const POST_LOG_LIMITS = {
  category: MAX_POST_LOG_CATEGORY_CHARS,
  url: 2_000,
  ruleIds: 100,
} as const;

/**
 * The schemas, built when first used: the service worker loads this module at each start, and
 * only team sync and backups read post-log entries from outside (docs/architecture.md, "The
 * service worker's start").
 */
function buildPostLogSchemas() {
  const syncMeta = syncMetaFields();
  const refId = z.string().min(1).max(200);
  const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

  const postLogSchema = z.looseObject({
    ...syncMeta,
    at: z.number().int().min(0).max(8_640_000_000_000_000),
    platform: platformIdSchema,
    // The caption as the site published it: any text the site accepted.
    text: z.string().max(MAX_DRAFT_CHARS),
    /** Who posted it: required, every member's page names the poster. */
    postedBy: safeName(200),
    draftId: refId.optional(),
    templateId: refId.optional(),
    plannedPostId: refId.optional(),
    override: z.looseObject({ ruleIds: z.array(refId).max(POST_LOG_LIMITS.ruleIds) }).optional(),
    checks: z
      .array(z.looseObject({ ruleId: refId, severity: z.enum(['block', 'warn']) }))
      .max(POST_LOG_LIMITS.ruleIds)
      .optional(),
    // The log page opens `url`: only a post's address on one of the sites, as Sapa records it
    // (a teammate's entry or a backup's could otherwise carry any link).
    url: z
      .string()
      .max(POST_LOG_LIMITS.url)
      .refine((raw) => PLATFORMS.some((site) => siteAddress(site, raw)?.href === raw))
      .optional(),
    /** The account it went out from, as the page showed it (X only, for now). */
    account: z.string().max(MAX_ACCOUNT_CHARS).optional(),
    // Keyed by metric name; a metric a newer Sapa adds is kept (numbers only).
    metrics: z.record(z.string().min(1).max(40), count).optional(),
    category: z.optional(safeName(POST_LOG_LIMITS.category)),
  });

  const teamSettingsSchema = z.looseObject({
    ...syncMeta,
    id: z.literal('team'),
    sharePostLog: z.boolean(),
  });
  return { postLogSchema, teamSettingsSchema };
}

const postLogRecordSchema = schemasOnFirstUse(buildPostLogSchemas);

export const postLogSchema = postLogRecordSchema('postLogSchema');
export const teamSettingsSchema = postLogRecordSchema('teamSettingsSchema');
