/**
 * What a valid planned post and team member are: what the repositories write, and everything
 * that comes from outside (team sync documents, lib/team-sync/engine/validate.ts, and backups,
 * lib/exchange/backup). Loose
 * objects, like the pack schemas: fields a newer Sapa adds are kept.
 */
import { z } from 'zod';
import { schemasOnFirstUse } from '@/lib/zod-lazy';
import { syncMetaFields } from './sync-meta-schema';
import { platformIdSchema } from '@/lib/platforms';
import { safeName, safeText } from '@/lib/text/safe-text';
import { CALENDAR_LIMITS, MEMBER_ROLES, PLAN_STATUSES } from './calendar-types';

export { CALENDAR_LIMITS };

/** One checklist result sent for review; the requests check it strictly, sync loosely. */
export const reviewCheckFields = {
  platform: platformIdSchema,
  ruleId: safeName(200),
  severity: z.enum(['block', 'warn', 'info']),
  status: z.enum(['fail', 'manual']),
  ticked: z.boolean().optional(),
  message: z
    .object({
      id: safeText(CALENDAR_LIMITS.checkMessage),
      en: safeText(CALENDAR_LIMITS.checkMessage),
    })
    .strict(),
};
/**
 * The record schemas, built when first used rather than when the module loads: the service
 * worker loads this module (the repositories) at each start, and building these schemas was the
 * largest part of that start after the libraries (docs/architecture.md, "The service worker's
 * start").
 */
function buildRecordSchemas() {
  const syncMeta = syncMetaFields();
  const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
  const memberId = z.string().min(1).max(200);
  const status = z.enum(PLAN_STATUSES);

  const commentSchema = z.looseObject({
    id: z.string().min(1).max(200),
    by: memberId,
    at: z.number().int().min(0),
    text: safeText(CALENDAR_LIMITS.commentText),
    kind: z.enum(['comment', 'changes-requested', 'approved']),
  });

  const reviewCheckSchema = z.looseObject(reviewCheckFields);

  const reviewChecksSchema = z.looseObject({
    at: z.number().int().min(0),
    by: memberId,
    results: z.array(reviewCheckSchema).max(CALENDAR_LIMITS.reviewChecks),
  });

  /** Platform → post-log entry id; a platform a newer Sapa adds is refused, as in `platforms`. */
  const postedOnSchema = z.partialRecord(platformIdSchema, z.string().min(1).max(200));

  const overrideSchema = z.looseObject({
    date: day.optional(),
    time: time.optional(),
    title: safeName(CALENDAR_LIMITS.title).optional(),
    caption: safeText(CALENDAR_LIMITS.caption).optional(),
    status: status.optional(),
    assignee: memberId.optional(),
    unassigned: z.literal(true).optional(),
    notes: safeText(CALENDAR_LIMITS.notes).optional(),
    postedOn: postedOnSchema.optional(),
  });

  const recurrenceSchema = z.looseObject({
    rule: z.string().min(1).max(CALENDAR_LIMITS.rule),
    exceptions: z
      .array(
        z.looseObject({
          date: day,
          cancelled: z.boolean().optional(),
          override: overrideSchema.optional(),
        }),
      )
      .max(CALENDAR_LIMITS.exceptions)
      .default([]),
  });

  const plannedPostSchema = z.looseObject({
    ...syncMeta,
    title: safeName(CALENDAR_LIMITS.title),
    platforms: z.array(platformIdSchema).max(20),
    date: day,
    time: time,
    caption: safeText(CALENDAR_LIMITS.caption).default(''),
    templateId: z.string().min(1).max(200).optional(),
    hashtagSetId: z.string().min(1).max(200).optional(),
    assignee: memberId.optional(),
    reviewer: memberId.optional(),
    status,
    notes: safeText(CALENDAR_LIMITS.notes).default(''),
    draftId: z.string().min(1).max(200).optional(),
    postLogId: z.string().min(1).max(200).optional(),
    postedOn: postedOnSchema.optional(),
    comments: z.array(commentSchema).max(CALENDAR_LIMITS.comments).default([]),
    reviewChecks: reviewChecksSchema.optional(),
    recurrence: recurrenceSchema.optional(),
  });

  const teamMemberSchema = z.looseObject({
    ...syncMeta,
    displayName: safeName(CALENDAR_LIMITS.displayName),
    role: z.enum(MEMBER_ROLES),
  });
  return { plannedPostSchema, teamMemberSchema };
}

const recordSchema = schemasOnFirstUse(buildRecordSchemas);

export const plannedPostSchema = recordSchema('plannedPostSchema');
export const teamMemberSchema = recordSchema('teamMemberSchema');
