/**
 * The calendar's requests in the background: each is one repository call, with the status rules
 * of status.ts applied inside the write's transaction (a plan changed meanwhile by sync meets the
 * rule in its new state).
 */
import type { PlannedPostInput, Repositories } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/define';
import { newId } from '@/lib/text';
import type { calendarRequests, PlanInput, TransitionAnswer } from './requests';
import { transition, type Actor } from './status';
import type { PlannedPostRecord, TeamMemberRecord } from './types';
import { reschedule } from './view';

export type CalendarHandlers = Handlers<typeof calendarRequests>;

/**
 * The role this browser acts with: its named role; in a team where nobody is named yet (a
 * library of one), the coordinator's, so one person can move a plan all the way; a browser
 * the team has not named yet acts as a writer.
 */
export function actorFor(memberId: string, members: readonly TeamMemberRecord[]): Actor {
  const named = members.find((m) => m.id === memberId);
  if (named) return { id: memberId, role: named.role };
  return { id: memberId, role: members.length ? 'writer' : 'coordinator' };
}

/** Drops keys left undefined (an optional field the form cleared). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function planFields(input: Omit<PlanInput, 'id'>): Partial<PlannedPostInput> {
  return defined({
    ...input,
    caption: input.caption ?? '',
    notes: input.notes ?? '',
  }) as Partial<PlannedPostInput>;
}

export function calendarHandlers(repos: Repositories): CalendarHandlers {
  const me = async () => (await repos.settings.get('memberId')) ?? 'local';

  return {
    'calendar.plans': ({ from, to }) => repos.plannedPosts.inRange(from, to),

    'calendar.savePlan': async ({ id, ...input }) => {
      const fields = planFields(input);
      const stored = id ? await repos.plannedPosts.get(id) : undefined;
      if (stored) {
        // Optional fields the form left empty are removed from the stored plan.
        return repos.plannedPosts.change(stored.id, (current) => {
          const next: PlannedPostRecord = { ...current, ...fields };
          for (const key of ['templateId', 'hashtagSetId', 'assignee', 'reviewer'] as const)
            if (input[key] === undefined) delete next[key];
          return next;
        });
      }
      return repos.plannedPosts.create({
        ...(id ? { id } : {}),
        comments: [],
        status: 'idea',
        ...fields,
      } as PlannedPostInput & { id?: string });
    },

    'calendar.deletePlan': async ({ id }) => {
      await repos.plannedPosts.remove(id);
      return { deleted: id };
    },

    'calendar.reschedule': async ({ id, originalDate, date, time }) => {
      const by = await me();
      return repos.plannedPosts.change(id, (stored) =>
        reschedule(stored, originalDate, date, time, by, Date.now()),
      );
    },

    'calendar.transition': async ({ id, action }) => {
      const actor = actorFor(await me(), await repos.teamMembers.list());
      let answer: TransitionAnswer | undefined;
      const plan = await repos.plannedPosts
        .change(id, (stored) => {
          const result = transition(stored, action, actor, Date.now(), () => newId('c_'));
          answer = result;
          if (!result.ok) throw new Refused();
          return result.plan;
        })
        .catch((error: unknown) => {
          if (error instanceof Refused || (error as { cause?: unknown }).cause instanceof Refused)
            return undefined;
          throw error;
        });
      if (plan) return { ok: true, plan };
      return answer!;
    },

    'calendar.importPlans': async ({ plans }) => {
      const written = await repos.plannedPosts.writeAll(
        plans.map(({ id, ...input }) => ({
          ...(id ? { id } : {}),
          next: (stored) => (stored ? importedOver(stored, input) : importedNew(input)),
        })),
      );
      const updated = plans.filter((plan, i) => plan.id && written[i]?.id === plan.id).length;
      return { created: written.length - updated, updated };
    },

    'calendar.team': async () => {
      const members = await repos.teamMembers.list();
      return { members, me: actorFor(await me(), members) };
    },

    'calendar.saveMember': (input) => repos.teamMembers.save(defined(input)),

    'calendar.removeMember': async ({ id }) => {
      await repos.teamMembers.remove(id);
      return { removed: id };
    },
  };
}

const OPTIONAL_FROM_FILE = ['templateId', 'hashtagSetId', 'assignee', 'reviewer'] as const;

/** A plan the file adds: its status from the file (an idea when it names none). */
function importedNew(input: Omit<PlanInput, 'id'>): PlannedPostInput {
  return { comments: [], status: 'idea', ...planFields(input) } as PlannedPostInput;
}

/**
 * A stored plan as the file has it now. The file is the truth for what it holds (an empty
 * template cell removes the template); the status, the review thread and the series'
 * exceptions stay, since the status moves only by the review rules (status.ts).
 */
function importedOver(stored: PlannedPostRecord, input: Omit<PlanInput, 'id'>): PlannedPostInput {
  const { recurrence, ...fields } = planFields(input);
  const next: PlannedPostRecord = { ...stored, ...fields, status: stored.status };
  for (const key of OPTIONAL_FROM_FILE) if (input[key] === undefined) delete next[key];
  if (recurrence)
    next.recurrence = { rule: recurrence.rule, exceptions: stored.recurrence?.exceptions ?? [] };
  else delete next.recurrence;
  return next;
}

/** Thrown inside the write to leave the plan as it was when the rules refuse the action. */
class Refused extends Error {}
