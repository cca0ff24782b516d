import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { askWhetherOrphaned } from './heartbeat';

let ctx: ContentScriptContext;
let panelRemoved: boolean;
const runtime = fakeBrowser.runtime as { id?: string };
const extensionId = runtime.id;

beforeEach(() => {
  runtime.id = extensionId;
  vi.useFakeTimers();
  ctx = new ContentScriptContext(`heartbeat-${Math.random()}`);
  panelRemoved = false;
  ctx.onInvalidated(() => (panelRemoved = true));
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  runtime.id = extensionId;
});

/** What a reload or update of the extension does to a content script's runtime. */
function reloadExtension() {
  runtime.id = undefined;
}

describe('asking whether the extension was reloaded', () => {
  it('notices a reload within a second and lets the invalidation handlers run', () => {
    askWhetherOrphaned(window, ctx);
    vi.advanceTimersByTime(3000);
    expect(panelRemoved).toBe(false);
    reloadExtension();
    vi.advanceTimersByTime(999);
    expect(panelRemoved).toBe(false);
    vi.advanceTimersByTime(1);
    expect(panelRemoved).toBe(true);
  });

  it('stops asking once the answer is yes', () => {
    let asked = 0;
    const counting = {
      get isInvalid() {
        asked += 1;
        return ctx.isInvalid;
      },
    };
    askWhetherOrphaned(window, counting);
    vi.advanceTimersByTime(2000);
    expect(asked).toBe(2);
    reloadExtension();
    vi.advanceTimersByTime(10_000);
    expect(asked).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});
