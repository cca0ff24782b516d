/**
 * A skewed clock for Sapa's service worker and its content scripts in Chromium, for the clock
 * fault script. The computer's clock cannot be moved under a running browser here (see "Clock
 * skew" in docs/reliability.md), so the JavaScript clock of each context is: `Date` is replaced
 * by one that adds an offset to `Date.now()` and to `new Date()`. `performance.now()` and the
 * browser's own timers keep the real, monotonic time, as they do when a computer's clock is set.
 *
 * The worker is reached by a CDP client of our own on the browser's debugging port (Node's
 * WebSocket), auto-attached to every new target and holding each one at its start: a worker the
 * browser starts again (after it was stopped, or to read a stash) has its clock skewed before its
 * first line runs. A page's content script runs in an isolated world, reached by Playwright's
 * CDP session on that page.
 */
import type { Page } from 'playwright-core';

/** Replaces `Date` in the context it runs in; the offset is read at every call, so it can change. */
export function skewScript(offsetMs: number): string {
  return `(() => {
    const real = globalThis.__sapaRealDate ?? Date;
    globalThis.__sapaRealDate = real;
    globalThis.__sapaSkewMs = ${offsetMs};
    if (globalThis.Date !== real) return;
    class SkewedDate extends real {
      constructor(...args) {
        if (args.length === 0) super(real.now() + globalThis.__sapaSkewMs);
        else super(...args);
      }
      static now() {
        return real.now() + globalThis.__sapaSkewMs;
      }
    }
    globalThis.Date = SkewedDate;
  })()`;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

interface TargetInfo {
  type: string;
  url: string;
}

/** A flat-session CDP client over the browser's WebSocket. */
class CdpClient {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: Message) => void>();
  private readonly handlers: ((message: Message) => void)[] = [];

  constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as Message;
      if (message.id !== undefined) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      } else for (const handle of this.handlers) handle(message);
    });
  }

  static async connect(port: number): Promise<CdpClient> {
    const version = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as {
      webSocketDebuggerUrl: string;
    };
    const socket = new WebSocket(version.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new CdpClient(socket);
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (message) =>
        message.error
          ? reject(new Error(`${method}: ${message.error.message}`))
          : resolve(message.result ?? {}),
      );
    });
  }

  on(handle: (message: Message) => void): void {
    this.handlers.push(handle);
  }

  close(): void {
    this.socket.close();
  }
}

export interface WorkerClock {
  /** Sets the offset of the running worker and of every worker started from now on. */
  set(offsetMs: number): Promise<void>;
  /**
   * Keeps the worker's next start paused before its first line until the returned function is
   * called: messages sent meanwhile wait, as they do for a worker slow to start.
   */
  holdNextStart(): () => void;
  /** How many worker starts were skewed before their first line ran. */
  skewedStarts(): number;
  close(): void;
}

/** Skews the clock of the extension's service worker, now and at each of its starts. */
export async function skewWorkerClock(port: number, extensionId: string): Promise<WorkerClock> {
  const cdp = await CdpClient.connect(port);
  const workers = new Set<string>();
  let offset = 0;
  let starts = 0;
  let starting = false;
  let holdStart: Promise<void> | null = null;
  const isSapaWorker = (info: TargetInfo) =>
    info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`);
  cdp.on((message) => {
    if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo, waitingForDebugger } = message.params as {
        sessionId: string;
        targetInfo: TargetInfo;
        waitingForDebugger: boolean;
      };
      void (async () => {
        if (isSapaWorker(targetInfo)) {
          workers.add(sessionId);
          await cdp.send('Runtime.evaluate', { expression: skewScript(offset) }, sessionId);
          await cdp.send('Debugger.enable', {}, sessionId);
          await cdp.send(
            'Debugger.setInstrumentationBreakpoint',
            { instrumentation: 'beforeScriptExecution' },
            sessionId,
          );
        }
        if (waitingForDebugger) await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
        if (!isSapaWorker(targetInfo)) await cdp.send('Target.detachFromTarget', { sessionId });
      })().catch(() => undefined); // a target closed while it was being attached
    }
    // A stopped worker's target stays attached; Chromium reports its next start as a reload.
    if (message.method === 'Inspector.targetReloadedAfterCrash') starting = true;
    // Paused before each script the worker runs (its own, and each part it imports).
    if (message.method === 'Debugger.paused' && workers.has(message.sessionId ?? '')) {
      const sessionId = message.sessionId as string;
      void (async () => {
        await cdp.send('Runtime.evaluate', { expression: skewScript(offset) }, sessionId);
        const isStart = starting;
        if (isStart) starts += 1;
        starting = false;
        if (isStart && holdStart) await holdStart;
        await cdp.send('Debugger.resume', {}, sessionId);
      })().catch(() => undefined);
    }
    if (message.method === 'Target.detachedFromTarget') {
      workers.delete((message.params as { sessionId: string }).sessionId);
    }
  });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: true,
    flatten: true,
  });
  return {
    async set(offsetMs) {
      offset = offsetMs;
      await Promise.all(
        [...workers].map((sessionId) =>
          cdp
            .send('Runtime.evaluate', { expression: skewScript(offsetMs) }, sessionId)
            .catch(() => undefined),
        ),
      );
    },
    holdNextStart() {
      let release = () => {};
      holdStart = new Promise<void>((resolve) => (release = resolve));
      return () => {
        holdStart = null;
        release();
      };
    },
    skewedStarts: () => starts,
    close: () => cdp.close(),
  };
}

/** Skews the clock of Sapa's content script on `page` (its isolated world). */
export async function skewContentScriptClock(page: Page, offsetMs: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const worlds: number[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    // Sapa's world is named after the extension and has its origin; Playwright adds its own.
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push(context.id);
    }
  });
  await session.send('Runtime.enable');
  if (worlds.length === 0) throw new Error('No content script world on this page.');
  for (const contextId of worlds) {
    await session.send('Runtime.evaluate', { expression: skewScript(offsetMs), contextId });
  }
  await session.detach();
}
