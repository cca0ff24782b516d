/**
 * What travels between the content scripts, the dashboard and the background, whatever the
 * request: the envelope, the answer, the errors and the change notifications.
 *
 * Wire format: `{ sapa: 1, type, payload }` sent with `browser.runtime.sendMessage`. A message
 * without the `sapa: 1` marker is not Sapa's and is ignored; a Sapa message that does not
 * validate gets `{ ok: false, error: { code: 'invalid', … } }`.
 *
 * Answers are `{ ok: true, data } | { ok: false, error }`. Error messages travel in BOTH UI
 * languages (`message: { id, en }`), rendered by the background from the locale catalogue
 * (`error.*` keys in assets/locales); the panel shows `message[locale]`, so it needs no lookup
 * and a message is still readable if the panel's catalogue is older than the background's.
 * `key` names the catalogue entry for anyone who wants to re-render it. `detail` is for
 * developers (English, never shown as the user-facing message).
 */
// zod's mini API: these two schemas travel with the client and the change port into the content
// script on every page, where the classic API would add some 20 kB gzip.
import { z } from 'zod/mini';
import { ALL_TABLES } from '@/lib/db/tables';
import type { LocalizedText } from '@/lib/db/types';
import type { MessageKey } from '@/lib/i18n';

export const PROTOCOL_VERSION = 1;
/** Longest composer text accepted (all four platforms are far below this). */
export const MAX_TEXT_CHARS = 100_000;
export const CHANGES_PORT_NAME = 'sapa-changes';

export const ERROR_CODES = [
  'quota', // the browser refused to store more
  'blocked', // the database could not open (another copy holds an older version…)
  'closed', // the database closed under us (extension updating)
  'invalid', // the request did not validate, or a repository refused the value
  'not-found', // the draft/template asked for does not exist
  'read-only', // the record comes from a subscription: it changes only at its source
  'permission', // the browser has not granted Sapa access to that site
  'forbidden', // the sender may not send this request (a site's panel asking beyond its platform)
  'unavailable', // the background did not answer (transport failure, timeout)
  'context-invalidated', // the extension was reloaded/updated; this page must be reloaded
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The catalogue entry for each code's user message. */
export const ERROR_MESSAGE_KEYS = {
  quota: 'error.quota',
  blocked: 'error.blocked',
  closed: 'error.closed',
  invalid: 'error.invalid',
  'not-found': 'error.notFound',
  'read-only': 'error.readOnly',
  permission: 'error.permission',
  forbidden: 'error.forbidden',
  unavailable: 'error.unavailable',
  'context-invalidated': 'error.contextInvalidated',
  unknown: 'error.unknown',
} as const satisfies Record<ErrorCode, MessageKey>;

export interface SapaError {
  code: ErrorCode;
  /** The user-facing message in both UI languages. */
  message: LocalizedText;
  /** The locale catalogue key the message came from. */
  key: MessageKey;
  /** For developers: what exactly went wrong (English, not for display). */
  detail?: string;
}

export type SapaResponse<T = unknown> = { ok: true; data: T } | { ok: false; error: SapaError };

/** Loose check of a response from the background (the transport may deliver anything). */
export const responseSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.object({ id: z.string(), en: z.string() }),
      key: z.string(),
      detail: z.optional(z.string()),
    }),
  }),
]);

/** True for anything carrying Sapa's marker (then it must validate, or gets an error). */
export function isSapaMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { sapa?: unknown }).sapa === PROTOCOL_VERSION
  );
}

// ---------------------------------------------------------------------------------------------
// Change notifications (background → content scripts on the `sapa-changes` port)

/** Every table of the database can be named in a change notification. */
export const CHANGE_TABLES = ALL_TABLES;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

export const portMessageSchema = z.discriminatedUnion('type', [
  /** Sent once when the port connects: the background is alive. */
  z.object({ type: z.literal('ready') }),
  /** Tables whose content changed (committed writes from any extension context). */
  z.object({ type: z.literal('changed'), tables: z.array(z.enum(CHANGE_TABLES)) }),
]);
export type PortMessage = z.infer<typeof portMessageSchema>;
