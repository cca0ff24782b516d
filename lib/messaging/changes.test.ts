import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeHub } from '@/lib/background/changes';
import { createFakeRuntime } from '@/tests/support/background';
import { subscribeChanges, type ChangeEvent } from './changes';
import { CHANGE_TABLES, CHANGES_PORT_NAME } from './protocol';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A fake runtime whose background side is a change hub (no database needed). */
function setup() {
  const fake = createFakeRuntime();
  const hub = createChangeHub({ coalesceMs: 10 });
  fake.runtime.onConnect.addListener((port) => hub.addPort(port));
  const connect = vi.fn((info: { name: string }) => fake.connect(info));
  const events: ChangeEvent[] = [];
  const statuses: string[] = [];
  return { fake, hub, connect, events, statuses };
}

describe('subscribeChanges', () => {
  it('connects on the sapa-changes port and reports coalesced changes', async () => {
    const { hub, connect, events } = setup();
    const abort = new AbortController();
    subscribeChanges(connect, (e) => events.push(e), { signal: abort.signal });
    expect(connect).toHaveBeenCalledWith({ name: CHANGES_PORT_NAME });
    await vi.advanceTimersByTimeAsync(0);
    expect(hub.portCount).toBe(1);

    hub.notify(['drafts']);
    hub.notify(['draftRevisions', 'drafts']);
    await vi.advanceTimersByTimeAsync(10);
    expect(events).toEqual([{ tables: ['drafts', 'draftRevisions'], reason: 'changed' }]);
    abort.abort();
  });

  it('reconnects with backoff after the port drops, then asks for a full refresh', async () => {
    const { fake, hub, connect, events, statuses } = setup();
    const abort = new AbortController();
    subscribeChanges(connect, (e) => events.push(e), {
      signal: abort.signal,
      initialDelayMs: 100,
      maxDelayMs: 1000,
      onStatus: (s) => statuses.push(s),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['connected']);

    // The service worker stops and, for a while, connecting fails outright.
    fake.dropAllPorts();
    connect.mockImplementation(() => {
      throw new Error('Could not establish connection');
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['connected', 'disconnected']);
    await vi.advanceTimersByTimeAsync(100); // attempt 2 fails
    await vi.advanceTimersByTimeAsync(200); // attempt 3 fails
    expect(connect).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(399);
    expect(connect).toHaveBeenCalledTimes(3); // backoff doubled to 400 ms
    connect.mockImplementation((info) => fake.connect(info));
    await vi.advanceTimersByTimeAsync(1);
    expect(connect).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual(['connected', 'disconnected', 'connected']);
    expect(events).toEqual([{ tables: [...CHANGE_TABLES], reason: 'reconnected' }]);

    // Notifications flow again, and the backoff was reset by the 'ready' message.
    hub.notify(['templates']);
    await vi.advanceTimersByTimeAsync(10);
    expect(events.at(-1)).toEqual({ tables: ['templates'], reason: 'changed' });
    fake.dropAllPorts();
    await vi.advanceTimersByTimeAsync(100);
    expect(connect).toHaveBeenCalledTimes(5);
    abort.abort();
  });

  it('the backoff never exceeds maxDelayMs', async () => {
    const { connect } = setup();
    connect.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const stop = subscribeChanges(connect, () => {}, { initialDelayMs: 100, maxDelayMs: 300 });
    await vi.advanceTimersByTimeAsync(100 + 200 + 300 + 300 + 300);
    expect(connect).toHaveBeenCalledTimes(6);
    stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(connect).toHaveBeenCalledTimes(6);
  });

  it('stops cleanly on abort: port closed, no reconnects, no more events', async () => {
    const { fake, hub, connect, events } = setup();
    const abort = new AbortController();
    subscribeChanges(connect, (e) => events.push(e), { signal: abort.signal, initialDelayMs: 50 });
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.openPorts).toBe(1);
    abort.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.openPorts).toBe(0);
    hub.notify(['drafts']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(events).toEqual([]);
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the signal is already aborted', () => {
    const { connect } = setup();
    const abort = new AbortController();
    abort.abort();
    subscribeChanges(connect, () => {}, { signal: abort.signal });
    expect(connect).not.toHaveBeenCalled();
  });

  it('ignores malformed port messages', async () => {
    const events: ChangeEvent[] = [];
    const listeners: ((m: unknown) => void)[] = [];
    subscribeChanges(
      () => ({
        onMessage: { addListener: (l) => void listeners.push(l) },
        onDisconnect: { addListener: () => {} },
        disconnect: () => {},
      }),
      (e) => events.push(e),
    );
    listeners[0]!({ type: 'changed', tables: ['secrets'] });
    listeners[0]!('changed');
    listeners[0]!({ type: 'changed', tables: ['hashtags'] });
    expect(events).toEqual([{ tables: ['hashtags'], reason: 'changed' }]);
  });
});
