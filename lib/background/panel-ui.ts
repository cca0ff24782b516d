/**
 * Putting the panel's UI into a composer's frame when its content script asks (lib/panel/panel-ui.ts).
 * The message carries nothing: the tab and the frame are the browser's account of the sender, and
 * only this extension's content scripts on a composer's site are answered. The script runs in the
 * extension's isolated world (the default), where the content script waits for it.
 */
import { isPanelUiMessage, PANEL_UI_FILE } from '@/lib/panel/panel-ui';
import { callerOf } from './listeners';
import type { RuntimeLike } from './main';

export interface PanelUiSender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** `browser.scripting`, as far as used here (Chromium MV3; Firefox MV2 from version 102). */
export interface PanelUiScripting {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    files: string[];
  }): Promise<unknown>;
}

type PanelUiRuntime = Pick<RuntimeLike, 'id' | 'getURL'> & {
  onMessage: {
    addListener(
      listener: (message: unknown, sender: PanelUiSender) => Promise<unknown> | undefined,
    ): void;
  };
};

/** Runs the panel's UI script in the sender's frame; resolves once it ran. */
export async function injectPanelUi(
  runtime: Pick<RuntimeLike, 'id' | 'getURL'>,
  scripting: PanelUiScripting,
  sender: PanelUiSender,
): Promise<{ injected: true }> {
  const tabId = sender.tab?.id;
  if (sender.id !== runtime.id || tabId === undefined)
    throw new Error('the panel UI goes only to this extension’s content scripts');
  if (callerOf(runtime, sender)?.kind !== 'site')
    throw new Error(`no panel UI for ${sender.url ?? 'no address'}`);
  await scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PANEL_UI_FILE],
  });
  return { injected: true };
}

/** Registered in the background's first turn, like every listener of an MV3 service worker. */
export function listenForPanelUi(
  runtime: PanelUiRuntime,
  scripting: PanelUiScripting | undefined,
): void {
  if (!scripting) return;
  runtime.onMessage.addListener((message, sender) =>
    isPanelUiMessage(message) ? injectPanelUi(runtime, scripting, sender) : undefined,
  );
}
