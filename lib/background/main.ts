/**
 * The background as the database owner: opens the database once, applies first-run seeds,
 * asks for persistent storage, answers the content scripts' requests and fans change
 * notifications out to their ports. Listeners are registered synchronously (MV3 service workers
 * only deliver events to listeners added in the first turn); the database work happens lazily
 * behind one promise that every request awaits.
 */
import {
  applySeeds,
  createRepositories,
  requestPersistentStorage,
  SapaDb,
  type Repositories,
  type StorageManagerLike,
} from '../db';
import { browser } from 'wxt/browser';
import {
  CHANGES_PORT_NAME,
  isSapaMessage,
  type DashboardSection,
  type SapaResponse,
} from '../messaging/protocol';
import type { AlarmsLike, FetchLike, PermissionsLike } from './browser-apis';
import { createChangeHub, type ChangeHub, type HubPort } from './changes';
import { errorResponse, handleRequest, type RouterServices } from './router';
import { createSubscriptionService } from './subscriptions';

interface Sender {
  id?: string;
}

interface ListenerSet<F> {
  addListener(listener: F): void;
}

/** The part of `browser.runtime` the background uses (a fake in tests). */
export interface RuntimeLike {
  readonly id: string;
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
  /** Scheduling (subscription checks); without it only start-up and on-demand checks run. */
  alarms?: AlarmsLike;
  /** Host permissions granted at runtime; without it every origin counts as allowed. */
  permissions?: PermissionsLike;
  /** Network access for subscriptions (defaults to the global `fetch`). */
  fetch?: FetchLike;
}

/**
 * The dashboard in a tab: the options page (focusing one already open), or with a section a
 * new tab at its `#section` deep link (openOptionsPage takes no fragment).
 */
export async function openDashboardTab(section?: DashboardSection): Promise<void> {
  if (!section) return browser.runtime.openOptionsPage();
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${section}` });
}

export interface Background {
  db: SapaDb;
  hub: ChangeHub;
  /** Resolves when the database is open and seeded (rejects if it cannot open). */
  ready(): Promise<Repositories>;
  handle(message: unknown): Promise<SapaResponse>;
  stop(): void;
}

export function startBackground(deps: BackgroundDeps): Background {
  const { runtime } = deps;
  const db = deps.db ?? new SapaDb();
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((message, error) => console.warn(`[sapa] ${message}`, error ?? ''));
  const services: RouterServices = { openDashboard: deps.openDashboard ?? openDashboardTab };
  const hub = createChangeHub();
  const unwatch = hub.watchDexie(db.name);
  let init: Promise<Repositories> | undefined;

  async function open(): Promise<Repositories> {
    await db.open();
    try {
      await applySeeds(db, now());
    } catch (error) {
      // Seeds are retried on the next start; drafts must still be savable meanwhile.
      log('applying seeds failed', error);
    }
    const settings = createRepositories(db, { now }).settings;
    const memberId = (await settings.get('memberId')) ?? 'local';
    void requestPersistentStorage(deps.storage).then(
      (result) => settings.set('persistentStorage', result.state),
      (error: unknown) => log('persistent storage request failed', error),
    );
    return createRepositories(db, { memberId, now });
  }

  function ready(): Promise<Repositories> {
    init ??= open().catch((error: unknown) => {
      init = undefined; // try again on the next request (e.g. once the blocking tab closed)
      throw error;
    });
    return init;
  }

  function handle(message: unknown): Promise<SapaResponse> {
    return ready().then(
      (repos) => handleRequest(db, repos, message, services),
      (error: unknown) => errorResponse(error),
    );
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

  runtime.onMessage.addListener((message, sender) => {
    if (!isSapaMessage(message)) return undefined; // not ours: let other listeners answer
    if (sender.id !== runtime.id) return undefined; // only this extension's own scripts
    return handle(message);
  });

  runtime.onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT_NAME) return;
    if (port.sender?.id !== runtime.id) {
      port.disconnect();
      return;
    }
    hub.addPort(port);
  });

  const warm = () => {
    ready().catch((error: unknown) => log('opening the database failed', error));
  };
  runtime.onInstalled?.addListener(warm);
  runtime.onStartup?.addListener(warm);
  warm();
  subscriptions.start();

  return {
    db,
    hub,
    ready,
    handle,
    stop() {
      subscriptions.stop();
      unwatch();
      db.close();
    },
  };
}
