/** One sync with the team server, with the status the dashboard sees before and after it. */
import { publicServer, type Connection } from './connection';
import { SYNC_OFF } from './status';
import { failedStatus, syncedStatus, toTeamSyncError, type StatusReport } from './status-report';
import type { SyncLog } from './types';

export interface SyncRunParts<Local, Remote> {
  active(): Promise<Connection<Local, Remote> | null>;
  report: StatusReport;
  /** A sync worked: reset the retry waits. */
  succeeded(): void;
  /** A sync failed: plan a retry and return when it happens. */
  retryLater(): number;
  now: () => number;
  log: SyncLog;
}

/** Runs one sync if a server is configured; failures end up in the status, never thrown. */
export async function runSync<Local, Remote>(parts: SyncRunParts<Local, Remote>): Promise<void> {
  const { report, now } = parts;
  const session = await parts.active();
  if (!session) return;
  const base = await report.read();
  const server = publicServer(session.config);
  await report.write({ ...base, state: 'syncing', server, lastAttemptAt: now() });
  try {
    const result = await session.engine.runOnce();
    parts.succeeded();
    const pending = await session.engine.pendingCount();
    const lastAttemptAt = report.latest()?.lastAttemptAt ?? now();
    await report.write(syncedStatus(server, result, pending, lastAttemptAt));
  } catch (error) {
    parts.log('sync failed', error);
    const nextRetryAt = parts.retryLater();
    const pending = await session.engine.pendingCount().catch(() => report.latest()?.pending ?? 0);
    const previous = report.latest() ?? SYNC_OFF;
    await report.write(
      failedStatus(previous, {
        server,
        lastAttemptAt: report.latest()?.lastAttemptAt ?? now(),
        pending,
        error: toTeamSyncError(error),
        nextRetryAt,
      }),
    );
  }
}
