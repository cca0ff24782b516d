/**
 * The sync fields every shared record carries, as the pack schemas read them
 * (lib/exchange/pack/schema.ts); built here too so lib/db checks its records without loading the
 * pack feature. A function: each module builds them when it first checks a record.
 */
import { z } from 'zod/mini';
import { safeName } from '@/lib/text/safe-text';

export const syncMetaFields = () => ({
  id: safeName(200),
  updatedAt: z.number().check(z.int(), z.minimum(0), z.maximum(8_640_000_000_000_000)),
  updatedBy: safeName(200),
  deleted: z._default(z.boolean(), false),
});
