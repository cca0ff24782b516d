/** The shapes the team sync service's parts share: its dependencies and its inputs and results. */
import type { SapaDb } from '@/lib/db';
import type { AlarmsLike } from '@/lib/extension/apis';
import type { SkippedRemoteDoc, TeamSyncError, TeamSyncStatus } from './status';
import type { TeamSyncConfigStore } from './store';
import type { LookMemory } from './engine/look';

export interface SyncReport {
  pushed: number;
  pulled: number;
  conflicts: number;
  skipped: SkippedRemoteDoc[];
  finishedAt: number;
}

export interface SyncEngine {
  runOnce(): Promise<SyncReport>;
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
    lookMemory?: LookMemory;
  }): SyncEngine;
  /** Where an engine keeps its look state across starts of the background, per replica. */
  lookMemory?(replicaName: string): LookMemory;
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

export type SyncLog = (message: string, error?: unknown) => void;
