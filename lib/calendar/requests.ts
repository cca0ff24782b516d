/**
 * The calendar's requests: the dashboard's calendar page reads the plans of a range, saves and
 * deletes plans, moves them through their statuses (lib/calendar/status.ts) and names the team's
 * members (all `dashboard`). From plan to post (issue #16, item 4): the dashboard opens a plan's
 * composer, and the panel beside it reads its platform's plans and picks one (`panel`, own
 * platform only).
 */
import { z } from 'zod';
import { defineRequest } from '@/lib/messaging/define';
import { platform, recordId } from '@/lib/messaging/fields';
import { MAX_IMPORTED_PLANS } from './exchange/limits';
import type { HashtagSetRecord } from '@/lib/db/types';
import type { TemplateView } from '@/lib/library/requests';
import type { PlanOccurrence } from './plan-to-post';
import { CALENDAR_LIMITS } from './limits';
import { reviewCheckFields } from '@/lib/db/calendar-schema';
import type { OccurrenceAction } from './occurrence-status';
import type { Actor, PlanAction, RefusalCode } from './status';
import {
  DAY_PATTERN,
  MEMBER_ROLES,
  PLAN_STATUSES,
  TIME_PATTERN,
  type PlanStatus,
  type PlannedPostRecord,
  type TeamMemberRecord,
} from './types';

const day = () => z.string().regex(DAY_PATTERN);
const time = () => z.string().regex(TIME_PATTERN);
const optionalId = () => z.optional(recordId);

/** What the plan form sends. Text is checked again by the repository (the sync schema). */
export const planInputSchema = () =>
  z
    .object({
      id: optionalId(),
      title: z.string().trim().min(1).max(CALENDAR_LIMITS.title),
      platforms: z.array(platform).max(20),
      date: day(),
      time: time(),
      caption: z.string().max(CALENDAR_LIMITS.caption).default(''),
      templateId: optionalId(),
      hashtagSetId: optionalId(),
      assignee: optionalId(),
      reviewer: optionalId(),
      status: z.enum(PLAN_STATUSES).optional(),
      notes: z.string().max(CALENDAR_LIMITS.notes).default(''),
      /**
       * The series' rule. With `exceptions`, they replace the stored ones (a file's); without, a
       * stored series keeps those the new rule still produces (editSeries: "all occurrences").
       * `null` stops a stored plan repeating.
       */
      recurrence: z
        .object({
          rule: z.string().min(1).max(CALENDAR_LIMITS.rule),
          exceptions: z
            .array(z.looseObject({ date: day() }))
            .max(CALENDAR_LIMITS.exceptions)
            .optional(),
        })
        .strict()
        .nullable()
        .optional(),
    })
    .strict();
export type PlanInput = z.input<ReturnType<typeof planInputSchema>>;

const comment = () => z.string().trim().min(1).max(CALENDAR_LIMITS.commentText);
const actionSchema = () =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('start-draft') }).strict(),
    z
      .object({
        kind: z.literal('send-for-review'),
        comment: comment().optional(),
        checks: z
          .array(z.object(reviewCheckFields).strict())
          .max(CALENDAR_LIMITS.reviewChecks)
          .optional(),
      })
      .strict(),
    z.object({ kind: z.literal('approve'), comment: comment().optional() }).strict(),
    z.object({ kind: z.literal('request-changes'), comment: comment() }).strict(),
    z.object({ kind: z.literal('mark-posted'), postLogId: z.optional(recordId) }).strict(),
    z.object({ kind: z.literal('skip'), comment: comment().optional() }).strict(),
    z.object({ kind: z.literal('reopen') }).strict(),
  ]) satisfies z.ZodType<PlanAction>;

export type TransitionAnswer =
  { ok: true; plan: PlannedPostRecord } | { ok: false; refusal: RefusalCode; from: PlanStatus };

export interface TeamView {
  members: TeamMemberRecord[];
  /** Who this browser is, and the role it acts with (see `actorFor` in handlers.ts). */
  me: Actor;
}

/** A plan as the panel shows it: with its template (this platform's text) and hashtag set. */
export interface PanelPlan extends PlanOccurrence {
  template?: TemplateView;
  hashtagSet?: Pick<HashtagSetRecord, 'id' | 'name' | 'tags'>;
}

/** What the panel beside a composer knows of the calendar, for its platform. */
export interface PanelPlans {
  /** The library's today and zone (the brand kit's). */
  today: string;
  zone: string;
  /** The plan this tab was opened for, or the one picked in the panel; shown first. */
  chosen: PanelPlan | null;
  dueToday: PanelPlan[];
  overdue: PanelPlan[];
}

