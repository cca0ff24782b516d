import { describe, expect, it, vi } from 'vitest';
import { PANEL_UI_FILE, PANEL_UI_MESSAGE } from '@/lib/panel/panel-ui';
import { injectPanelUi, listenForPanelUi, type PanelUiSender } from './panel-ui';

const runtime = { id: 'sapa', getURL: (path: string) => `chrome-extension://sapa${path}` };
const fromX: PanelUiSender = {
  id: 'sapa',
  url: 'https://x.com/compose/post',
  tab: { id: 7, url: 'https://x.com/compose/post' },
  frameId: 3,
};

describe('the panel UI for a content script', () => {
  it('runs in the asking frame of the asking tab, and nowhere else', async () => {
    const executeScript = vi.fn(async () => []);
    await expect(injectPanelUi(runtime, { executeScript }, fromX)).resolves.toEqual({
      injected: true,
    });
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: [PANEL_UI_FILE],
    });
  });

  it('is refused to another extension and to pages that are none of the composers', async () => {
    const executeScript = vi.fn(async () => []);
    await expect(
      injectPanelUi(runtime, { executeScript }, { ...fromX, id: 'other' }),
    ).rejects.toThrow();
    await expect(
      injectPanelUi(
        runtime,
        { executeScript },
        { ...fromX, url: 'https://example.com/', tab: { id: 7, url: 'https://example.com/' } },
      ),
    ).rejects.toThrow('no panel UI for https://example.com/');
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('answers only its own message, leaving the others to the request listener', () => {
    let listener: ((message: unknown, sender: PanelUiSender) => unknown) | undefined;
    const executeScript = vi.fn(async () => []);
    listenForPanelUi(
      { ...runtime, onMessage: { addListener: (added) => (listener = added) } },
      { executeScript },
    );
    expect(listener?.({ sapa: 1, type: 'settings.get', payload: {} }, fromX)).toBeUndefined();
    expect(listener?.({ ...PANEL_UI_MESSAGE }, fromX)).toBeInstanceOf(Promise);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
