/** The background's listeners for content scripts and the dashboard: requests and change ports. */
import {
  CHANGES_PORT_NAME,
  isDashboardOnly,
  isSapaMessage,
  type SapaResponse,
} from '@/lib/messaging/protocol';
import { failure } from '@/lib/messaging/errors';
import type { ChangeHub } from './changes';
import type { RuntimeLike, Sender } from './main';

/** Only the extension's own pages (the dashboard) have a sender URL inside the extension. */
function fromExtensionPage(runtime: RuntimeLike, sender: Sender): boolean {
  const root = runtime.getURL?.('/');
  return !!root && !!sender.url && sender.url.startsWith(root);
}

/** Answers this extension's own requests; dashboard-only ones only from the dashboard. */
export function listenForRequests(
  runtime: RuntimeLike,
  handle: (message: unknown) => Promise<SapaResponse>,
): void {
  runtime.onMessage.addListener((message, sender) => {
    if (!isSapaMessage(message)) return undefined; // not ours: let other listeners answer
    if (sender.id !== runtime.id) return undefined; // only this extension's own scripts
    const type = (message as { type?: unknown }).type;
    if (typeof type === 'string' && isDashboardOnly(type) && !fromExtensionPage(runtime, sender))
      return Promise.resolve(failure('invalid', { detail: `${type} is for the dashboard only` }));
    return handle(message);
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
