/**
 * An in-memory `browser.runtime` for tests: one-off messages with a sender, and port pairs that
 * behave like the extension's (structured-cloned messages delivered asynchronously; disconnecting
 * one end fires `onDisconnect` on the other end only). `fakeBrowser` from wxt/testing has
 * neither senders nor ports, so the background's wiring is tested with this.
 */
import type { PortLike } from '@/lib/messaging/changes';
import type { RuntimeLike } from '@/lib/background/main';

type Listener<A extends unknown[]> = (...args: A) => unknown;

function event<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (l: Listener<A>) => void listeners.add(l),
    removeListener: (l: Listener<A>) => void listeners.delete(l),
    fire: (...args: A) => [...listeners].map((l) => l(...args)),
    get size() {
      return listeners.size;
    },
  };
}

export interface FakePortEnd extends PortLike {
  name: string;
  sender?: { id?: string };
  postMessage(message: unknown): void;
  readonly connected: boolean;
}

function portPair(name: string, sender: { id?: string }): [FakePortEnd, FakePortEnd] {
  const make = () => {
    const onMessage = event<[unknown]>();
    const onDisconnect = event<[]>();
    return { onMessage, onDisconnect, open: true };
  };
  const a = make();
  const b = make();
  const end = (self: typeof a, other: typeof a, withSender: boolean): FakePortEnd => ({
    name,
    ...(withSender ? { sender } : {}),
    onMessage: self.onMessage,
    onDisconnect: self.onDisconnect,
    get connected() {
      return self.open;
    },
    postMessage(message) {
      if (!self.open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      queueMicrotask(() => other.open && other.onMessage.fire(copy));
    },
    disconnect() {
      if (!self.open) return;
      self.open = false;
      other.open = false;
      queueMicrotask(() => other.onDisconnect.fire());
    },
  });
  return [end(a, b, false), end(b, a, true)];
}

export function createFakeRuntime(id = 'sapa-test-extension') {
  const onMessage = event<[unknown, { id?: string; url?: string; tab?: { url?: string } }]>();
  const onConnect = event<[FakePortEnd]>();
  const onInstalled = event<[]>();
  const onStartup = event<[]>();
  const backgroundEnds = new Set<FakePortEnd>();

  const getURL = (path: string) => `chrome-extension://${id}/${path.replace(/^\//, '')}`;
  const runtime = {
    id,
    getURL,
    onMessage,
    onConnect,
    onInstalled,
    onStartup,
  } as unknown as RuntimeLike;

  return {
    runtime,
    onInstalled,
    /**
     * `browser.runtime.sendMessage` as seen from a script with this sender (by default the
     * dashboard; a content script is `{ id, url: 'https://x.com/home' }`).
     */
    async sendMessage(
      message: unknown,
      sender: { id?: string; url?: string; tab?: { url?: string } } = {
        id,
        url: getURL('/options.html'),
      },
    ): Promise<unknown> {
      const results = onMessage.fire(structuredClone(message), sender);
      const answer = results.find((r) => r !== undefined);
      return answer === undefined ? undefined : structuredClone(await answer);
    },
    /** `browser.runtime.connect` as seen from a script with this sender. */
    connect(info: { name: string }, sender: { id?: string } = { id }): FakePortEnd {
      const [client, background] = portPair(info.name, sender);
      backgroundEnds.add(background);
      background.onDisconnect.addListener(() => backgroundEnds.delete(background));
      queueMicrotask(() => onConnect.fire(background));
      return client;
    },
    /** The service worker stops: every port drops. */
    dropAllPorts() {
      for (const end of [...backgroundEnds]) end.disconnect();
      backgroundEnds.clear();
    },
    get openPorts() {
      return backgroundEnds.size;
    },
  };
}
