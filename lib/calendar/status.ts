/**
 * Who may move a planned post from one status to the next (pure). The flow is
 * idea → draft → in-review → approved → posted, with "ask for changes" sending a plan back to
 * draft, and posted/skipped open to anyone (whoever posted it by hand says so). A refusal is a
 * value, not an exception, so the UI can say why a button is disabled.
 */
import type {
  MemberRole,
  PlanStatus,
  PlannedPostRecord,
  ReviewCheck,
  ReviewComment,
} from './types';

export interface Actor {
  id: string;
  role: MemberRole;
}

export type PlanAction =
  | { kind: 'start-draft' }
  /** `checks`: the checklist's results as the writer saw them, for the reviewer. */
  | { kind: 'send-for-review'; comment?: string; checks?: ReviewCheck[] }
  | { kind: 'approve'; comment?: string }
  | { kind: 'request-changes'; comment: string }
  | { kind: 'mark-posted'; postLogId?: string }
  | { kind: 'skip'; comment?: string }
  | { kind: 'reopen' };

export type RefusalCode =
  /** The action does not start from the plan's current status. */
  | 'wrong-status'
  /** The actor's role (or not being the plan's reviewer) does not allow it. */
  | 'not-permitted'
  /** "Ask for changes" needs a comment saying which. */
  | 'comment-required'
  /** A plan goes to review only with a reviewer named. */
  | 'no-reviewer'
  /** A writer does not approve their own work. */
  | 'own-work';

export type TransitionResult =
  { ok: true; plan: PlannedPostRecord } | { ok: false; refusal: RefusalCode; from: PlanStatus };

interface Rule {
  from: readonly PlanStatus[];
  to: PlanStatus;
  mayAct(plan: PlannedPostRecord, actor: Actor): boolean;
}

const OPEN: readonly PlanStatus[] = ['idea', 'draft', 'in-review', 'approved'];

const isCoordinator = (a: Actor) => a.role === 'coordinator';
/** Writers and designers prepare the post; the assignee may always work on their own plan. */
export const mayWrite = (p: PlannedPostRecord, a: Actor) =>
  isCoordinator(a) || a.role === 'writer' || a.role === 'designer' || p.assignee === a.id;
/** The named reviewer, or (when none is named) any reviewer; a coordinator always may. */
const mayReview = (p: PlannedPostRecord, a: Actor) =>
  isCoordinator(a) || (p.reviewer ? p.reviewer === a.id : a.role === 'reviewer');
const anyone = () => true;

const RULES: Record<PlanAction['kind'], Rule> = {
  'start-draft': { from: ['idea'], to: 'draft', mayAct: mayWrite },
  'send-for-review': { from: ['idea', 'draft'], to: 'in-review', mayAct: mayWrite },
  approve: { from: ['in-review'], to: 'approved', mayAct: mayReview },
  'request-changes': { from: ['in-review'], to: 'draft', mayAct: mayReview },
  'mark-posted': { from: OPEN, to: 'posted', mayAct: anyone },
  skip: { from: OPEN, to: 'skipped', mayAct: anyone },
  // A skipped plan, or an approved one that needs more edits, goes back to draft.
  reopen: { from: ['skipped', 'approved'], to: 'draft', mayAct: mayWrite },
};

/** The actions the actor may take on the plan now (for the UI's buttons). */
export function allowedActions(plan: PlannedPostRecord, actor: Actor): PlanAction['kind'][] {
  return (Object.keys(RULES) as PlanAction['kind'][]).filter(
    (kind) => refusalFor(plan, kind, actor, kind === 'request-changes' ? 'x' : undefined) === null,
  );
}

function refusalFor(
  plan: PlannedPostRecord,
  kind: PlanAction['kind'],
  actor: Actor,
  comment: string | undefined,
): RefusalCode | null {
  const rule = RULES[kind];
  if (!rule.from.includes(plan.status)) return 'wrong-status';
  if (!rule.mayAct(plan, actor)) return 'not-permitted';
  if (kind === 'send-for-review' && !plan.reviewer) return 'no-reviewer';
  if (kind === 'approve' && plan.assignee === actor.id && !isCoordinator(actor)) return 'own-work';
  if (kind === 'request-changes' && !comment?.trim()) return 'comment-required';
  return null;
}

const COMMENT_KIND: Partial<Record<PlanAction['kind'], ReviewComment['kind']>> = {
  approve: 'approved',
  'request-changes': 'changes-requested',
};

/**
 * The plan after `action` by `actor` at `now`, or why not. `newId` names the review comment the
 * action may add. `updatedAt` always moves forward, so the change wins over the version it edits.
 */
export function transition(
  plan: PlannedPostRecord,
  action: PlanAction,
  actor: Actor,
  now: number,
  newId: () => string,
): TransitionResult {
  const comment = 'comment' in action ? action.comment : undefined;
  const refusal = refusalFor(plan, action.kind, actor, comment);
  if (refusal) return { ok: false, refusal, from: plan.status };
  const next: PlannedPostRecord = {
    ...plan,
    status: RULES[action.kind].to,
    updatedAt: Math.max(now, plan.updatedAt + 1),
    updatedBy: actor.id,
  };
  if (action.kind === 'mark-posted' && action.postLogId) next.postLogId = action.postLogId;
  // Each sending replaces the results: the reviewer judges the plan as it is now.
  if (action.kind === 'send-for-review')
    next.reviewChecks = { at: now, by: actor.id, results: action.checks ?? [] };
  const text = comment?.trim();
  if (text) {
    const kind = COMMENT_KIND[action.kind] ?? 'comment';
    next.comments = [...plan.comments, { id: newId(), by: actor.id, at: now, text, kind }];
  }
  return { ok: true, plan: next };
}
