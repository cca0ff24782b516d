/**
 * The background's side of the stash (`stash.ts`): saves what leaving pages kept in extension
 * storage, at start and whenever something is stashed, one run at a time.
 */
import type { Repositories } from '@/lib/db';
import { readStash, saveStashedDrafts, type StashedDraft, type StashStorage } from './stash';

export interface StashRecoveryOptions {
  storage: StashStorage;
  repos: () => Promise<Repositories>;
  /** Saves as the `drafts.save` request does (validated, newest kept); true when it worked. */
  save: (draft: StashedDraft) => Promise<boolean>;
  log: (message: string, error?: unknown) => void;
}

/**
 * What to save of a stashed text, or null when it is no longer news. A site gives every tab the
 * same composer key, so another tab's draft written later says nothing about this text:
 * - a text that continues a known draft is saved into that draft, unless the draft was written
 *   after the text was taken (the page's own later save got through, or the post was made);
 * - any other text is saved as a draft of its own, unless a draft of its composer already holds
 *   it (the page's save got through and only the answer was lost). It never goes into the
 *   composer's newest draft, which may be another tab's.
 * Times are compared on the pages' clock (`textTakenAt`, the page's `takenAt` of the text a
 * draft holds), so a background clock set differently cannot make a new text look old; a draft
 * written without one (by an older Sapa) is compared by its `updatedAt`.
 */
export async function stashToSave(
  repos: Repositories,
  draft: StashedDraft,
): Promise<StashedDraft | null> {
  if (draft.draftId) {
    const target = await repos.drafts.get(draft.draftId);
    // Page time against page time: the background's clock may differ (set since, or wrong).
    const writtenAt = target ? (target.textTakenAt ?? target.updatedAt) : undefined;
    return writtenAt !== undefined && writtenAt >= draft.takenAt ? null : draft;
  }
  if (await repos.drafts.holdsText(draft.platform, draft.composerKey, draft.text)) return null;
  return { ...draft, startNew: true };
}

export function createStashRecovery(options: StashRecoveryOptions) {
  let running: Promise<void> | null = null;
  let again = false;
  /** The last run left texts it could not save (the database refused them). */
  let leftOver = false;

  async function once(): Promise<void> {
    leftOver = true; // until this run shows otherwise (a failed opening leaves them too)
    const repos = await options.repos();
    const saved = await saveStashedDrafts(options.storage, async (draft) => {
      const toSave = await stashToSave(repos, draft);
      return toSave ? options.save(toSave) : true; // nothing to save: forget it
    });
    leftOver = (await readStash(options.storage)).some((entry) => entry.draft !== null);
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

  return {
    run,
    /**
     * A page's save just worked: texts a run could not save (a full disk, a blocked database)
     * are tried again now, not at the worker's next start.
     */
    savedAgain(): void {
      if (leftOver && !running) void run();
    },
  };
}
