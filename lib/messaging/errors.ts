/** Building typed, bilingual error responses (shared by the background and the client). */
import type { z } from 'zod';
import { translate, type MessageKey } from '@/lib/i18n';
import {
  ERROR_MESSAGE_KEYS,
  MAX_TEXT_CHARS,
  type ErrorCode,
  type SapaError,
  type SapaResponse,
} from './wire';

export function sapaError(
  code: ErrorCode,
  options: { detail?: string; key?: MessageKey; params?: Record<string, string | number> } = {},
): SapaError {
  const key = options.key ?? ERROR_MESSAGE_KEYS[code];
  return {
    code,
    key,
    message: {
      id: translate('id', key, options.params),
      en: translate('en', key, options.params),
    },
    ...(options.detail ? { detail: options.detail } : {}),
  };
}

export function failure(
  code: ErrorCode,
  options?: Parameters<typeof sapaError>[1],
): SapaResponse<never> {
  return { ok: false, error: sapaError(code, options) };
}

/** A request that did not validate: 'invalid', with a specific message for oversized text. */
export function invalidRequest(error: z.ZodError): SapaResponse<never> {
  const detail = error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  const tooLong = error.issues.some(
    (i) => i.code === 'too_big' && i.origin === 'string' && Number(i.maximum) >= MAX_TEXT_CHARS,
  );
  return tooLong
    ? failure('invalid', { detail, key: 'error.tooLong', params: { max: MAX_TEXT_CHARS } })
    : failure('invalid', { detail });
}

/**
 * Thrown by a handler that knows exactly what to tell the person (a refused link, a missing
 * permission); the router answers with its error as is.
 */
export class SapaRequestError extends Error {
  override readonly name = 'SapaRequestError';
  constructor(readonly error: SapaError) {
    super(error.detail ?? error.message.en);
  }
}
