/**
 * The protocol bound to the real extension APIs, for content scripts and extension pages.
 * `browser` is looked up on every call: once the extension is reloaded the old content script's
 * `browser.runtime` stops working, and the client turns that into a 'context-invalidated' error.
 */
import { browser } from 'wxt/browser';
import { subscribeChanges, type ChangeEvent, type SubscribeOptions } from '@/lib/messaging/changes';
import { createSapaClient, type SapaClient, type SapaClientOptions } from '@/lib/messaging/client';

export function createExtensionClient(options?: SapaClientOptions): SapaClient {
  return createSapaClient((message) => browser.runtime.sendMessage(message), options);
}

export function subscribeExtensionChanges(
  onChange: (event: ChangeEvent) => void,
  options?: SubscribeOptions,
): () => void {
  return subscribeChanges((info) => browser.runtime.connect(info), onChange, options);
}

/**
 * Messages the background sends to this tab (`tabs.sendMessage`), from this extension only,
 * until `signal` aborts (the content script's context ends).
 */
export function listenToBackground(
  onMessage: (message: unknown) => void,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    onMessage(message);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}
