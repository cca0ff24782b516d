/**
 * The small parts of extension APIs the background's schedulers use, as interfaces: the real
 * `browser.alarms` / `browser.permissions` satisfy them, and tests pass fakes (no browser needed).
 */

export interface AlarmInfo {
  name: string;
  periodInMinutes?: number;
  scheduledTime?: number;
}

/** `browser.alarms`: timers that survive the service worker going to sleep. */
export interface AlarmsLike {
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  get(name: string): Promise<AlarmInfo | undefined | null>;
  clear?(name: string): Promise<unknown>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/** `browser.permissions`: host access granted at runtime (optional_host_permissions). */
export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  /** Needs a user gesture: only extension pages (the dashboard) can call it usefully. */
  request?(permissions: { origins: string[] }): Promise<boolean>;
}

/** `fetch`, injected so tests can answer without a network. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Creates a repeating alarm unless one with this name and period already exists (alarms persist
 * across service-worker restarts; creating again would push the next run back).
 */
export async function ensureAlarm(
  alarms: Pick<AlarmsLike, 'create' | 'get'>,
  name: string,
  periodInMinutes: number,
  delayInMinutes = periodInMinutes,
): Promise<void> {
  const existing = await alarms.get(name);
  if (existing && existing.periodInMinutes === periodInMinutes) return;
  await alarms.create(name, { periodInMinutes, delayInMinutes });
}
