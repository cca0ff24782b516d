/**
 * The calendar's requests in the background: each is one repository call, with the status rules
 * of status.ts applied inside the write's transaction (a plan changed meanwhile by sync meets the
 * rule in its new state).
 */
import type { PlannedPostInput, Repositories } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/define';
import { newId } from '@/lib/text';
import type { calendarRequests, PlanInput, TransitionAnswer } from './requests';
import { SITES } from '@/lib/platforms';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import { actorFor } from './actor';
import { panelPlans, type PlanToPostServices } from './plan-link';
import { memoryPlanTabs } from './plan-tabs';
import { occurrenceTransition } from './occurrence-status';
import { cancelOccurrence, editOccurrence, editSeries, expand } from './recurrence';
import { endSeriesBefore, splitSeries } from './series-split';
import { allowedActions, transition } from './status';
import type { PlannedPostRecord } from './types';
import { reschedule } from './view';

export { actorFor } from './actor';

export type CalendarHandlers = Handlers<typeof calendarRequests>;

/** Drops keys left undefined (an optional field the form cleared). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function planFields(input: Omit<PlanInput, 'id'>): Partial<PlannedPostInput> {
  const { recurrence, ...rest } = input;
  return defined({
    ...rest,
    caption: input.caption ?? '',
    notes: input.notes ?? '',
    ...(recurrence
      ? { recurrence: { rule: recurrence.rule, exceptions: recurrence.exceptions ?? [] } }
      : {}),
  }) as Partial<PlannedPostInput>;
}

/**
 * A stored plan with the form's fields. A series given a rule without exceptions changes as
 * "all occurrences" (editSeries keeps the exceptions the new rule still produces); `null` stops
 * it repeating; no `recurrence` leaves it as it is.
 */
function savedOver(
  current: PlannedPostRecord,
  input: Omit<PlanInput, 'id'>,
  by: string,
  now: number,
): PlannedPostRecord {
  const { recurrence, ...fields } = planFields(input);
  let next: PlannedPostRecord = { ...current, ...fields };
  if (input.recurrence === null) delete next.recurrence;
  else if (input.recurrence && current.recurrence && !input.recurrence.exceptions)
    next = editSeries({ ...current, ...fields }, { rule: input.recurrence.rule }, by, now);
  else if (recurrence) next.recurrence = recurrence;
  // Optional fields the form left empty are removed from the stored plan.
  for (const key of ['templateId', 'hashtagSetId', 'assignee', 'reviewer'] as const)
    if (input[key] === undefined) delete next[key];
  return next;
}

/**
 * The form's values over the part of a series from a split on ("this and the following"). Unlike
 * `savedOver`, the exceptions are left to splitSeries, which moves them with the new start.
 */
function formOver(tail: PlannedPostRecord, input: Omit<PlanInput, 'id'>): PlannedPostRecord {
  const next: PlannedPostRecord = { ...tail, ...planFields(input) };
  for (const key of ['templateId', 'hashtagSetId', 'assignee', 'reviewer'] as const)
    if (input[key] === undefined) delete next[key];
  if (input.recurrence === null) delete next.recurrence;
  else if (input.recurrence)
    next.recurrence = {
      rule: input.recurrence.rule,
      exceptions: tail.recurrence?.exceptions ?? [],
    };
  return next;
}

/** The error for an occurrence the plan does not have (a teammate changed the series meanwhile). */
function noOccurrence(request: string, id: string, day: string): SapaRequestError {
  return new SapaRequestError(
    sapaError('not-found', { detail: `${request}: plan ${id} has no occurrence on ${day}` }),
  );
}

/** Whether the series' rule produces `day` (cancelled or not). */
function producesDay(plan: PlannedPostRecord, day: string): boolean {
  if (!plan.recurrence) return false;
  const bare = { ...plan, recurrence: { ...plan.recurrence, exceptions: [] } };
  return expand(bare, day, day, 'Asia/Jakarta').length > 0;
}

/**
 * `services`: the tab store and the way to open a tab (the background's); `tabId`: the tab the
 * request came from, when a site's panel sent it.
 */
