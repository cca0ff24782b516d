/**
 * Handing the page over from an old copy of the content script to a new one. An extension update
 * or reload cuts the running content script off from the extension without telling it; the
 * background then injects the new version into the open tabs (`reinject.ts`), and WXT's new
 * context announces itself with a `window.postMessage`. Heard by the old copy, that message makes
 * it check at once whether it was cut off (WXT's `isInvalid`), so it removes its panel quietly
 * and only the new panel remains. When no new copy takes over (the background could not inject
 * it), the person is told that drafts are no longer being saved here (`onLost`).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

type HandoverContext = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated'>;

export interface HandoverOptions {
  /** Whether this copy still belongs to the running extension. */
  alive?: () => boolean;
  /** How long a copy cut off from the extension waits for a newer copy before telling. */
  graceMs?: number;
  /** Cut off, and no newer copy took over. */
  onLost: () => void;
}

/**
 * The type of WXT's started message (private in its typings; it names the extension and the
 * entry point, and was worked out while this copy still had its extension id).
 */
const STARTED_TYPE = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** Another copy of this content script announced its start in this window. */
export function isStartedMessage(event: MessageEvent, ownId: unknown): boolean {
  const data = event.data as { type?: unknown; messageId?: unknown } | null;
  return (
    typeof data === 'object' &&
    data !== null &&
    data.type === STARTED_TYPE &&
    data.messageId !== ownId
  );
}

export function watchHandover(win: Window, ctx: HandoverContext, options: HandoverOptions): void {
  const alive = options.alive ?? (() => browser.runtime?.id != null);
  const graceMs = options.graceMs ?? 3000;
  // The context's own id (private in WXT's typings) tells this copy's own started message apart.
  const ownId = (ctx as unknown as { id?: unknown }).id;
  let newerStarted = false;
  let graceTimer: number | undefined;
  const stopListening = () => win.removeEventListener('message', onMessage);
  function onMessage(event: MessageEvent) {
    // A copy that starts while this one is cut off is newer (this one started connected).
    if (!isStartedMessage(event, ownId) || alive()) return;
    newerStarted = true;
    win.clearTimeout(graceTimer);
    stopListening();
    // Reading `isInvalid` is WXT's own check: it invalidates this copy and removes its panel.
    void ctx.isInvalid;
  }
  win.addEventListener('message', onMessage);
  ctx.onInvalidated(() => {
    if (alive() || newerStarted) return stopListening();
    graceTimer = win.setTimeout(() => {
      stopListening();
      if (!newerStarted) options.onLost();
    }, graceMs);
  });
}
