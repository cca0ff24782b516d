/** Connecting to a team server and disconnecting from it. */
import { connectionSettings, publicServer, type Connections } from './connection';
import { SYNC_OFF, type TeamSyncStatus } from './status';
import { syncedStatus, toTeamSyncError, type StatusReport } from './status-report';
import type { SyncSchedule } from './schedule';
import type { ConfigureInput, ConfigureResult, SyncLog, TeamSyncDeps } from './types';

export interface ConnectParts<Local, Remote> {
  deps: TeamSyncDeps<Local, Remote>;
  connections: Connections<Local, Remote>;
  schedule: SyncSchedule;
  report: StatusReport;
  now: () => number;
  log: SyncLog;
}

/**
 * Connects to a team database. The first sync is the test: nothing is saved unless it works,
 * so a mistyped address or password is reported at once and the previous setup is kept.
 */
export async function connect<Local, Remote>(
  parts: ConnectParts<Local, Remote>,
  input: ConfigureInput,
): Promise<ConfigureResult> {
  const { deps, connections, schedule, report, log } = parts;
  await schedule.idle();
  const previous = await deps.config.get();
  const config = connectionSettings(input, parts.now());
  const trial = await connections.open(config);
  try {
    const result = await trial.engine.runOnce();
    const pending = await trial.engine.pendingCount();
    await connections.adopt(trial);
    await deps.config.set(config);
    if (previous && previous.localName !== config.localName)
      await deps.replicas
        .destroyLocal(previous.localName)
        .catch((error: unknown) => log('removing the old replica failed', error));
    schedule.resetRetries();
    await schedule.ensureAlarm();
    const status = syncedStatus(publicServer(config), result, pending, result.finishedAt);
    return { connected: true, status: await report.write(status) };
  } catch (error) {
    log('connecting failed', error);
    await Promise.all([deps.replicas.close(trial.local), deps.replicas.close(trial.remote)]);
    if (previous?.localName !== config.localName)
      await deps.replicas.destroyLocal(config.localName).catch(() => undefined);
    return { connected: false, status: await report.read(), error: toTeamSyncError(error) };
  }
}

/** Stops syncing with the server; the library in this browser stays as it is. */
export async function disconnect<Local, Remote>(
  parts: ConnectParts<Local, Remote>,
): Promise<TeamSyncStatus> {
  const { deps, connections, schedule, log } = parts;
  await schedule.idle();
  schedule.cancelTimers();
  const config = await deps.config.get();
  await connections.close();
  await deps.config.clear();
  await schedule.clearAlarm();
  if (config)
    await deps.replicas
      .destroyLocal(config.localName)
      .catch((error: unknown) => log('removing the replica failed', error));
  schedule.resetRetries();
  return parts.report.write(SYNC_OFF);
}
