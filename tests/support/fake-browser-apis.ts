/**
 * In-memory `browser.alarms` and `browser.permissions` for tests (wxt's fakeBrowser has no
 * permission model). `fire(name)` delivers an alarm as the browser would when it is due.
 */
import type { AlarmInfo, AlarmsLike, PermissionsLike } from '@/lib/extension/apis';

export function createFakeAlarms() {
  const alarms = new Map<string, AlarmInfo>();
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const api: AlarmsLike & { created: string[] } = {
    created: [],
    create(name, info) {
      api.created.push(name);
      alarms.set(name, { name, periodInMinutes: info.periodInMinutes });
    },
    async get(name) {
      return alarms.get(name);
    },
    onAlarm: { addListener: (listener) => void listeners.push(listener) },
  };
  return {
    alarms: api,
    all: () => [...alarms.values()],
    fire(name: string) {
      for (const listener of listeners) listener({ name });
    },
    get listenerCount() {
      return listeners.length;
    },
  };
}

/** Host permissions: granted patterns (`https://host/*`); `request` grants when `answer` says so. */
export function createFakePermissions(granted: string[] = []) {
  const origins = new Set(granted);
  let answer = true;
  const api: PermissionsLike = {
    async contains(p) {
      return p.origins.every((o) => origins.has(o));
    },
    async request(p) {
      if (answer) for (const o of p.origins) origins.add(o);
      return answer;
    },
  };
  return {
    permissions: api,
    grant: (pattern: string) => void origins.add(pattern),
    revoke: (pattern: string) => void origins.delete(pattern),
    answerRequests: (value: boolean) => {
      answer = value;
    },
    has: (pattern: string) => origins.has(pattern),
  };
}
