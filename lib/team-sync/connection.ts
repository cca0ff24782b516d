/**
 * The connection to the team server: the settings kept for it (the password only with a user
 * name), what of them the dashboard may see, and the open pair of replicas with their engine.
 */
import { databaseUrl, type TeamSyncStatus } from './status';
import { checkServerUrl } from './server-url';
import type { TeamSyncConfig } from './store';
import type { ConfigureInput, SyncEngine, SyncLog, TeamSyncDeps } from './types';

export interface Connection<Local, Remote> {
  config: TeamSyncConfig;
  local: Local;
  remote: Remote;
  engine: SyncEngine;
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

/** The settings to keep for what the user typed; a password without a user name is dropped. */
export function connectionSettings(input: ConfigureInput, configuredAt: number): TeamSyncConfig {
  return {
    url: input.url.replace(/\/+$/, ''),
    database: input.database,
    ...(input.username ? { username: input.username } : {}),
    ...(input.password !== undefined && input.username ? { password: input.password } : {}),
    localName: replicaName(input),
    configuredAt,
  };
}

/** The server as the dashboard may see it: no password. */
export function publicServer(config: ConfigureInput): NonNullable<TeamSyncStatus['server']> {
  return {
    url: config.url,
    database: config.database,
    ...(config.username ? { username: config.username } : {}),
  };
}

/** Opens replicas for the saved settings and keeps them open until the settings change. */
export function createConnections<Local, Remote>(
  deps: TeamSyncDeps<Local, Remote>,
  now: () => number,
  log: SyncLog,
) {
  let current: Connection<Local, Remote> | null = null;

  async function open(config: TeamSyncConfig): Promise<Connection<Local, Remote>> {
    // A setup saved before addresses were checked: never send its password over plain http.
    if (!checkServerUrl(config.url).ok)
      throw new Error(`team server address refused (not https): ${config.url}`);
    const credentials =
      config.username && config.password !== undefined
        ? { username: config.username, password: config.password }
        : undefined;
    const local = deps.replicas.openLocal(config.localName);
    const remote = deps.replicas.openRemote(databaseUrl(config), credentials);
    const memberId = await deps.memberId();
    const lookMemory = deps.lookMemory?.(config.localName);
    const engine = deps.createEngine({
      db: deps.db,
      local,
      remote,
      memberId,
      now,
      ...(lookMemory ? { lookMemory } : {}),
    });
    return { config, local, remote, engine };
  }

  async function close(): Promise<void> {
    if (!current) return;
    const { local, remote } = current;
    current = null;
    await Promise.all([deps.replicas.close(local), deps.replicas.close(remote)]).catch(
      (error: unknown) => log('closing the replicas failed', error),
    );
  }

  /** The connection for the saved settings, or null when there are none. */
  async function active(): Promise<Connection<Local, Remote> | null> {
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

  /** Makes a trial connection that worked the current one. */
  async function adopt(trial: Connection<Local, Remote>): Promise<void> {
    await close();
    current = trial;
  }

  return { open, close, active, adopt };
}
export type Connections<Local, Remote> = ReturnType<typeof createConnections<Local, Remote>>;
