/**
 * The content script's side of the protocol. The transport is injected
 * (`browser.runtime.sendMessage` in the extension, the router directly in tests), so the client
 * runs anywhere. `request` never throws: transport failures come back as the same typed error
 * responses as database failures, with a message the panel can show as is.
 */
import { translateContent } from '@/lib/i18n/content';
// Types only from the catalogue: its request schemas are the background's, and the content
// script (which carries this client to every page) stays without them.
import type { PayloadInput, RequestType, ResponseMap, SapaRequestInput } from './protocol';
import {
  ERROR_MESSAGE_KEYS,
  PROTOCOL_VERSION,
  responseSchema,
  type ErrorCode,
  type SapaResponse,
} from './wire';

export type SendMessage = (message: unknown) => Promise<unknown>;

export interface SapaClientOptions {
  /** Answer 'unavailable' when the background has not answered within this time. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** The errors the client itself answers with: the background could not be asked, or answered oddly. */
type ClientErrorCode = Extract<ErrorCode, 'unavailable' | 'context-invalidated' | 'unknown'>;

/**
 * `failure` of './errors' with the content script's own catalogue: the client runs on every page,
 * so it renders its three messages without bundling the whole catalogue (lib/i18n/content.ts).
 */
function clientFailure(code: ClientErrorCode, detail: string): SapaResponse<never> {
  const key = ERROR_MESSAGE_KEYS[code];
  const message = { id: translateContent('id', key), en: translateContent('en', key) };
  return { ok: false, error: { code, key, message, detail } };
}

/** Chrome and Firefox word this differently; both mean the extension was reloaded or updated. */
const INVALIDATED_RE =
  /context invalidated|extension context|runtime\.id|cannot read properties of undefined \(reading 'sendMessage'\)/i;

/** Classifies a transport failure: extension reloaded (page must reload) or just not answering. */
export function transportFailure(error: unknown): SapaResponse<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return INVALIDATED_RE.test(detail)
    ? clientFailure('context-invalidated', detail)
    : clientFailure('unavailable', detail);
}

export interface SapaClient {
  request<T extends RequestType>(
    type: T,
    ...payload: PayloadInput<T> extends undefined | Record<string, never>
      ? [payload?: PayloadInput<T>]
      : [payload: PayloadInput<T>]
  ): Promise<SapaResponse<ResponseMap[T]>>;
}

export function createSapaClient(
  sendMessage: SendMessage,
  options: SapaClientOptions = {},
): SapaClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(message: SapaRequestInput): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`No answer from the background within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      // sendMessage may throw synchronously once the extension context is gone.
      return await Promise.race([Promise.resolve().then(() => sendMessage(message)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async request(type, ...rest) {
      const message = {
        sapa: PROTOCOL_VERSION,
        type,
        payload: rest[0] ?? {},
      } as SapaRequestInput;
      let raw: unknown;
      try {
        raw = await send(message);
      } catch (error) {
        return transportFailure(error);
      }
      if (raw === undefined) {
        // No listener answered (background not running its handler, or it ignored us).
        return clientFailure('unavailable', `No response to ${type}`);
      }
      const parsed = responseSchema.safeParse(raw);
      if (!parsed.success) return clientFailure('unknown', `Malformed response to ${type}`);
      return parsed.data as SapaResponse<ResponseMap[typeof type]>;
    },
  };
}
