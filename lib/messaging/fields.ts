/**
 * Payload fields several features' requests share, with the sizes the background accepts. Written
 * with zod's mini API: the dashboard's first chunk holds this module (the protocol's messages), and
 * the classic API would bring 30 kB more to it. Wrap one in `z.optional(…)` to make it optional.
 */
import { z } from 'zod/mini';
import { platformIdSchema } from '@/lib/platforms';
import { MAX_TEXT_CHARS } from './wire';

export { MAX_TEXT_CHARS };

/** Longest template body (the templates repository refuses more). */
export const MAX_TEMPLATE_BODY_CHARS = 20_000;
export const MAX_NAME_CHARS = 200;
export const MAX_KEY_CHARS = 500;
export const MAX_LIMIT = 200;
export const MAX_URL_CHARS = 2_000;

export const platform = platformIdSchema;
export const recordId = z.string().check(z.minLength(1), z.maxLength(MAX_KEY_CHARS));
export const composerKey = z.string().check(z.minLength(1), z.maxLength(MAX_KEY_CHARS));
export const composerText = z.string().check(z.maxLength(MAX_TEXT_CHARS));
export const listLimit = (fallback: number) =>
  z._default(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_LIMIT)), fallback);
export const searchQuery = z.string().check(z.maxLength(MAX_NAME_CHARS));
export const ruleId = z.string().check(z.minLength(1), z.maxLength(MAX_NAME_CHARS));
export const contentLocale = z.enum(['id', 'en']);
/** A request with nothing to say. */
export const noPayload = z._default(z.strictObject({}), {});
