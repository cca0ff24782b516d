/**
 * From plan to post in the background (issue #16, item 4): the panel's view of its platform's
 * plans, and the link a confirmed publish makes between the post-log entry and the plan its tab
 * was opened for. The rules are pure in plan-to-post.ts; this reads and writes through the
 * repositories and the tab store.
 */
import type { Repositories } from '@/lib/db';
import type { PlatformId, PostLogRecord } from '@/lib/db/types';
import { pickText } from '@/lib/library/render';
import { newId } from '@/lib/text';
import { actorFor } from './actor';
import {
  addDays,
  duePlans,
  fromItem,
  libraryToday,
  markPlanPosted,
  occurrenceOf,
  OVERDUE_DAYS,
  type PlanOccurrence,
} from './plan-to-post';
import type { PlanTab, PlanTabs } from './plan-tabs';
import type { PanelPlan, PanelPlans } from './requests';
import type { LibraryTimeZone } from './types';

/** What the calendar needs outside the database to go from plan to post. */
export interface PlanToPostServices {
  tabs: PlanTabs;
  /** Opens an address in a new tab, answering the tab's id (absent where there are no tabs). */
  openTab?: (url: string) => Promise<number | undefined>;
  now?: () => number;
}

async function zoneOf(repos: Repositories): Promise<LibraryTimeZone> {
  return (await repos.brandKit.get())?.timeZone ?? 'Asia/Jakarta';
}

/** The plan's template (this platform's text) and hashtag set, looked up once per id. */
function libraryParts(repos: Repositories, platform: PlatformId) {
  const templates = new Map<string, Promise<PanelPlan['template']>>();
  const sets = new Map<string, Promise<PanelPlan['hashtagSet']>>();
  const template = (id: string) => {
    if (!templates.has(id))
      templates.set(
        id,
        repos.templates
          .get(id)
          .then((t) => (t ? { ...t, text: pickText(t, platform).text } : undefined)),
      );
    return templates.get(id)!;
  };
  const set = (id: string) => {
    if (!sets.has(id))
      sets.set(
        id,
        repos.hashtagSets
          .get(id)
          .then((s) => (s ? { id: s.id, name: s.name, tags: [...s.tags] } : undefined)),
      );
    return sets.get(id)!;
  };
  return async (plan: PlanOccurrence): Promise<PanelPlan> => {
    const [tpl, tags] = await Promise.all([
      plan.templateId ? template(plan.templateId) : undefined,
      plan.hashtagSetId ? set(plan.hashtagSetId) : undefined,
    ]);
    return { ...plan, ...(tpl ? { template: tpl } : {}), ...(tags ? { hashtagSet: tags } : {}) };
  };
}

/** The plan a tab was opened for, if it is still there and meant for this platform. */
async function chosenPlan(
  repos: Repositories,
  entry: PlanTab | undefined,
  platform: PlatformId,
): Promise<PlanOccurrence | null> {
  if (!entry || entry.platform !== platform) return null;
  const plan = await repos.plannedPosts.get(entry.planId);
  if (!plan || !plan.platforms.includes(platform)) return null;
  return occurrenceOf(plan, entry.occurrence);
}

/** The panel's plans for its platform; `entry` is what its tab was opened for or picked. */
export async function panelPlans(
  repos: Repositories,
  platform: PlatformId,
  entry: PlanTab | undefined,
  now: number,
): Promise<PanelPlans> {
  const zone = await zoneOf(repos);
  const today = libraryToday(now, zone);
  const plans = await repos.plannedPosts.inRange(addDays(today, -OVERDUE_DAYS), today);
  const due = duePlans(plans, platform, now, zone);
  const withParts = libraryParts(repos, platform);
  const chosen = await chosenPlan(repos, entry, platform);
  return {
    today,
    zone,
    chosen: chosen ? await withParts(chosen) : null,
    dueToday: await Promise.all(due.dueToday.map((i) => withParts(fromItem(i)))),
    overdue: await Promise.all(due.overdue.map((i) => withParts(fromItem(i)))),
  };
}

/**
 * A publish confirmed on a tab that was opened for a plan (or had one picked): the plan this
 * post-log entry belongs to, and, once the entry is written, the plan marked posted with it. The
 * tab forgets the plan then, so the next post on that tab is not taken for it again.
 */
export function postedPlanLink(repos: Repositories, services: PlanToPostServices, tabId: number) {
  let entry: PlanTab | undefined;
  const now = services.now ?? Date.now;
  return {
    async planFor(platform: PlatformId): Promise<string | undefined> {
      const found = await services.tabs.get(tabId);
      entry = found?.platform === platform ? found : undefined;
      return entry?.planId;
    },
    async posted(log: PostLogRecord): Promise<void> {
      if (!entry || log.plannedPostId !== entry.planId) return;
      const { planId, occurrence, platform } = entry;
      await services.tabs.remove(tabId);
      const actor = actorFor(
        (await repos.settings.get('memberId')) ?? 'local',
        await repos.teamMembers.list(),
      );
      await repos.plannedPosts
        .change(planId, (stored) => {
          const result = markPlanPosted(stored, occurrence, platform, log.id, actor, now(), () =>
            newId('c_'),
          );
          // Posted or skipped already, or already on this platform: left as it is.
          if (!result.ok) throw new AlreadyDone();
          return result.plan;
        })
        .catch((error: unknown) => {
          if (
            error instanceof AlreadyDone ||
            (error as { cause?: unknown }).cause instanceof AlreadyDone
          )
            return;
          throw error;
        });
    },
  };
}

class AlreadyDone extends Error {}
