import { describe, expect, it, vi } from 'vitest';
import {
  createPanelLoader,
  handOverPanelUi,
  PANEL_UI_HANDOVER,
  type PanelUiModule,
} from './panel-loader';

const module = (): PanelUiModule => ({
  render: () => ({ unmount: () => undefined }),
  decidePress: () => ({ hold: false, blocking: [], warnings: [] }),
  expandShortcut: () => ({ kind: 'text', text: '' }),
});

describe('the panel UI loader', () => {
  it('asks once, and gets the UI the script hands over through the shared global', async () => {
    const scope = {};
    const ui = module();
    const ask = vi.fn(async () => handOverPanelUi(ui, scope));
    const loader = createPanelLoader(ask, scope);
    expect(loader.loaded()).toBeNull();
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first).toBe(ui);
    expect(second).toBe(ui);
    expect(await loader.load()).toBe(ui);
    expect(loader.loaded()).toBe(ui);
    expect(ask).toHaveBeenCalledTimes(1);
    // Nothing is left on the global for another script to call.
    expect(PANEL_UI_HANDOVER in scope).toBe(false);
  });

  it('asks again at the next mount when the background could not run the script', async () => {
    const scope = {};
    const ui = module();
    const ask = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not establish connection'))
      .mockImplementationOnce(async () => handOverPanelUi(ui, scope));
    const loader = createPanelLoader(ask, scope);
    await expect(loader.load()).rejects.toThrow('Could not establish connection');
    expect(await loader.load()).toBe(ui);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('gives up when the script ran but never handed anything over', async () => {
    vi.useFakeTimers();
    try {
      const loader = createPanelLoader(async () => undefined, {}, 1000);
      const loading = expect(loader.load()).rejects.toThrow('did not arrive');
      await vi.advanceTimersByTimeAsync(1000);
      await loading;
      expect(loader.loaded()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands over to nobody when no content script is waiting', () => {
    expect(() => handOverPanelUi(module(), {})).not.toThrow();
  });
});
