/**
 * Opening the database once, behind one promise every request awaits: first-run seeds, this
 * browser's member id and the request for persistent storage come with it.
 */
import {
  createRepositories,
  DbError,
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

/**
 * `ready()`: opens the database on first call; a failed opening is tried again next time.
 * An opening blocked by an older connection that does not close (Dexie closes its own older
 * copies) waits for it; meanwhile each request is refused at once as `blocked`, so the page is
 * told why instead of waiting for an answer that cannot come. `whenOpen()` resolves when the
 * opening under way completes, blocked or not.
 */
export function createReady({ db, now, log, storage }: OpenDbOptions) {
  let init: Promise<Repositories & { memberId: string }> | undefined;
  let opened = false;
  let blocked: DbError | null = null;
  const refuse = new Set<(error: DbError) => void>();

  db.on('blocked', (event: IDBVersionChangeEvent) => {
    if (opened) return;
    blocked = new DbError('blocked', 'open', {
      message: `an older connection (version ${event.oldVersion / 10}) keeps Sapa's database from opening`,
    });
    log(blocked.message);
    for (const reject of refuse) reject(blocked);
    refuse.clear();
  });

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
    // Caught as a whole: on a full disk the setting's write fails too.
    void requestPersistentStorage(storage)
      .then((result) => settings.set('persistentStorage', result.state))
      .catch((error: unknown) => log('persistent storage request failed', error));
    return Object.assign(createRepositories(db, { memberId, now }), { memberId });
  }

  function whenOpen(): Promise<Repositories & { memberId: string }> {
    init ??= open().then(
      (repos) => {
        opened = true;
        blocked = null;
        return repos;
      },
      (error: unknown) => {
        init = undefined; // try again on the next request
        blocked = null;
        throw error;
      },
    );
    return init;
  }

  function ready(): Promise<Repositories & { memberId: string }> {
    const opening = whenOpen();
    if (opened) return opening;
    if (blocked) return Promise.reject(blocked);
    // A request made before the opening was found blocked is refused when it is.
    return new Promise((resolve, reject) => {
      refuse.add(reject);
      const done = () => refuse.delete(reject);
      opening.then(resolve, reject).then(done, done);
    });
  }

  return Object.assign(ready, { whenOpen });
}
