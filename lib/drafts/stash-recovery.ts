/**
 * The background's side of the stash (`stash.ts`): saves what leaving pages kept in extension
 * storage, at start and whenever something is stashed, one run at a time.
 */
import type { Repositories } from '@/lib/db';
import { saveStashedDrafts, type StashedDraft, type StashStorage } from './stash';

export interface StashRecoveryOptions {
  storage: StashStorage;
  repos: () => Promise<Repositories>;
  /** Saves as the `drafts.save` request does (validated, newest kept); true when it worked. */
  save: (draft: StashedDraft) => Promise<boolean>;
  log: (message: string, error?: unknown) => void;
}

/**
 * Whether a stashed text is still news: not if any draft of its composer was written after the
 * text was taken (the page's own save got through, or newer text, or the post, came since).
 * Page and background read the same computer's clock.
 */
export async function stashIsNewer(repos: Repositories, draft: StashedDraft): Promise<boolean> {
  const written = await repos.drafts.lastWrittenAt(draft.platform, draft.composerKey);
  return written === undefined || written < draft.takenAt;
}

export function createStashRecovery(options: StashRecoveryOptions) {
  let running: Promise<void> | null = null;
  let again = false;

  async function once(): Promise<void> {
    const repos = await options.repos();
    const saved = await saveStashedDrafts(options.storage, async (draft) => {
      if (!(await stashIsNewer(repos, draft))) return true; // nothing to save: forget it
      return options.save(draft);
    });
    if (saved > 0) options.log(`took ${saved} draft text(s) closing pages had kept`);
  }

  /** Runs now, or once more after the run under way (a stash may have come in during it). */
  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once().catch((error: unknown) => options.log('saving stashed drafts failed', error));
      } while (again);
      running = null;
    })();
    return running;
  }

  return { run };
}
