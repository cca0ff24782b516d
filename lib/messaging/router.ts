/**
 * Answering a request from its definition: the envelope is checked, then the payload by its
 * request's own schema, then the request's handler runs. It never throws: a malformed message, a
 * DbError or any other failure becomes `{ ok: false, error }` with a bilingual message.
 */
import { z } from 'zod';
import { classifyDbError } from '@/lib/db/errors';
import type { Handlers, RequestCatalogue, RequestDefinition } from './define';
import { failure, invalidRequest, SapaRequestError } from './errors';
import { PROTOCOL_VERSION, type SapaError, type SapaResponse } from './wire';

/** Turns any thrown value into a typed error response. */
export function errorResponse(error: unknown): SapaResponse<never> {
  if (error instanceof SapaRequestError) return { ok: false, error: error.error };
  const code = classifyDbError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return failure(code, { detail });
}

const envelope = z.object({
  sapa: z.literal(PROTOCOL_VERSION),
  type: z.string(),
  payload: z.unknown(),
});

/** Validates an untrusted message against the catalogue: the request's type and its payload. */
function validate<C extends RequestCatalogue>(
  catalogue: C,
  message: unknown,
): { ok: true; type: keyof C & string; payload: unknown } | { ok: false; error: z.ZodError } {
  const outer = envelope.safeParse(message);
  if (!outer.success) return { ok: false, error: outer.error };
  const { type, payload } = outer.data;
  if (!Object.hasOwn(catalogue, type)) {
    const issue = {
      code: 'custom' as const,
      path: ['type'],
      message: `unknown request ${type}`,
      input: type,
    };
    return { ok: false, error: new z.ZodError([issue]) };
  }
  const inner = z.safeParse(catalogue[type]!.payload, payload);
  if (!inner.success) {
    const issues = inner.error.issues.map((issue) => ({
      ...issue,
      path: ['payload', ...issue.path],
    }));
    return { ok: false, error: new z.ZodError(issues) };
  }
  return { ok: true, type, payload: inner.data };
}

export interface DispatchOptions {
  /** Runs after validation (the background reopens a database an upgrade elsewhere closed). */
  beforeHandling?: () => Promise<void>;
  /**
   * Whether the sender may send this validated request (lib/messaging/access.ts); an error
   * refuses it before its handler runs.
   */
  authorise?: (
    type: string,
    definition: RequestDefinition,
    payload: unknown,
  ) => Promise<SapaError | undefined>;
}

/** Handles one untrusted message: validated, authorised, then handled. */
export async function dispatchRequest<C extends RequestCatalogue>(
  catalogue: C,
  handlers: Handlers<C>,
  message: unknown,
  options: DispatchOptions = {},
): Promise<SapaResponse> {
  const checked = validate(catalogue, message);
  if (!checked.ok) return invalidRequest(checked.error);
  try {
    await options.beforeHandling?.();
    const refused = await options.authorise?.(
      checked.type,
      catalogue[checked.type]!,
      checked.payload,
    );
    if (refused) return { ok: false, error: refused };
    const handler = handlers[checked.type] as (payload: unknown) => Promise<unknown>;
    return { ok: true, data: await handler(checked.payload) };
  } catch (error) {
    return errorResponse(error);
  }
}
