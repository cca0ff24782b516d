/**
 * The background's request router: every feature's handlers over the one catalogue
 * (lib/messaging/protocol.ts). A request missing a handler fails type-checking here.
 *
 * Change notifications are not the router's business: every committed Dexie write (here, in the
 * dashboard, in sync) is seen by the change hub through Dexie's `storagemutated` event.
 */
import type { Repositories, SapaDb } from '@/lib/db';
import { calendarHandlers } from '@/lib/calendar/handlers';
import { postedPlanLink, type PlanToPostServices } from '@/lib/calendar/plan-link';
import { memoryPlanTabs } from '@/lib/calendar/plan-tabs';
import { catalogueHandlers, type CatalogueServices } from '@/lib/catalogue';
import { dashboardHandlers, type OpenDashboard } from '@/lib/dashboard/handlers';
import { draftHandlers, saveOrderFor, type SaveOrder } from '@/lib/drafts/handlers';
import { libraryHandlers } from '@/lib/library/handlers';
import type { Handlers } from '@/lib/messaging/define';
import { sapaError, SapaRequestError } from '@/lib/messaging/errors';
import { REQUESTS, type Requests, type SapaResponse } from '@/lib/messaging/protocol';
import { dispatchRequest } from '@/lib/messaging/router';
import { checkAccess, EXTENSION_PAGE, type Caller } from '@/lib/messaging/access';
import { panelHandlers } from '@/lib/panel/handlers';
import { shortcutHandlers } from '@/lib/quick-insert/handlers';
import { librarySearchFor, searchHandlers, type LibrarySearch } from '@/lib/search';
import type { SubscriptionHandlers } from '@/lib/subscriptions/service';
import { teamSyncHandlers, type TeamSyncControls } from '@/lib/team-sync/handlers';

export { errorResponse } from '@/lib/messaging/router';
export { summarise } from '@/lib/drafts/handlers';
export { hashtagsInText } from '@/lib/library/handlers';

/** What the router does outside the database (injected, so it is testable without a browser). */
export interface RouterServices {
  /** Opens the dashboard (the options page), at `section` when given. */
  openDashboard?: OpenDashboard;
  /** Subscriptions to published libraries (absent: those requests answer 'unavailable'). */
  subscriptions?: SubscriptionHandlers;
  /** Two-way team sync (absent where the background runs without it, e.g. some tests). */
  teamSync?: TeamSyncControls;
  /** The library's SLiMS catalogue: network access (absent: its fetching requests answer 'unavailable'). */
  catalogue?: CatalogueServices;
  /**
   * Which plan each composer tab was opened for, and opening tabs (issue #16, item 4). Absent:
   * one store in memory per database, as tests need.
   */
  planToPost?: PlanToPostServices;
  /** Told after each draft a page saved (the stash recovery retries what it could not save). */
  draftSaved?: () => void;
}

/** Tests and callers without tabs share one in-memory store per database. */
const memoryTabs = new Map<string, PlanToPostServices>();
function planToPostFor(name: string, services: RouterServices): PlanToPostServices {
  if (services.planToPost) return services.planToPost;
  let kept = memoryTabs.get(name);
  if (!kept) memoryTabs.set(name, (kept = { tabs: memoryPlanTabs() }));
  return kept;
}

/** The subscriptions service's handlers, or 'unavailable' when it was not started. */
function subscriptionHandlers(service: SubscriptionHandlers | undefined): SubscriptionHandlers {
  const need = (type: string): SubscriptionHandlers => {
    if (service) return service;
    throw new SapaRequestError(
      sapaError('unavailable', { detail: `${type}: the subscriptions service is not running` }),
    );
  };
  return {
    'subscriptions.add': (p) => need('subscriptions.add')['subscriptions.add'](p),
    'subscriptions.refresh': (p) => need('subscriptions.refresh')['subscriptions.refresh'](p),
    'subscriptions.remove': (p) => need('subscriptions.remove')['subscriptions.remove'](p),
  };
}

function handlers(
  repos: Repositories,
  search: LibrarySearch,
  services: RouterServices,
  saveOrder: SaveOrder,
  context: { caller: Caller; planToPost: PlanToPostServices },
): Handlers<Requests> {
  const { caller, planToPost } = context;
  // A post confirmed on a tab opened for a plan marks that plan posted (lib/calendar/plan-link.ts).
  const tabId = caller.kind === 'site' ? caller.tabId : undefined;
  const planLink = tabId === undefined ? undefined : postedPlanLink(repos, planToPost, tabId);
  return {
    ...draftHandlers(repos, saveOrder, planLink, services.draftSaved),
    ...libraryHandlers(repos, search),
    ...searchHandlers(search),
    ...panelHandlers(repos),
    ...dashboardHandlers(services.openDashboard),
    ...teamSyncHandlers(services.teamSync),
    ...subscriptionHandlers(services.subscriptions),
    ...catalogueHandlers(repos, services.catalogue),
    ...shortcutHandlers(repos),
    ...calendarHandlers(repos, planToPost, tabId),
  };
}

/**
 * Handles one message from a content script or the dashboard. `request` is untrusted: it is
 * validated here, then held to what `caller` may do (the listeners derive it from the sender;
 * tests that play the dashboard leave it out). `db` is opened on demand (a database closed by an
 * upgrade elsewhere is reopened).
 */
export async function handleRequest(
  db: SapaDb,
  repos: Repositories,
  request: unknown,
  services: RouterServices = {},
  caller: Caller = EXTENSION_PAGE,
): Promise<SapaResponse> {
  const search = librarySearchFor(db.name, repos);
  const drafts = saveOrderFor(db.name);
  const planToPost = planToPostFor(db.name, services);
  const all = handlers(repos, search, services, drafts, { caller, planToPost });
  return dispatchRequest(REQUESTS, all, request, {
    beforeHandling: async () => {
      if (!db.isOpen()) await db.open();
    },
    authorise: (type, definition, payload) =>
      checkAccess(type, definition, payload, caller, async (id) => {
        return (await repos.drafts.get(id))?.platform;
      }),
  });
}
