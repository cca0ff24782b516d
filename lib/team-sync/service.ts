/**
 * Two-way team sync, background side: keeps the team server's settings (secrets included) out
 * of every other context, decides when to sync (start-up, a periodic alarm, shortly after a
 * local edit, on request, and again after a failure) and publishes a secret-free status for the
 * dashboard. One sync runs at a time; a trigger during a sync asks for one more afterwards.
 *
 * The replication itself is the engine's job (lib/team-sync/engine), over PouchDB replicas that are
 * injected, so this runs in tests with in-memory databases and in the extension with IndexedDB.
 */
import type { SapaDb } from '@/lib/db';
import { createRepositories } from '@/lib/db';
import type { LocalizedText } from '@/lib/db/types';
import { translate } from '@/lib/i18n';
import {
  databaseUrl,
  SYNC_OFF,
  type SkippedRemoteDoc,
  type TeamSyncError,
  type TeamSyncStatus,
} from './status';
import { ensureAlarm as ensureRepeatingAlarm, type AlarmsLike } from '@/lib/extension/apis';
import type { TeamSyncConfig, TeamSyncConfigStore } from './store';

export const TEAM_SYNC_ALARM = 'sapa-team-sync';
export const TEAM_SYNC_PERIOD_MINUTES = 15;
/** Waits after a failure before trying again (then the periodic alarm takes over). */
export const RETRY_DELAYS_MS = [15_000, 60_000, 5 * 60_000];
/** A burst of edits (typing a template) becomes one sync this long after the last edit. */
export const EDIT_DEBOUNCE_MS = 3_000;

export interface SyncEngine {
  runOnce(): Promise<{
    pushed: number;
    pulled: number;
    conflicts: number;
    skipped: SkippedRemoteDoc[];
    finishedAt: number;
  }>;
  pendingCount(): Promise<number>;
}

export interface Credentials {
  username: string;
  password: string;
}

/** Opens and closes PouchDB databases (IndexedDB in the browser, memory in tests). */
export interface ReplicaFactory<Local, Remote> {
  openLocal(name: string): Local;
  openRemote(url: string, credentials?: Credentials): Remote;
  close(db: Local | Remote): Promise<void>;
  destroyLocal(name: string): Promise<void>;
}

/** `browser.alarms`, with `clear` (disconnecting stops the schedule). */
export type SyncAlarms = Pick<AlarmsLike, 'create' | 'get'> & {
  clear(name: string): Promise<unknown>;
};

export interface TeamSyncDeps<Local, Remote> {
  db: SapaDb;
  config: TeamSyncConfigStore;
  replicas: ReplicaFactory<Local, Remote>;
  createEngine(options: {
    db: SapaDb;
    local: Local;
    remote: Remote;
    memberId: string;
    now: () => number;
  }): SyncEngine;
  memberId(): Promise<string>;
  alarms?: SyncAlarms;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
  retryDelaysMs?: number[];
  editDebounceMs?: number;
}

export interface ConfigureInput {
  url: string;
  database: string;
  username?: string | undefined;
  password?: string | undefined;
}

export interface ConfigureResult {
  connected: boolean;
  status: TeamSyncStatus;
  error?: TeamSyncError;
}

function bilingual(key: Parameters<typeof translate>[1]): LocalizedText {
  return { id: translate('id', key), en: translate('en', key) };
}

/** The engine's SyncError carries a code and a message for people; anything else is unknown. */
export function toTeamSyncError(error: unknown): TeamSyncError {
  const e = error as { code?: unknown; userMessage?: unknown } | null;
  const message = e?.userMessage as Partial<LocalizedText> | undefined;
  if (
    typeof e?.code === 'string' &&
    typeof message?.id === 'string' &&
    typeof message.en === 'string'
  )
    return { code: e.code, message: { id: message.id, en: message.en } };
  return { code: 'unknown', message: bilingual('sync.error.unknown') };
}

