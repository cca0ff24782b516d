import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlatformAdapter } from '@/lib/platforms/adapter';
import { PLATFORMS, type PlatformId } from '@/lib/platforms';
import { startUiEarly } from './ui-early';

const site = (id: PlatformId) => PLATFORMS.find((p) => p.id === id)!;

function setup(id: PlatformId, path: string) {
  window.history.replaceState({}, '', path);
  const adapter = createPlatformAdapter(site(id), document);
  // jsdom's host is localhost: the site's own host is what the adapter checks.
  const location = { hostname: site(id).hosts[0]!, pathname: path };
  const controller = new AbortController();
  const prepare = vi.fn();
  const early = startUiEarly({
    win: window,
    adapter: { definition: adapter.definition, isActiveAt: () => adapter.isActiveAt(location) },
    signal: controller.signal,
    prepare,
  });
  const press = () => document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  return { early, prepare, press, controller };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('starting the panel UI early', () => {
  it('starts once when a composer is found, and not when none is', () => {
    const { early, prepare, controller } = setup('x', '/home');
    early.composerSeen(false);
    expect(prepare).not.toHaveBeenCalled();
    early.composerSeen(true);
    early.composerSeen(true);
    expect(prepare).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it("starts at the first press on TikTok Studio's uploader, before the composer appears", () => {
    const { prepare, press, controller } = setup('tiktok', '/tiktokstudio/upload');
    press();
    press();
    expect(prepare).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it("starts once the uploader's page is idle, without a press, and only once", () => {
    vi.useFakeTimers();
    const { prepare, press, controller } = setup('tiktok', '/tiktokstudio/upload');
    expect(prepare).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(prepare).toHaveBeenCalledTimes(1);
    press();
    expect(prepare).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('starts nothing on idle on a feed (X) or a TikTok page other than the uploader', () => {
    vi.useFakeTimers();
    const onX = setup('x', '/home');
    const tiktokFeed = setup('tiktok', '/foryou');
    vi.runAllTimers();
    expect(onX.prepare).not.toHaveBeenCalled();
    expect(tiktokFeed.prepare).not.toHaveBeenCalled();
    onX.controller.abort();
    tiktokFeed.controller.abort();
  });

  it('leaves a press alone where the page is a feed too (X) or not the uploader (TikTok)', () => {
    const onX = setup('x', '/home');
    onX.press();
    expect(onX.prepare).not.toHaveBeenCalled();
    onX.controller.abort();
    const tiktokFeed = setup('tiktok', '/foryou');
    tiktokFeed.press();
    expect(tiktokFeed.prepare).not.toHaveBeenCalled();
    tiktokFeed.controller.abort();
  });

  it('does nothing once the content script is gone', () => {
    vi.useFakeTimers();
    const { early, prepare, press, controller } = setup('tiktok', '/tiktokstudio/upload');
    controller.abort();
    vi.runAllTimers();
    press();
    early.composerSeen(true);
    expect(prepare).not.toHaveBeenCalled();
  });
});
