/**
 * Change notifications, content-script side. The panel keeps a long-lived port named
 * `sapa-changes` to the background, which posts `{ type: 'changed', tables }` after every
 * committed database write (from any extension context). A port drops when the service worker
 * stops or restarts; `subscribeChanges` reconnects with exponential backoff and, once the
 * background answers again, reports every table as changed, because notifications may have been
 * missed in between. It stops cleanly when `signal` aborts.
 */
import { CHANGE_TABLES, CHANGES_PORT_NAME, portMessageSchema, type ChangeTable } from './wire';

/** The part of `browser.runtime.Port` used here (so tests can pass a fake). */
export interface PortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export type Connect = (info: { name: string }) => PortLike;

export interface ChangeEvent {
  tables: ChangeTable[];
  /** 'changed': a write happened; 'reconnected': the port came back, refresh everything. */
  reason: 'changed' | 'reconnected';
}

export interface SubscribeOptions {
  signal?: AbortSignal;
  /** First reconnect delay; doubles on each failed attempt up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  onStatus?: (status: 'connected' | 'disconnected') => void;
}

export const DEFAULT_INITIAL_DELAY_MS = 200;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/** Subscribes to change notifications; returns a function that stops (as aborting does). */
export function subscribeChanges(
  connect: Connect,
  onChange: (event: ChangeEvent) => void,
  options: SubscribeOptions = {},
): () => void {
  const initialDelay = options.initialDelayMs ?? DEFAULT_INITIAL_DELAY_MS;
  const maxDelay = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  let delay = initialDelay;
  let stopped = false;
  let port: PortLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let everConnected = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    const current = port;
    port = undefined;
    try {
      current?.disconnect();
    } catch {
      // Already gone with the extension context.
    }
    options.signal?.removeEventListener('abort', stop);
  };

  const scheduleReconnect = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(open, delay);
    delay = Math.min(delay * 2, maxDelay);
  };

  function open() {
    if (stopped) return;
    let current: PortLike;
    try {
      current = connect({ name: CHANGES_PORT_NAME });
    } catch {
      // Extension context invalidated or runtime missing: keep trying until stopped.
      scheduleReconnect();
      return;
    }
    port = current;
    current.onMessage.addListener((raw) => {
      if (stopped || port !== current) return;
      const parsed = portMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'ready') {
        delay = initialDelay;
        options.onStatus?.('connected');
        if (everConnected) onChange({ tables: [...CHANGE_TABLES], reason: 'reconnected' });
        everConnected = true;
      } else if (parsed.data.tables.length) {
        onChange({ tables: parsed.data.tables, reason: 'changed' });
      }
    });
    current.onDisconnect.addListener(() => {
      if (port !== current) return;
      port = undefined;
      if (stopped) return;
      options.onStatus?.('disconnected');
      scheduleReconnect();
    });
  }

  if (options.signal?.aborted) return stop;
  options.signal?.addEventListener('abort', stop, { once: true });
  open();
  return stop;
}