export const calendarRequests = {
  /** Live plans that may show between two days (recurring ones that started before, too). */
  'calendar.plans': defineRequest<PlannedPostRecord[]>()('dashboard', () =>
    z.object({ from: day(), to: day() }).strict(),
  ),
  /** A new plan (no id, or an id not stored), or the stored one changed. */
  'calendar.savePlan': defineRequest<PlannedPostRecord>()('dashboard', planInputSchema),
  /** Deletes a plan (a tombstone, so the deletion reaches the team). */
  'calendar.deletePlan': defineRequest<{ deleted: string }>()('dashboard', () =>
    z.object({ id: recordId }).strict(),
  ),
  /**
   * Moves a plan (or one occurrence of a series, named by its original day) to another day and
   * time: the calendar's drag, and its Undo.
   */
  'calendar.reschedule': defineRequest<PlannedPostRecord>()('dashboard', () =>
    z.object({ id: recordId, originalDate: day(), date: day(), time: time() }).strict(),
  ),
  /**
   * "Only this occurrence": one occurrence of a series (named by its original day) gets its own
   * day, time, title, caption, assignee or notes, on top of any it had; or is cancelled; or is
   * posted, skipped or reopened on its own (lib/calendar/occurrence-status.ts).
   */
  'calendar.editOccurrence': defineRequest<PlannedPostRecord>()('dashboard', () =>
    z
      .object({
        id: recordId,
        originalDate: day(),
        change: z.discriminatedUnion('kind', [
          z
            .object({
              kind: z.literal('edit'),
              override: z
                .object({
                  date: day().optional(),
                  time: time().optional(),
                  title: z.string().trim().min(1).max(CALENDAR_LIMITS.title).optional(),
                  caption: z.string().max(CALENDAR_LIMITS.caption).optional(),
                  assignee: z.optional(recordId),
                  // Nobody for this occurrence (an absent assignee is the series').
                  unassigned: z.literal(true).optional(),
                  notes: z.string().max(CALENDAR_LIMITS.notes).optional(),
                })
                .strict(),
            })
            .strict(),
          z.object({ kind: z.literal('cancel') }).strict(),
          // The day's own status: posted, skipped, or following the series again.
          z
            .object({
              kind: z.literal('status'),
              action: z.enum(['mark-posted', 'skip', 'reopen'] satisfies OccurrenceAction[]),
            })
            .strict(),
        ]),
      })
      .strict(),
  ),
  /**
   * "This and the following occurrences" (lib/calendar/series-split.ts): the series ends before
   * the occurrence named by its original day, and a new series from it on takes `plan` (the
   * form's values, starting where the person put that occurrence). At the first occurrence it is
   * the whole series. Both records are written in one transaction.
   */
  'calendar.editFollowing': defineRequest<{
    series: PlannedPostRecord;
    following?: PlannedPostRecord;
  }>()('dashboard', () =>
    z
      .object({ id: recordId, originalDate: day(), plan: planInputSchema().omit({ id: true }) })
      .strict(),
  ),
  /**
   * "Delete this and the following occurrences": the series ends before the occurrence (the
   * series as stored now); from its first occurrence, the whole plan is deleted (null).
   */
  'calendar.deleteFollowing': defineRequest<{ series: PlannedPostRecord | null }>()(
    'dashboard',
    () => z.object({ id: recordId, originalDate: day() }).strict(),
  ),
  /** Moves a plan to its next status as this browser's member, or says why not. */
  'calendar.transition': defineRequest<TransitionAnswer>()('dashboard', () =>
    z.object({ id: recordId, action: actionSchema() }).strict(),
  ),
  /**
   * A content plan read from CSV (lib/calendar/exchange/plan-csv.ts), written whole or not at
   * all. A plan with the id of a live plan updates it; any other is added.
   */
  'calendar.importPlans': defineRequest<{ created: number; updated: number }>()('dashboard', () =>
    z.object({ plans: z.array(planInputSchema()).min(1).max(MAX_IMPORTED_PLANS) }).strict(),
  ),
  /** Plans in review that this browser's member may approve or send back ("To review"). */
  'calendar.toReview': defineRequest<PlannedPostRecord[]>()('dashboard', () =>
    z.object({}).strict().default({}),
  ),
  /** The team's named members, and who this browser is. */
  'calendar.team': defineRequest<TeamView>()('dashboard', () => z.object({}).strict().default({})),
  /** Names a member (this browser's own id, or another member's) with a role. */
  'calendar.saveMember': defineRequest<TeamMemberRecord>()('dashboard', () =>
    z
      .object({
        id: optionalId(),
        displayName: z.string().trim().min(1).max(CALENDAR_LIMITS.displayName),
        role: z.enum(MEMBER_ROLES),
      })
      .strict(),
  ),
  'calendar.removeMember': defineRequest<{ removed: string }>()('dashboard', () =>
    z.object({ id: recordId }).strict(),
  ),
  /**
   * "Open composer": the platform's composer in a new tab, remembered as opened for this plan
   * (and occurrence), so the panel there shows it first and a confirmed post marks it posted.
   */
  'calendar.openComposer': defineRequest<{ opened: boolean }>()('dashboard', () =>
    z.object({ id: recordId, platform, occurrence: day().optional() }).strict(),
  ),
  /** The panel's plans: the chosen one, today's and the overdue, for its own platform. */
  'calendar.panelPlans': defineRequest<PanelPlans>()('panel', () =>
    z.object({ platform }).strict(),
  ),
  /** The panel picks a plan (or none: `id` left out) for its tab; answers the plans again. */
  'calendar.choosePlan': defineRequest<PanelPlans>()('panel', () =>
    z.object({ platform, id: optionalId(), occurrence: day().optional() }).strict(),
  ),
};
