/**
 * The background's request router: every feature's handlers over the one catalogue
 * (lib/messaging/protocol.ts). A request missing a handler fails type-checking here.
 *
 * Change notifications are not the router's business: every committed Dexie write (here, in the
 * dashboard, in sync) is seen by the change hub through Dexie's `storagemutated` event.
 */
import type { Repositories, SapaDb } from '@/lib/db';
import { calendarHandlers } from '@/lib/calendar/handlers';
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
): Handlers<Requests> {
  return {
    ...draftHandlers(repos, saveOrder),
    ...libraryHandlers(repos, search),
    ...searchHandlers(search),
    ...panelHandlers(repos),
    ...dashboardHandlers(services.openDashboard),
    ...teamSyncHandlers(services.teamSync),
    ...subscriptionHandlers(services.subscriptions),
    ...catalogueHandlers(repos, services.catalogue),
    ...shortcutHandlers(repos),
    ...calendarHandlers(repos),
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
  return dispatchRequest(REQUESTS, handlers(repos, search, services, drafts), request, {
    beforeHandling: async () => {
      if (!db.isOpen()) await db.open();
    },
    authorise: (type, definition, payload) =>
      checkAccess(type, definition, payload, caller, async (id) => {
        return (await repos.drafts.get(id))?.platform;
      }),
  });
}
