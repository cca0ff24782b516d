import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchHandover } from './handover';

const runtime = fakeBrowser.runtime as { id?: string };
const extensionId = runtime.id;
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

let ctx: ContentScriptContext;
let panelRemoved: boolean;
let told: number;

beforeEach(() => {
  runtime.id = extensionId;
  vi.useFakeTimers();
  ctx = new ContentScriptContext(`handover-${Math.random()}`);
  panelRemoved = false;
  told = 0;
  ctx.onInvalidated(() => (panelRemoved = true));
  watchHandover(window, ctx, { onLost: () => (told += 1) });
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  runtime.id = extensionId;
});

/** What the new version's WXT context posts when the background injects it after an update. */
function newCopyStarts() {
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: STARTED, messageId: 'newer', contentScriptName: 'composer' },
    }),
  );
}

describe('handing the page over after an update', () => {
  it('removes the old panel as soon as the new copy starts, and says nothing', () => {
    runtime.id = undefined; // the update cut this copy off
    newCopyStarts();
    expect(panelRemoved).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(told).toBe(0);
  });

  it('tells the person when no new copy took over', () => {
    runtime.id = undefined;
    void ctx.isInvalid; // the heartbeat's check (lib/extension/heartbeat.ts)
    expect(panelRemoved).toBe(true);
    vi.advanceTimersByTime(2999);
    expect(told).toBe(0);
    vi.advanceTimersByTime(1);
    expect(told).toBe(1);
  });

  it('says nothing when the new copy starts during the wait', () => {
    runtime.id = undefined;
    void ctx.isInvalid;
    vi.advanceTimersByTime(1000);
    newCopyStarts();
    vi.advanceTimersByTime(10_000);
    expect(told).toBe(0);
  });

  it('ignores the message while this copy is still connected (its own start, or a page faking it)', () => {
    newCopyStarts();
    expect(panelRemoved).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(told).toBe(0);
  });
});
