import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * An extension reload or update orphans a content script without telling it: WXT only notices
 * when asked (reading `isInvalid` checks the runtime), so this asks once a second, a property
 * read. When the answer is yes the context's invalidation handlers run (they remove the panel)
 * and the asking stops.
 */
export function askWhetherOrphaned(
  win: Window,
  ctx: Pick<ContentScriptContext, 'isInvalid'>,
  everyMs = 1000,
): void {
  const heartbeat = win.setInterval(() => {
    if (ctx.isInvalid) win.clearInterval(heartbeat);
  }, everyMs);
}
