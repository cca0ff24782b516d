/** The background's listeners for content scripts and the dashboard: requests and change ports. */
import { CHANGES_PORT_NAME, isSapaMessage, type SapaResponse } from '@/lib/messaging/protocol';
import { EXTENSION_PAGE, type Caller } from '@/lib/messaging/access';
import { failure } from '@/lib/messaging/errors';
import { platformForHost } from '@/lib/platforms';
import type { ChangeHub } from './changes';
import type { RuntimeLike, Sender } from './main';

/** Only the extension's own pages (the dashboard) have a sender URL inside the extension. */
function fromExtensionPage(runtime: Pick<RuntimeLike, 'getURL'>, sender: Sender): boolean {
  const root = runtime.getURL?.('/');
  return !!root && !!sender.url && sender.url.startsWith(root);
}

function platformOf(address: string | undefined) {
  if (!address) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' ? platformForHost(url.hostname) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who sent a message, from the browser's own account of the sender (never from the message): an
 * extension page, or a content script on a composer's site by the host of the frame it runs in
 * (`sender.url`; the tab's address when the browser gives no frame address). Anything else (no
 * address, a host that is none of the composers') is nobody Sapa answers.
 */
export function callerOf(runtime: Pick<RuntimeLike, 'getURL'>, sender: Sender): Caller | undefined {
  if (fromExtensionPage(runtime, sender)) return EXTENSION_PAGE;
  const site = platformOf(sender.url ?? sender.tab?.url);
  if (!site) return undefined;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0
    ? { kind: 'site', platform: site.id, tabId }
    : { kind: 'site', platform: site.id };
}

/**
 * Answers this extension's own requests, each held to what its sender may do: the dashboard
 * everything, a site's panel only its own platform's requests (lib/messaging/access.ts).
 */
export function listenForRequests(
  runtime: RuntimeLike,
  handle: (message: unknown, caller: Caller) => Promise<SapaResponse>,
): void {
  runtime.onMessage.addListener((message, sender) => {
    if (!isSapaMessage(message)) return undefined; // not ours: let other listeners answer
    if (sender.id !== runtime.id) return undefined; // only this extension's own scripts
    const caller = callerOf(runtime, sender);
    if (!caller)
      return Promise.resolve(
        failure('forbidden', {
          detail: `no request is answered for ${sender.url ?? 'no address'}`,
        }),
      );
    return handle(message, caller);
  });
}

/** Change notifications go to this extension's own ports only. */
export function listenForChangePorts(runtime: RuntimeLike, hub: ChangeHub): void {
  runtime.onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT_NAME) return;
    if (port.sender?.id !== runtime.id) {
      port.disconnect();
      return;
    }
    hub.addPort(port);
  });
}