export function calendarHandlers(
  repos: Repositories,
  services: PlanToPostServices = { tabs: memoryPlanTabs() },
  tabId?: number,
): CalendarHandlers {
  const me = async () => (await repos.settings.get('memberId')) ?? 'local';
  const now = services.now ?? Date.now;
  const tabEntry = async () => (tabId === undefined ? undefined : services.tabs.get(tabId));

  return {
    'calendar.plans': ({ from, to }) => repos.plannedPosts.inRange(from, to),

    'calendar.savePlan': async ({ id, ...input }) => {
      const fields = planFields(input);
      const stored = id ? await repos.plannedPosts.get(id) : undefined;
      if (stored) {
        const by = await me();
        return repos.plannedPosts.change(stored.id, (current) =>
          savedOver(current, input, by, Date.now()),
        );
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

    'calendar.editOccurrence': async ({ id, originalDate, change }) => {
      // Checked before the write: an exception for a day the rule never makes would be junk.
      const stored = await repos.plannedPosts.get(id);
      if (!stored || !producesDay(stored, originalDate))
        throw new SapaRequestError(
          sapaError('not-found', {
            detail: `calendar.editOccurrence: plan ${id} has no occurrence on ${originalDate}`,
          }),
        );
      const by = await me();
      if (change.kind === 'status') {
        const actor = actorFor(by, await repos.teamMembers.list());
        const plan = await repos.plannedPosts
          .change(id, (current) => {
            const next = occurrenceTransition(
              current,
              originalDate,
              change.action,
              actor,
              Date.now(),
            );
            // Not offered: a teammate posted that day meanwhile, or the role does not allow it.
            if (!next) throw new Refused();
            return next;
          })
          .catch(unlessRefused);
        if (plan) return plan;
        throw new SapaRequestError(
          sapaError('forbidden', {
            key: 'calendar.action.refused',
            detail: `calendar.editOccurrence: ${change.action} is not offered on ${originalDate}`,
          }),
        );
      }
      return repos.plannedPosts.change(id, (current) =>
        change.kind === 'cancel'
          ? cancelOccurrence(current, originalDate, by, Date.now())
          : editOccurrence(current, originalDate, change.override, by, Date.now()),
      );
    },

    'calendar.editFollowing': async ({ id, originalDate, plan: input }) => {
      const stored = await repos.plannedPosts.get(id);
      if (!stored || !producesDay(stored, originalDate))
        throw noOccurrence('calendar.editFollowing', id, originalDate);
      const by = await me();
      const written = await repos.plannedPosts.split(id, (current) => {
        if (!current.recurrence) throw noOccurrence('calendar.editFollowing', id, originalDate);
        return splitSeries(current, originalDate, (tail) => formOver(tail, input), {
          newId: newId('plan_'),
          by,
          now: Date.now(),
        });
      });
      return {
        series: written.series!,
        ...(written.following ? { following: written.following } : {}),
      };
    },

    'calendar.deleteFollowing': async ({ id, originalDate }) => {
      const stored = await repos.plannedPosts.get(id);
      if (!stored || !producesDay(stored, originalDate))
        throw noOccurrence('calendar.deleteFollowing', id, originalDate);
      const by = await me();
      const { series } = await repos.plannedPosts.split(id, (current) => ({
        series: endSeriesBefore(current, originalDate, by, Date.now()),
      }));
      return { series };
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
        .catch(unlessRefused);
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

    'calendar.toReview': async () => {
      const actor = actorFor(await me(), await repos.teamMembers.list());
      const inReview = await repos.plannedPosts.withStatus('in-review');
      return inReview
        .filter((plan) => allowedActions(plan, actor).includes('approve'))
        .sort((a, b) => (a.date + a.time).localeCompare(b.date + b.time));
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

    'calendar.openComposer': async ({ id, platform, occurrence }) => {
      const plan = await repos.plannedPosts.get(id);
      if (!plan || !plan.platforms.includes(platform))
        throw new SapaRequestError(
          sapaError('not-found', {
            detail: `calendar.openComposer: no plan ${id} for ${platform}`,
          }),
        );
      if (!services.openTab)
        throw new SapaRequestError(
          sapaError('unavailable', { detail: 'calendar.openComposer: no tabs here' }),
        );
      const site = SITES.find((s) => s.id === platform)!;
      const opened = await services.openTab(site.composerUrl);
      if (opened === undefined) return { opened: false };
      await services.tabs.set(opened, {
        planId: id,
        platform,
        ...(plan.recurrence && occurrence ? { occurrence } : {}),
      });
      return { opened: true };
    },

    'calendar.panelPlans': async ({ platform }) =>
      panelPlans(repos, platform, await tabEntry(), now()),

    'calendar.choosePlan': async ({ platform, id, occurrence }) => {
      const plan = id ? await repos.plannedPosts.get(id) : undefined;
      if (id && (!plan || !plan.platforms.includes(platform)))
        throw new SapaRequestError(
          sapaError('not-found', { detail: `calendar.choosePlan: no plan ${id} for ${platform}` }),
        );
      const entry = plan
        ? { planId: plan.id, platform, ...(plan.recurrence && occurrence ? { occurrence } : {}) }
        : undefined;
      // Remembered for the tab, so a confirmed post there marks this plan posted.
      if (tabId !== undefined)
        await (entry ? services.tabs.set(tabId, entry) : services.tabs.remove(tabId));
      return panelPlans(repos, platform, entry, now());
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

/** A write the rules refused ends with nothing written (undefined); any other error goes on. */
function unlessRefused(error: unknown): undefined {
  if (error instanceof Refused || (error as { cause?: unknown }).cause instanceof Refused)
    return undefined;
  throw error;
}
