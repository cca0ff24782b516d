/** Payload fields several features' requests share, with the sizes the background accepts. */
import { z } from 'zod';
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
export const recordId = z.string().min(1).max(MAX_KEY_CHARS);
export const composerKey = z.string().min(1).max(MAX_KEY_CHARS);
export const composerText = z.string().max(MAX_TEXT_CHARS);
export const listLimit = (fallback: number) =>
  z.number().int().min(1).max(MAX_LIMIT).default(fallback);
export const searchQuery = z.string().max(MAX_NAME_CHARS);
export const ruleId = z.string().min(1).max(MAX_NAME_CHARS);
export const contentLocale = z.enum(['id', 'en']);
/** A request with nothing to say. */
export const noPayload = z.object({}).strict().default({});
