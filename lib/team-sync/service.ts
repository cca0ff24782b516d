/**
 * Two-way team sync, background side: keeps the team server's settings (secrets included) out
 * of every other context, decides when to sync (start-up, a periodic alarm, shortly after a
 * local edit, on request, and again after a failure) and publishes a secret-free status for the
 * dashboard. One sync runs at a time; a trigger during a sync asks for one more afterwards.
 *
 * The replication itself is the engine's job (lib/team-sync/engine), over PouchDB replicas that are
 * injected, so this runs in tests with in-memory databases and in the extension with IndexedDB.
 * The parts: connection (settings and replicas), status-report, schedule, sync-run, connect.
 */
import { connect, disconnect } from './connect';
import { createConnections } from './connection';
import {
  EDIT_DEBOUNCE_MS,
  RETRY_DELAYS_MS,
  TEAM_SYNC_ALARM,
  catchUpDue,
  createSyncSchedule,
} from './schedule';
import type { TeamSyncStatus } from './status';
import { createStatusReport } from './status-report';
import { runSync } from './sync-run';
import type { ConfigureInput, ConfigureResult, SyncLog, TeamSyncDeps } from './types';

export {
  EDIT_DEBOUNCE_MS,
  RETRY_DELAYS_MS,
  TEAM_SYNC_ALARM,
  TEAM_SYNC_PERIOD_MINUTES,
} from './schedule';
export { replicaName } from './connection';
export { toTeamSyncError } from './status-report';
export type {
  ConfigureInput,
  ConfigureResult,
  Credentials,
  ReplicaFactory,
  SyncAlarms,
  SyncEngine,
  TeamSyncDeps,
} from './types';

export function createTeamSync<Local, Remote>(deps: TeamSyncDeps<Local, Remote>) {
  const now = deps.now ?? Date.now;
  const log: SyncLog = deps.log ?? ((m, e) => console.warn(`[sapa sync] ${m}`, e ?? ''));
  const connections = createConnections(deps, now, log);
  const report = createStatusReport(deps.db, log);
  const schedule = createSyncSchedule({
    runOnce: () =>
      runSync({
        active: connections.active,
        report,
        succeeded: () => schedule.succeeded(),
        retryLater: () => schedule.retryLater(),
        now,
        log,
      }),
    alarms: deps.alarms,
    now,
    retryDelaysMs: deps.retryDelaysMs ?? RETRY_DELAYS_MS,
    editDebounceMs: deps.editDebounceMs ?? EDIT_DEBOUNCE_MS,
  });
  const parts = { deps, connections, schedule, report, now, log };

  /** Counts what waits after local edits, and syncs if anything does. */
  async function checkLocalChanges(): Promise<void> {
    const session = await connections.active();
    if (!session) return;
    const pending = await session.engine.pendingCount();
    const base = await report.read();
    if (pending !== base.pending) await report.write({ ...base, pending });
    // Writes made by a sync leave nothing pending, so they never start another sync.
    if (pending > 0) await schedule.trigger();
  }

  return {
    /** When the background starts: catch up with what was left undone (`catchUpDue`). */
    async start(): Promise<void> {
      if (!(await deps.config.get())) return;
      await schedule.ensureAlarm();
      const status = await report.read();
      // The message that woke the background may have started a sync meanwhile ("Sync now"): its
      // status says "syncing", which here is not a sync cut off, and that sync is the catch-up.
      if (!schedule.busy() && catchUpDue(status, now())) await schedule.trigger();
    },
    status: (): Promise<TeamSyncStatus> => report.read(),
    configure: (input: ConfigureInput): Promise<ConfigureResult> => connect(parts, input),
    disconnect: (): Promise<TeamSyncStatus> => disconnect(parts),
    /** "Sync now": resolves with the status once this sync (and any queued one) is done. */
    async syncNow(): Promise<TeamSyncStatus> {
      await schedule.trigger();
      return report.read();
    },
    onAlarm(name: string): void {
      if (name === TEAM_SYNC_ALARM) void schedule.trigger();
    },
    /** A shared table changed: count what waits, and sync shortly if it is a local edit. */
    onLocalEdit(): void {
      schedule.afterEdits(() => {
        checkLocalChanges().catch((error: unknown) => log('checking local changes failed', error));
      });
    },
    /** Waits for a running sync (tests, shutdown). */
    idle: (): Promise<void> => schedule.idle(),
    async stop(): Promise<void> {
      await schedule.stop();
      await connections.close();
    },
  };
}
export type TeamSync = ReturnType<typeof createTeamSync>;
