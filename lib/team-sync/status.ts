/**
 * What the dashboard shows about two-way team sync. The background writes it to the `settings`
 * table (key `teamSyncStatus`) after every change, so the dashboard follows it live; it never
 * holds a password or anything else secret.
 */
import type { LocalizedText } from '@/lib/db/types';

export type TeamSyncState = 'off' | 'idle' | 'syncing' | 'error';

export interface TeamSyncServer {
  url: string;
  database: string;
  username?: string;
}

export interface SkippedRemoteDoc {
  docId: string;
  reason: LocalizedText;
  /** A change made on this computer that the team's documents would not accept. */
  local?: true;
}

export interface TeamSyncError {
  code: string;
  message: LocalizedText;
}

export interface TeamSyncStatus {
  state: TeamSyncState;
  server?: TeamSyncServer;
  /** Last sync that finished without error. */
  lastSyncAt?: number;
  lastAttemptAt?: number;
  /** Local changes not yet on the team server. */
  pending: number;
  lastReport?: { pushed: number; pulled: number; conflicts: number };
  /** Remote documents the last sync could not use (malformed), so someone can fix them. */
  skipped: SkippedRemoteDoc[];
  error?: TeamSyncError;
  /** When the background tries again after a failure. */
  nextRetryAt?: number;
}

export const SYNC_OFF: TeamSyncStatus = { state: 'off', pending: 0, skipped: [] };

/** Whether this browser syncs with a team server (a status from before any setup is off). */
export function isSyncOn(status: TeamSyncStatus | undefined): boolean {
  return !!status && status.state !== 'off' && !!status.server;
}

/** The address of the team database: server URL and database name joined. */
export function databaseUrl(server: Pick<TeamSyncServer, 'url' | 'database'>): string {
  return `${server.url.replace(/\/+$/, '')}/${encodeURIComponent(server.database)}`;
}

/**
 * The permission pattern for a server's host (asked for at runtime). No port: Firefox refuses
 * match patterns with one, and Chromium's pattern without a port covers every port.
 */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

declare module '@/lib/db/repositories/settings' {
  interface SettingsMap {
    /** Written by the background only; no secrets in it. */
    teamSyncStatus: TeamSyncStatus;
  }
}
