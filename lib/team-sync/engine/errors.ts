/**
 * Sync failures as a small set of codes with a message a librarian understands, in Bahasa
 * Indonesia and English (pure). Whatever the failure, local edits are never lost: they stay in
 * the local database and replica and go out on the next sync.
 */
import { classifyDbError } from '@/lib/db/errors';
import type { LocalizedText } from '@/lib/db/types';

export type SyncErrorCode =
  'unreachable' | 'unauthorized' | 'forbidden' | 'no-database' | 'quota' | 'unknown';

export const SYNC_ERROR_MESSAGES: Record<SyncErrorCode, LocalizedText> = {
  unreachable: {
    id: 'Server sinkronisasi tidak dapat dihubungi. Perubahan Anda tetap tersimpan dan akan dikirim nanti.',
    en: "The sync server can't be reached. Your changes are kept and will be sent later.",
  },
  unauthorized: {
    id: 'Server sinkronisasi menolak nama pengguna atau kata sandi. Periksa pengaturan Sinkronisasi tim. Perubahan Anda tetap tersimpan.',
    en: 'The sync server refused the user name or password. Check the Team sync settings. Your changes are kept.',
  },
  forbidden: {
    id: 'Akun ini tidak diizinkan memakai basis data tim. Minta pengelola server menambahkan Anda sebagai anggota. Perubahan Anda tetap tersimpan.',
    en: "This account isn't allowed to use the team database. Ask the server's administrator to add you as a member. Your changes are kept.",
  },
  'no-database': {
    id: 'Basis data tim tidak ditemukan di server. Periksa alamatnya, atau minta pengelola server membuatnya. Perubahan Anda tetap tersimpan.',
    en: "The team database wasn't found on the server. Check the address, or ask the server's administrator to create it. Your changes are kept.",
  },
  quota: {
    id: 'Penyimpanan browser penuh, jadi perubahan dari tim tidak dapat disimpan. Kosongkan ruang penyimpanan lalu coba lagi.',
    en: "The browser's storage is full, so the team's changes can't be saved. Free some space and try again.",
  },
  unknown: {
    id: 'Sinkronisasi gagal karena kesalahan yang tidak terduga. Perubahan Anda tetap tersimpan; coba lagi nanti.',
    en: 'Sync failed because of an unexpected error. Your changes are kept; try again later.',
  },
};

export class SyncError extends Error {
  override readonly name = 'SyncError';
  readonly userMessage: LocalizedText;
  constructor(
    readonly code: SyncErrorCode,
    options?: { cause?: unknown; message?: string },
  ) {
    super(options?.message ?? `Sync failed: ${code}`, { cause: options?.cause });
    this.userMessage = SYNC_ERROR_MESSAGES[code];
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

const NETWORK_MESSAGE =
  /failed to fetch|networkerror|network error|load failed|socket hang up|fetch failed|network request failed/i;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
}

function isQuota(error: unknown): boolean {
  if (classifyDbError(error) === 'quota') return true;
  const e = error as ErrorLike | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    (e.name === 'QuotaExceededError' || (typeof e.message === 'string' && /quota/i.test(e.message)))
  );
}

/** The code for any failure thrown while syncing (PouchDB, fetch, Dexie). */
export function classifySyncError(error: unknown): SyncErrorCode {
  if (error instanceof SyncError) return error.code;
  if (typeof error !== 'object' || error === null) return 'unknown';
  if (isQuota(error)) return 'quota';
  const e = error as ErrorLike;
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'no-database';
  if (status === 502 || status === 503 || status === 504) return 'unreachable';
  const codes = [e.code, (e.cause as ErrorLike | undefined)?.code];
  if (codes.some((c) => typeof c === 'string' && NETWORK_CODES.has(c))) return 'unreachable';
  const messages = [e.message, (e.cause as ErrorLike | undefined)?.message];
  if (messages.some((m) => typeof m === 'string' && NETWORK_MESSAGE.test(m))) return 'unreachable';
  // A proxy or portal page instead of the server's JSON: as good as unreachable.
  if (e.name === 'FetchError' || e.name === 'SyntaxError') return 'unreachable';
  return 'unknown';
}

export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const code = classifySyncError(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new SyncError(code, { cause: error, message: `Sync failed (${code}): ${detail}` });
}
