import type { MessageKey } from '.';

/**
 * The only strings the content script (`entrypoints/composer.content`, on every page of the four
 * sites) shows itself; the panel's UI comes with the whole catalogue. The build takes these keys
 * (and a counted key's plural forms) from `assets/locales/*.json` into the content script's small
 * catalogue (`./content-catalog.ts`), so the strings keep one source. `translateContent` accepts
 * no other key: a new string for the content script is added here.
 */
export const CONTENT_MESSAGE_KEYS = [
  // The client's own answers when the background cannot be reached (lib/messaging/client.ts).
  'error.unavailable',
  'error.contextInvalidated',
  'error.unknown',
  // The paused-saving notice (lib/composer/session.ts).
  'draft.pausedContextLost',
  'dashboard.dismiss',
] as const satisfies readonly MessageKey[];

export type ContentMessageKey = (typeof CONTENT_MESSAGE_KEYS)[number];
