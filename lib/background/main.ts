/**
 * The background as the database owner: opens the database once, applies first-run seeds,
 * asks for persistent storage, answers the content scripts' requests and fans change
 * notifications out to their ports. Listeners are registered synchronously (MV3 service workers
 * only deliver events to listeners added in the first turn); the database work happens lazily
 * behind one promise that every request awaits.
 */
import { SapaDb, type Repositories, type StorageManagerLike } from '@/lib/db';
import { watchCommittedWrites } from '@/lib/db/observe';
import { browser } from 'wxt/browser';
import { type DashboardSection, type SapaResponse } from '@/lib/messaging/protocol';
import { createChangeHub, type ChangeHub, type HubPort } from './changes';
import { listenForChangePorts, listenForRequests } from './listeners';
import { createReady } from './open-db';
import type { TeamSync } from '@/lib/team-sync/service';
import { watchSharedEdits } from '@/lib/team-sync/local-edits';
import type { AlarmsLike, FetchLike, PermissionsLike } from '@/lib/extension/apis';
import { errorResponse, handleRequest, type RouterServices } from './router';
import { createSubscriptionService } from '@/lib/subscriptions/service';
import { EXTENSION_PAGE, type Caller } from '@/lib/messaging/access';
import { createStashRecovery } from '@/lib/drafts/stash-recovery';
import { STASH_PREFIX, type StashStorage } from '@/lib/drafts/stash';
import { watchDraftSaves } from '@/lib/drafts/saving-works';
import { createReminderService, type ReminderServiceDeps } from '@/lib/calendar/reminder-service';

export interface Sender {
  id?: string;
  /** The sending page or frame (a social site's page for content scripts). */
  url?: string;
  /** The tab a content script runs in (absent for extension pages outside a tab). */
  tab?: { url?: string; id?: number };
}

interface ListenerSet<F> {
  addListener(listener: F): void;
}

/** The part of `browser.runtime` the background uses (a fake in tests). */
export interface RuntimeLike {
  readonly id: string;
  /** The extension's own page addresses (to tell the dashboard from a content script). */
  getURL?(path: string): string;
  onMessage: ListenerSet<(message: unknown, sender: Sender) => Promise<unknown> | undefined>;
  onConnect: ListenerSet<
    (port: HubPort & { name: string; sender?: Sender; disconnect(): void }) => void
  >;
  onInstalled?: ListenerSet<() => void>;
  onStartup?: ListenerSet<() => void>;
}

export interface BackgroundDeps {
  runtime: RuntimeLike;
  db?: SapaDb;
  storage?: StorageManagerLike;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
  /** Opens the dashboard for the panel's "Open dashboard" (defaults to `openDashboardTab`). */
  openDashboard?: RouterServices['openDashboard'];
  /** Two-way team sync over this database (the extension passes the PouchDB-backed one). */
  teamSync?: (context: { db: SapaDb; memberId: () => Promise<string> }) => TeamSync;
  /** Scheduling (subscription checks); without it only start-up and on-demand checks run. */
  alarms?: AlarmsLike;
  /** Host permissions granted at runtime; without it every origin counts as allowed. */
  permissions?: PermissionsLike;
  /** Network access for subscriptions (defaults to the global `fetch`). */
  fetch?: FetchLike;
  /**
   * Where closing pages keep unsaved draft text (`browser.storage.local`, lib/drafts/stash.ts)
   * and its change events; saved at start and whenever something is stashed.
   */
  /**
   * Calendar reminders as browser notifications (lib/calendar/reminder-service.ts); without it,
   * or without `alarms`, none are shown.
   */
  reminders?: Pick<
    ReminderServiceDeps,
    'notifications' | 'permitted' | 'browserLocale' | 'iconUrl'
  >;
  /** Which plan each composer tab was opened for, and opening tabs (lib/calendar/plan-tabs.ts). */
  planToPost?: RouterServices['planToPost'];
  draftStash?: {
    storage: StashStorage;
    onChanged?: ListenerSet<(changes: Record<string, unknown>, areaName: string) => void>;
  };
}

/**
 * The dashboard in a tab: the options page (focusing one already open), or with a section a
 * new tab at its `#section` deep link (openOptionsPage takes no fragment).
 */
export async function openDashboardTab(section?: DashboardSection): Promise<void> {
  if (!section) return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
}

const noop = () => undefined;

const isDraftSave = (message: unknown): boolean =>
  (message as { type?: unknown } | null)?.type === 'drafts.save';

/** Saves draft text closing pages stashed: now, and each time a page stashes more. */
function recoverStashedDrafts(
  stash: NonNullable<BackgroundDeps['draftStash']>,
  ready: (() => Promise<Repositories>) & { whenOpen: () => Promise<Repositories> },
  handle: (message: unknown) => Promise<SapaResponse>,
  log: (message: string, error?: unknown) => void,
): () => void {
  const recovery = createStashRecovery({
    storage: stash.storage,
    repos: ready,
    // Through the router like any request: validated, and ordered with the pages' own saves.
    save: async (draft) => (await handle({ sapa: 1, type: 'drafts.save', payload: draft })).ok,
    log,
  });
  // Once the database is open, even when an older connection held it up for a while.
  ready.whenOpen().then(
    () => recovery.run(),
    () => undefined, // logged by `warm`; the next stash or start tries again
  );
  stash.onChanged?.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.keys(changes).some((key) => key.startsWith(STASH_PREFIX)))
      void recovery.run();
  });
  return recovery.savedAgain;
}

