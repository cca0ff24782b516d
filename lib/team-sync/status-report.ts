/**
 * The status the dashboard reads: kept in memory, saved to the settings table, and the shapes it
 * takes after a sync that worked and after one that failed.
 */
import type { SapaDb } from '@/lib/db';
import { createRepositories } from '@/lib/db';
import type { LocalizedText } from '@/lib/db/types';
import { translate } from '@/lib/i18n';
import { SYNC_OFF, type TeamSyncError, type TeamSyncServer, type TeamSyncStatus } from './status';
import type { SyncLog, SyncReport } from './types';

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

/** After a sync that worked: its report, and no error. */
export function syncedStatus(
  server: TeamSyncServer,
  report: SyncReport,
  pending: number,
  lastAttemptAt: number,
): TeamSyncStatus {
  return {
    state: 'idle',
    server,
    lastSyncAt: report.finishedAt,
    lastAttemptAt,
    pending,
    lastReport: { pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts },
    skipped: report.skipped,
  };
}

/** After a failed sync: the last good sync stays visible next to the error and the retry time. */
export function failedStatus(
  previous: TeamSyncStatus,
  failure: {
    server: TeamSyncServer;
    lastAttemptAt: number;
    pending: number;
    error: TeamSyncError;
    nextRetryAt: number;
  },
): TeamSyncStatus {
  const { lastSyncAt, lastReport, skipped } = previous;
  return {
    state: 'error',
    server: failure.server,
    ...(lastSyncAt !== undefined ? { lastSyncAt } : {}),
    lastAttemptAt: failure.lastAttemptAt,
    pending: failure.pending,
    ...(lastReport ? { lastReport } : {}),
    skipped,
    error: failure.error,
    nextRetryAt: failure.nextRetryAt,
  };
}

/** The status in memory, read once from the settings table and saved there on every change. */
export function createStatusReport(db: SapaDb, log: SyncLog) {
  const settings = createRepositories(db).settings;
  let status: TeamSyncStatus | undefined;

  async function read(): Promise<TeamSyncStatus> {
    status ??= (await settings.get('teamSyncStatus')) ?? SYNC_OFF;
    return status;
  }

  async function write(next: TeamSyncStatus): Promise<TeamSyncStatus> {
    status = next;
    try {
      await settings.set('teamSyncStatus', next);
    } catch (error) {
      log('saving the sync status failed', error); // the sync itself is not affected
    }
    return next;
  }

  /** What is in memory now, without reading the settings table. */
  const latest = (): TeamSyncStatus | undefined => status;

  return { read, write, latest };
}
export type StatusReport = ReturnType<typeof createStatusReport>;
