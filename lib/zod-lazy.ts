/**
 * Schemas built when one of them is first used, not when their module loads. The service worker
 * loads every record and request module at each start, and building their zod schemas then was
 * the largest part of that start after the libraries (docs/architecture.md, "The service worker's
 * parts"); few requests need them.
 *
 *   const recordSchema = schemasOnFirstUse(buildRecordSchemas);
 *   export const plannedPostSchema = recordSchema('plannedPostSchema');
 */
import { z } from 'zod';

export function schemasOnFirstUse<T extends Record<string, z.ZodType>>(build: () => T) {
  let built: T | undefined;
  const schemas = () => (built ??= build());
  return <K extends keyof T>(name: K): z.ZodLazy<T[K]> => z.lazy(() => schemas()[name]);
}