/**
 * Reminders: their alarm follows the setting (checked whenever the settings table is written),
 * and a click on one opens the calendar. Listeners are added now, in the worker's first turn.
 */
function startReminders(
  options: NonNullable<BackgroundDeps['reminders']>,
  dbName: string,
  ready: () => Promise<Repositories>,
  openDashboard: NonNullable<RouterServices['openDashboard']>,
  alarms: AlarmsLike | undefined,
  log: (message: string, error?: unknown) => void,
): () => void {
  if (!alarms?.clear) return noop;
  const reminders = createReminderService({
    ...options,
    ready,
    alarms: alarms as AlarmsLike & { clear(name: string): Promise<unknown> },
    openCalendar: () => openDashboard('calendar'),
    log,
  });
  alarms.onAlarm.addListener((alarm) => reminders.onAlarm(alarm.name));
  options.notifications?.onClicked?.addListener((id) => reminders.onClicked(id));
  const schedule = () => {
    reminders.schedule().catch((error: unknown) => log('scheduling reminders failed', error));
  };
  schedule();
  return watchCommittedWrites(dbName, (tables) => {
    if (tables.includes('settings')) schedule();
  });
}

export interface Background {
  db: SapaDb;
  hub: ChangeHub;
  teamSync?: TeamSync;
  /** Resolves when the database is open and seeded (rejects if it cannot open). */
  ready(): Promise<Repositories & { memberId: string }>;
  /** Answers a message as `caller` may (the dashboard's rights when left out). */
  handle(message: unknown, caller?: Caller): Promise<SapaResponse>;
  stop(): void;
}

export function startBackground(deps: BackgroundDeps): Background {
  const { runtime } = deps;
  const db = deps.db ?? new SapaDb();
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message, error) => console.warn(`[sapa] ${message}`, error ?? ''));
  const hub = createChangeHub();
  const unwatch = hub.watchDexie(db.name);
  const ready = createReady({ db, now, log, storage: deps.storage });
  const teamSync = deps.teamSync?.({ db, memberId: async () => (await ready()).memberId });
  const services: RouterServices = {
    openDashboard: deps.openDashboard ?? openDashboardTab,
    ...(deps.planToPost ? { planToPost: deps.planToPost } : {}),
    ...(teamSync ? { teamSync } : {}),
  };
  const unwatchShared = teamSync ? watchSharedEdits(db, () => teamSync.onLocalEdit(), log) : noop;

  const saving = deps.draftStash ? watchDraftSaves(deps.draftStash.storage, now, log) : undefined;

  function handle(message: unknown, caller: Caller = EXTENSION_PAGE): Promise<SapaResponse> {
    const answer = ready().then(
      (repos) => handleRequest(db, repos, message, services, caller),
      (error: unknown) => errorResponse(error),
    );
    if (!saving || !isDraftSave(message)) return answer;
    return answer.then((response) => {
      saving.answered(response.ok);
      return response;
    });
  }

  const subscriptions = createSubscriptionService({
    db,
    ready,
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    ...(deps.alarms ? { alarms: deps.alarms } : {}),
    ...(deps.permissions ? { permissions: deps.permissions } : {}),
    now,
    log,
  });
  services.subscriptions = subscriptions.handlers;
  services.catalogue = {
    fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now,
    ...(deps.permissions
      ? { hasPermission: (pattern: string) => deps.permissions!.contains({ origins: [pattern] }) }
      : {}),
  };

  listenForRequests(runtime, handle);
  listenForChangePorts(runtime, hub);

  const warm = () => {
    ready().catch((error: unknown) => log('opening the database failed', error));
  };
  runtime.onInstalled?.addListener(warm);
  runtime.onStartup?.addListener(warm);
  warm();
  if (teamSync) deps.alarms?.onAlarm.addListener((alarm) => teamSync.onAlarm(alarm.name));
  if (teamSync)
    ready()
      .then(() => teamSync.start())
      .catch((error: unknown) => log('starting team sync failed', error));
  subscriptions.start();
  // Once the database opens (an older connection may have held it), paused pages try again.
  if (saving) ready.whenOpen().then(saving.opened, noop);
  // A page's draft saved: texts stashed while saving failed go too.
  if (deps.draftStash)
    services.draftSaved = recoverStashedDrafts(deps.draftStash, ready, handle, log);
  const unwatchReminders = deps.reminders
    ? startReminders(
        deps.reminders,
        db.name,
        ready,
        deps.openDashboard ?? openDashboardTab,
        deps.alarms,
        log,
      )
    : noop;

  return {
    db,
    hub,
    ready,
    handle,
    ...(teamSync ? { teamSync } : {}),
    stop() {
      subscriptions.stop();
      unwatch();
      unwatchShared();
      unwatchReminders();
      void teamSync?.stop();
      db.close();
    },
  };
}
