/**
 * Opening the database once, behind one promise every request awaits: first-run seeds, this
 * browser's member id and the request for persistent storage come with it.
 */
import {
  createRepositories,
  requestPersistentStorage,
  type Repositories,
  type SapaDb,
  type StorageManagerLike,
} from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';

/**
 * Every browser gets its own member id the first time: synced records say who changed them,
 * and two members' edits must never carry the same name.
 */
async function ensureMemberId(settings: Repositories['settings']): Promise<string> {
  const stored = await settings.get('memberId');
  if (stored && stored !== 'local') return stored;
  const fresh = `member-${crypto.randomUUID().slice(0, 8)}`;
  await settings.set('memberId', fresh);
  return fresh;
}

export interface OpenDbOptions {
  db: SapaDb;
  now: () => number;
  log: (message: string, error?: unknown) => void;
  storage?: StorageManagerLike | undefined;
}

/** `ready()`: opens the database on first call; a failed opening is tried again next time. */
export function createReady({ db, now, log, storage }: OpenDbOptions) {
  let init: Promise<Repositories & { memberId: string }> | undefined;

  async function open(): Promise<Repositories & { memberId: string }> {
    await db.open();
    try {
      await applySeeds(db, now());
    } catch (error) {
      // Seeds are retried on the next start; drafts must still be savable meanwhile.
      log('applying seeds failed', error);
    }
    const settings = createRepositories(db, { now }).settings;
    const memberId = await ensureMemberId(settings).catch((error: unknown) => {
      log('saving the member id failed', error);
      return 'local';
    });
    void requestPersistentStorage(storage).then(
      (result) => settings.set('persistentStorage', result.state),
      (error: unknown) => log('persistent storage request failed', error),
    );
    return Object.assign(createRepositories(db, { memberId, now }), { memberId });
  }

  function ready(): Promise<Repositories & { memberId: string }> {
    init ??= open().catch((error: unknown) => {
      init = undefined; // try again on the next request (e.g. once the blocking tab closed)
      throw error;
    });
    return init;
  }

  return ready;
}
