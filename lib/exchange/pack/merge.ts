/**
 * The rule for a record whose id already exists (pure, shared with future sync):
 *  - no local record            → add
 *  - same content (ignoring updatedAt/updatedBy) → skip, nothing to do
 *  - newer updatedAt wins; on a tie, the greater updatedBy, then the greater canonical JSON
 *    (deterministic, so two copies exchanging packs converge)
 *  - the losing version, if its content differs, is kept in the `conflicts` table.
 */

export type Decision =
  | { kind: 'add' }
  | { kind: 'skip'; reason: 'same' }
  | { kind: 'update'; loser: Record<string, unknown> }
  | { kind: 'skip'; reason: 'older'; loser: Record<string, unknown> };

interface Versioned {
  updatedAt: number;
  updatedBy: string;
}

/** JSON with object keys sorted, so equal content gives equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  );
}

function content(record: Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...record };
  delete rest.updatedAt;
  delete rest.updatedBy;
  return canonicalJson(rest);
}

export function decide(
  local: (Versioned & Record<string, unknown>) | undefined,
  incoming: Versioned & Record<string, unknown>,
): Decision {
  if (!local) return { kind: 'add' };
  const a = content(local);
  const b = content(incoming);
  if (a === b) return { kind: 'skip', reason: 'same' };
  const incomingWins =
    incoming.updatedAt !== local.updatedAt
      ? incoming.updatedAt > local.updatedAt
      : incoming.updatedBy !== local.updatedBy
        ? incoming.updatedBy > local.updatedBy
        : b > a;
  return incomingWins
    ? { kind: 'update', loser: local }
    : { kind: 'skip', reason: 'older', loser: incoming };
}