/** Short stable name for a server + database + user, so each gets a replica of its own. */
export function replicaName(input: ConfigureInput): string {
  let hash = 0x811c9dc5;
  for (const ch of `${input.url}|${input.database}|${input.username ?? ''}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `sapa-team-${hash.toString(16).padStart(8, '0')}`;
}

function publicServer(config: ConfigureInput): NonNullable<TeamSyncStatus['server']> {
  return {
    url: config.url,
    database: config.database,
    ...(config.username ? { username: config.username } : {}),
  };
}

export function createTeamSync<Local, Remote>(deps: TeamSyncDeps<Local, Remote>) {
  const now = deps.now ?? Date.now;
  const log = deps.log ?? ((m, e) => console.warn(`[sapa sync] ${m}`, e ?? ''));
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const debounceMs = deps.editDebounceMs ?? EDIT_DEBOUNCE_MS;
  const settings = createRepositories(deps.db).settings;

  let current: { config: TeamSyncConfig; local: Local; remote: Remote; engine: SyncEngine } | null =
    null;
  let status: TeamSyncStatus | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let editTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function readStatus(): Promise<TeamSyncStatus> {
    status ??= (await settings.get('teamSyncStatus')) ?? SYNC_OFF;
    return status;
  }

  async function writeStatus(next: TeamSyncStatus): Promise<TeamSyncStatus> {
    status = next;
    try {
      await settings.set('teamSyncStatus', next);
    } catch (error) {
      log('saving the sync status failed', error); // the sync itself is not affected
    }
    return next;
  }

  async function open(config: TeamSyncConfig) {
    const credentials =
      config.username && config.password !== undefined
        ? { username: config.username, password: config.password }
        : undefined;
    const local = deps.replicas.openLocal(config.localName);
    const remote = deps.replicas.openRemote(databaseUrl(config), credentials);
    const memberId = await deps.memberId();
    const engine = deps.createEngine({ db: deps.db, local, remote, memberId, now });
    return { config, local, remote, engine };
  }

  async function close() {
    if (!current) return;
    const { local, remote } = current;
    current = null;
    await Promise.all([deps.replicas.close(local), deps.replicas.close(remote)]).catch(
      (error: unknown) => log('closing the replicas failed', error),
    );
  }

  async function active() {
    const config = await deps.config.get();
    if (!config) {
      await close();
      return null;
    }
    if (current && current.config.configuredAt === config.configuredAt) return current;
    await close();
    current = await open(config);
    return current;
  }

  function scheduleRetry(): number {
    clearTimeout(retryTimer);
    const delay = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? 60_000;
    failures += 1;
    retryTimer = setTimeout(() => void trigger(), delay);
    return now() + delay;
  }

  async function cycle(): Promise<void> {
    const session = await active();
    if (!session) return;
    const base = await readStatus();
    const server = publicServer(session.config);
    await writeStatus({ ...base, state: 'syncing', server, lastAttemptAt: now() });
    try {
      const report = await session.engine.runOnce();
      failures = 0;
      clearTimeout(retryTimer);
      const pending = await session.engine.pendingCount();
      await writeStatus({
        state: 'idle',
        server,
        lastSyncAt: report.finishedAt,
        lastAttemptAt: status?.lastAttemptAt ?? now(),
        pending,
        lastReport: { pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts },
        skipped: report.skipped,
      });
    } catch (error) {
      log('sync failed', error);
      const nextRetryAt = scheduleRetry();
      const pending = await session.engine.pendingCount().catch(() => status?.pending ?? 0);
      const { lastSyncAt, lastReport, skipped } = status ?? SYNC_OFF;
      await writeStatus({
        state: 'error',
        server,
        ...(lastSyncAt !== undefined ? { lastSyncAt } : {}),
        lastAttemptAt: status?.lastAttemptAt ?? now(),
        pending,
        ...(lastReport ? { lastReport } : {}),
        skipped,
        error: toTeamSyncError(error),
        nextRetryAt,
      });
    }
  }

  /** Runs a sync, or asks the running one for another pass; resolves when all are done. */
  function trigger(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await cycle();
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  async function ensureAlarm() {
    if (deps.alarms)
      await ensureRepeatingAlarm(deps.alarms, TEAM_SYNC_ALARM, TEAM_SYNC_PERIOD_MINUTES);
  }

  return {
    /** At start-up: catch up with what happened while the browser was closed. */
    async start(): Promise<void> {
      if (!(await deps.config.get())) return;
      await ensureAlarm();
      await trigger();
    },

    async status(): Promise<TeamSyncStatus> {
      return readStatus();
    },

    /**
     * Connects to a team database. The first sync is the test: nothing is saved unless it works,
     * so a mistyped address or password is reported at once and the previous setup is kept.
     */
    async configure(input: ConfigureInput): Promise<ConfigureResult> {
      await running?.catch(() => undefined);
      const previous = await deps.config.get();
      const config: TeamSyncConfig = {
        url: input.url.replace(/\/+$/, ''),
        database: input.database,
        ...(input.username ? { username: input.username } : {}),
        ...(input.password !== undefined && input.username ? { password: input.password } : {}),
        localName: replicaName(input),
        configuredAt: now(),
      };
      const trial = await open(config);
      try {
        const report = await trial.engine.runOnce();
        const pending = await trial.engine.pendingCount();
        await close();
        current = trial;
        await deps.config.set(config);
        if (previous && previous.localName !== config.localName)
          await deps.replicas
            .destroyLocal(previous.localName)
            .catch((error: unknown) => log('removing the old replica failed', error));
        failures = 0;
        await ensureAlarm();
        const next = await writeStatus({
          state: 'idle',
          server: publicServer(config),
          lastSyncAt: report.finishedAt,
          lastAttemptAt: report.finishedAt,
          pending,
          lastReport: { pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts },
          skipped: report.skipped,
        });
        return { connected: true, status: next };
      } catch (error) {
        log('connecting failed', error);
        await Promise.all([deps.replicas.close(trial.local), deps.replicas.close(trial.remote)]);
        if (previous?.localName !== config.localName)
          await deps.replicas.destroyLocal(config.localName).catch(() => undefined);
        return { connected: false, status: await readStatus(), error: toTeamSyncError(error) };
      }
    },

    /** Stops syncing with the server; the library in this browser stays as it is. */
    async disconnect(): Promise<TeamSyncStatus> {
      await running?.catch(() => undefined);
      clearTimeout(retryTimer);
      clearTimeout(editTimer);
      const config = await deps.config.get();
      await close();
      await deps.config.clear();
      await deps.alarms?.clear(TEAM_SYNC_ALARM);
      if (config)
        await deps.replicas
          .destroyLocal(config.localName)
          .catch((error: unknown) => log('removing the replica failed', error));
      failures = 0;
      return writeStatus(SYNC_OFF);
    },

    /** "Sync now": resolves with the status once this sync (and any queued one) is done. */
    async syncNow(): Promise<TeamSyncStatus> {
      await trigger();
      return readStatus();
    },

    onAlarm(name: string): void {
      if (name === TEAM_SYNC_ALARM) void trigger();
    },

    /** A shared table changed: count what waits, and sync shortly if it is a local edit. */
    onLocalEdit(): void {
      clearTimeout(editTimer);
      editTimer = setTimeout(() => {
        void (async () => {
          const session = await active();
          if (!session) return;
          const pending = await session.engine.pendingCount();
          const base = await readStatus();
          if (pending !== base.pending) await writeStatus({ ...base, pending });
          // Writes made by a sync leave nothing pending, so they never start another sync.
          if (pending > 0) await trigger();
        })().catch((error: unknown) => log('checking local changes failed', error));
      }, debounceMs);
    },

    /** Waits for a running sync (tests, shutdown). */
    async idle(): Promise<void> {
      await running?.catch(() => undefined);
    },

    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(editTimer);
      await running?.catch(() => undefined);
      await close();
    },
  };
}
export type TeamSync = ReturnType<typeof createTeamSync>;
