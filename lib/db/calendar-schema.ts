/**
 * What a valid planned post and team member are: what the repositories write, and everything
 * that comes from outside (team sync documents, lib/team-sync/engine/validate.ts, and backups,
 * lib/exchange/backup). Loose
 * objects, like the pack schemas: fields a newer Sapa adds are kept. Written with zod's mini API:
 * the dashboard's first chunk holds the repositories, and the classic API would bring 30 kB more.
 */
import { z } from 'zod/mini';
import { schemasOnFirstUse } from '@/lib/zod-lazy';
import { syncMetaFields } from './sync-meta-schema';
import { platformIdSchema } from '@/lib/platforms';
import { safeName, safeText } from '@/lib/text/safe-text';
import {
  CALENDAR_LIMITS,
  DAY_PATTERN,
  MEMBER_ROLES,
  PLAN_STATUSES,
  TIME_PATTERN,
} from './calendar-types';

export { CALENDAR_LIMITS };

/** One checklist result sent for review; the requests check it strictly, sync loosely. */
export const reviewCheckFields = {
  platform: platformIdSchema,
  ruleId: safeName(200),
  severity: z.enum(['block', 'warn', 'info']),
  status: z.enum(['fail', 'manual']),
  ticked: z.optional(z.boolean()),
  message: z.strictObject({
    id: safeText(CALENDAR_LIMITS.checkMessage),
    en: safeText(CALENDAR_LIMITS.checkMessage),
  }),
};
/**
 * The record schemas, built when first used rather than when the module loads: the service
 * worker loads this module (the repositories) at each start, and building these schemas was the
 * largest part of that start after the libraries (docs/architecture.md, "The service worker's
 * start").
 */
function buildRecordSchemas() {
  const syncMeta = syncMetaFields();
  const day = z.string().check(z.regex(DAY_PATTERN));
  const time = z.string().check(z.regex(TIME_PATTERN));
  const id = () => z.string().check(z.minLength(1), z.maxLength(200));
  const memberId = id();
  const moment = z.number().check(z.int(), z.minimum(0));
  const status = z.enum(PLAN_STATUSES);
  const optional = z.optional;
  const atMost = <T extends z.ZodMiniArray>(array: T, max: number) => array.check(z.maxLength(max));

  const commentSchema = z.looseObject({
    id: id(),
    by: memberId,
    at: moment,
    text: safeText(CALENDAR_LIMITS.commentText),
    kind: z.enum(['comment', 'changes-requested', 'approved']),
  });

  const reviewCheckSchema = z.looseObject(reviewCheckFields);

  const reviewChecksSchema = z.looseObject({
    at: moment,
    by: memberId,
    results: z.array(reviewCheckSchema).check(z.maxLength(CALENDAR_LIMITS.reviewChecks)),
  });

  /** Platform → post-log entry id; a platform a newer Sapa adds is refused, as in `platforms`. */
  const postedOnSchema = z.partialRecord(platformIdSchema, id());

  const overrideSchema = z.looseObject({
    date: optional(day),
    time: optional(time),
    title: optional(safeName(CALENDAR_LIMITS.title)),
    caption: optional(safeText(CALENDAR_LIMITS.caption)),
    status: optional(status),
    assignee: optional(memberId),
    unassigned: optional(z.literal(true)),
    notes: optional(safeText(CALENDAR_LIMITS.notes)),
    postedOn: optional(postedOnSchema),
  });

  const recurrenceSchema = z.looseObject({
    rule: z.string().check(z.minLength(1), z.maxLength(CALENDAR_LIMITS.rule)),
    exceptions: z._default(
      atMost(
        z.array(
          z.looseObject({
            date: day,
            cancelled: optional(z.boolean()),
            override: optional(overrideSchema),
          }),
        ),
        CALENDAR_LIMITS.exceptions,
      ),
      [],
    ),
  });

  const plannedPostSchema = z.looseObject({
    ...syncMeta,
    title: safeName(CALENDAR_LIMITS.title),
    platforms: atMost(z.array(platformIdSchema), 20),
    date: day,
    time: time,
    caption: z._default(safeText(CALENDAR_LIMITS.caption), ''),
    templateId: optional(id()),
    hashtagSetId: optional(id()),
    assignee: optional(memberId),
    reviewer: optional(memberId),
    status,
    notes: z._default(safeText(CALENDAR_LIMITS.notes), ''),
    draftId: optional(id()),
    postLogId: optional(id()),
    postedOn: optional(postedOnSchema),
    comments: z._default(atMost(z.array(commentSchema), CALENDAR_LIMITS.comments), []),
    reviewChecks: optional(reviewChecksSchema),
    recurrence: optional(recurrenceSchema),
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
