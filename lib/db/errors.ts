/**
 * Typed database failures. Repositories never swallow a failed write: they rethrow it as a
 * DbError whose `code` the UI turns into a message ("storage full", "close other Sapa tabs"…).
 */
export type DbErrorCode =
  | 'quota' // the browser refused to store more
  | 'blocked' // another open copy holds an older version, or opening failed
  | 'closed' // the database was closed (e.g. extension updating)
  | 'invalid' // the caller passed something the repository refuses
  | 'not-found'
  | 'read-only' // the record comes from a subscription and belongs to its publisher
  | 'unknown';

export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    readonly code: DbErrorCode,
    readonly operation: string,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? `${operation} failed: ${code}`, { cause: options?.cause });
  }
}

function names(error: unknown, depth = 0): string[] {
  if (depth > 4 || typeof error !== 'object' || error === null) return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const own = typeof e.name === 'string' ? [e.name] : [];
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return [...own, ...nested.flatMap((n) => names(n, depth + 1))];
}

export function classifyDbError(error: unknown): DbErrorCode {
  if (error instanceof DbError) return error.code;
  const all = names(error);
  if (all.includes('QuotaExceededError')) return 'quota';
  if (all.includes('DatabaseClosedError')) return 'closed';
  if (
    all.some((n) =>
      ['BlockedError', 'VersionChangeError', 'OpenFailedError', 'VersionError'].includes(n),
    )
  )
    return 'blocked';
  return 'unknown';
}

export function toDbError(operation: string, error: unknown): DbError {
  if (error instanceof DbError) return error;
  const code = classifyDbError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new DbError(code, operation, {
    cause: error,
    message: `${operation} failed (${code}): ${detail}`,
  });
}

/** Runs a database operation, turning any failure into a DbError. */
export async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toDbError(operation, error);
  }
}
