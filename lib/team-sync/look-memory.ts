/**
 * The team sync engine's look state kept in the extension's session storage
 * (`browser.storage.session`): it outlives the service worker, which the browser stops after 30 s
 * idle, and is emptied when the browser restarts or Sapa is updated (then the next sync reads
 * every record). One entry per replica, so another team database starts afresh.
 */
import type { LookMemory } from './engine/look';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const LOOK_MEMORY_PREFIX = 'sapaTeamSyncLook:';

export function sessionLookMemory(area: SessionArea, replicaName: string): LookMemory {
  const key = `${LOOK_MEMORY_PREFIX}${replicaName}`;
  return {
    read: async () => (await area.get(key))[key],
    write: (state) => area.set({ [key]: state }),
  };
}
