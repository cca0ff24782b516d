/**
 * Schemas built when one of them is first used, not when their module loads. The service worker
 * loads every record and request module at each start, and building their zod schemas then was
 * the largest part of that start after the libraries (docs/architecture.md, "The service worker's
 * parts"); few requests need them.
 *
 *   const recordSchema = schemasOnFirstUse(buildRecordSchemas);
 *   export const plannedPostSchema = recordSchema('plannedPostSchema');
 */
import { z } from 'zod/mini';
import { once } from './once';

export function schemasOnFirstUse<T extends Record<string, z.core.$ZodType>>(build: () => T) {
  const schemas = once(build);
  return <K extends keyof T>(name: K): z.ZodMiniLazy<T[K]> => z.lazy(() => schemas()[name]);
}
