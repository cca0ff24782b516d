/**
 * The content calendar's records (pure data; the tables `plannedPosts` and `teamMembers` since
 * schema v5, see docs/calendar.md). They live in lib/db, below every feature, like the other
 * shared records; lib/calendar re-exports them. A planned post
 * is a *plan*: its date and time are when the team means to post by hand. Sapa never posts by
 * itself. Like the other shared records it carries SyncMeta, so it can travel through team sync
 * (stable id, `updatedAt`/`updatedBy`, tombstones).
 */
import type { LibraryTimeZone, PlatformId, SyncMeta } from './types';

export type { LibraryTimeZone };

/** A calendar day in the library's time zone, `YYYY-MM-DD`. */
export type DayString = string;
/** A wall-clock time in the library's time zone, `HH:mm` (24-hour). */
export type TimeString = string;

/** The form of a `DayString` (every schema and request that takes one checks it with this). */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** The form of a `TimeString`. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Sizes of a plan's and a member's fields (the zod schema's and the requests' limits; here, without zod, for the small bundles). */
export const CALENDAR_LIMITS = {
  title: 200,
  caption: 20_000,
  notes: 5_000,
  comments: 500,
  commentText: 5_000,
  exceptions: 1_000,
  rule: 500,
  displayName: 100,
  reviewChecks: 200,
  checkMessage: 1_000,
} as const;

export const PLAN_STATUSES = [
  'idea',
  'draft',
  'in-review',
  'approved',
  'posted',
  'skipped',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const MEMBER_ROLES = ['coordinator', 'writer', 'designer', 'reviewer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A team member as the calendar and the conflict log name them. Its id is the sync member id. */
export interface TeamMemberRecord extends SyncMeta {
  displayName: string;
  role: MemberRole;
}

/** One remark in a review thread ("please shorten the caption"). */
export interface ReviewComment {
  id: string;
  /** Member id of the author. */
  by: string;
  /** ms since epoch. */
  at: number;
  text: string;
  /** Set when the comment came with "ask for changes". */
  kind: 'comment' | 'changes-requested' | 'approved';
}

/**
 * One checklist item as it stood when the plan was sent for review: a check that failed, or a
 * point only a person can check (ticked or not). Both languages are kept, so the reviewer reads
 * it in theirs.
 */
export interface ReviewCheck {
  platform: PlatformId;
  ruleId: string;
  severity: 'block' | 'warn' | 'info';
  status: 'fail' | 'manual';
  /** Manual items only: the writer ticked it. */
  ticked?: boolean;
  message: { id: string; en: string };
}

/** The checklist's results that travel with a plan sent for review (issue #16, item 5). */
export interface ReviewChecks {
  /** When it was sent, and by which member. */
  at: number;
  by: string;
  results: ReviewCheck[];
}

/** The fields one occurrence of a recurring plan may change on its own. */
export interface OccurrenceOverride {
  date?: DayString;
  time?: TimeString;
  title?: string;
  caption?: string;
  status?: PlanStatus;
  assignee?: string;
  /**
   * Nobody is assigned to this occurrence, whoever the series' assignee is. A flag of its own
   * rather than an empty `assignee`: a Sapa from before it (whose schema wants a member id there)
   * still accepts the plan through team sync and shows the series' assignee instead.
   */
  unassigned?: true;
  notes?: string;
  /** The platforms this occurrence went out on so far (see `PostedOn`). */
  postedOn?: PostedOn;
}

/**
 * The platforms a plan (or one occurrence of a series) was posted on so far, each with its
 * post-log entry's id. A plan for Instagram and Facebook stays open until both are here.
 * Optional, so a plan from an older Sapa (which has none) is still valid, and loose in the
 * sync schema, so an older Sapa keeps it when it passes the plan on.
 */
export type PostedOn = Partial<Record<PlatformId, string>>;

/**
 * One occurrence of a series edited on its own. `date` names the occurrence as the rule produced
 * it (its original day), so the exception still finds it after its date was moved.
 */
export interface RecurrenceException {
  date: DayString;
  /** The occurrence is dropped ("not this Monday"). */
  cancelled?: boolean;
  override?: OccurrenceOverride;
}

/**
 * A recurring plan. `rule` is the body of an RFC 5545 RRULE without DTSTART (e.g.
 * `FREQ=MONTHLY;BYMONTHDAY=17;UNTIL=20271231`); the series starts at the plan's own date and
 * time, read in the library's time zone. Every rule has an end (UNTIL or COUNT).
 */
export interface Recurrence {
  rule: string;
  exceptions: RecurrenceException[];
}

export interface PlannedPostRecord extends SyncMeta {
  title: string;
  platforms: PlatformId[];
  /** Planned day and time in the library's time zone (not a scheduled publish). */
  date: DayString;
  time: TimeString;
  /** Free caption text; empty when the caption comes from `templateId`. */
  caption: string;
  templateId?: string;
  hashtagSetId?: string;
  /** Member ids. */
  assignee?: string;
  reviewer?: string;
  status: PlanStatus;
  notes: string;
  /** The composer draft this plan became, and the post-log entry once posted. */
  draftId?: string;
  postLogId?: string;
  /** For a plan without recurrence: the platforms posted so far (a series' days have their own). */
  postedOn?: PostedOn;
  comments: ReviewComment[];
  /** The checklist as it stood at the last "send for review". */
  reviewChecks?: ReviewChecks;
  recurrence?: Recurrence;
}
