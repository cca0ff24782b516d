/**
 * The last unsaved text of a page that is going away, kept in the extension's own storage
 * (`browser.storage.local`: extension origin, never the site's) until the background saves it.
 *
 * Why: a page's save goes to the background by message, and when the background's service worker
 * is being stopped at that moment, the answer never comes and the page may close before the next
 * try. A content script writes extension storage without the worker: the browser keeps the text,
 * and the background saves it when it next runs (at start and whenever a text is stashed).
 */
// The mini API: the stash is written from the content script, which stays small (lib/messaging/wire.ts).
import { z } from 'zod/mini';
import type { PlatformId } from '@/lib/platforms/types';

export const STASH_PREFIX = 'sapaDraftStash:';

/** `browser.storage.local` as the stash uses it (a fake in tests). */
export interface StashStorage {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StashedDraft {
  platform: PlatformId;
  composerKey: string;
  text: string;
  takenAt: number;
  startNew?: boolean;
  templateId?: string;
  /**
   * The page that stashed it. A site gives every tab the same composer key, so without it two
   * tabs closed on one composer would keep only one text, and a save from one tab would make
   * the other tab's text look old.
   */
  pageId?: string;
  /** The draft the text continues, when the background confirmed one to the page. */
  draftId?: string;
}

/** One entry per page and composer (entries of an older Sapa have no page). */
export const stashKey = (platform: PlatformId, composerKey: string, pageId?: string): string =>
  `${STASH_PREFIX}${platform}\u0000${composerKey}${pageId ? `\u0000${pageId}` : ''}`;

/** Only the shape; the background validates the save itself as it does any `drafts.save`. */
const stashedShape = z.strictObject({
  platform: z.string(),
  composerKey: z.string(),
  text: z.string(),
  takenAt: z.number(),
  startNew: z.optional(z.boolean()),
  templateId: z.optional(z.string()),
  pageId: z.optional(z.string()),
  draftId: z.optional(z.string()),
});

/**
 * Keeps the text. A page's own entry is written at once, in the same turn as the event that
 * called it: a tab being closed is torn down before any answer comes back, so a read first would
 * never be followed by the write. One page stamps its texts in order and writes its entry in
 * that order, so the last write is its newest text. An entry without a page (an older Sapa) is
 * kept unless a newer one is already stashed.
 */
export async function stashDraft(storage: StashStorage, draft: StashedDraft): Promise<void> {
  const key = stashKey(draft.platform, draft.composerKey, draft.pageId);
  if (draft.pageId) return storage.set({ [key]: draft });
  const stored = stashedShape.safeParse((await storage.get(key))[key]);
  if (stored.success && stored.data.takenAt > draft.takenAt) return;
  await storage.set({ [key]: draft });
}

/** Every stashed text, oldest first; entries that are not a stash are left alone. */
export async function readStash(
  storage: StashStorage,
): Promise<{ key: string; draft: StashedDraft | null }[]> {
  const all = await storage.get(null);
  return Object.entries(all)
    .filter(([key]) => key.startsWith(STASH_PREFIX))
    .map(([key, value]) => {
      const parsed = stashedShape.safeParse(value);
      return { key, draft: parsed.success ? (parsed.data as StashedDraft) : null };
    })
    .sort((a, b) => (a.draft?.takenAt ?? 0) - (b.draft?.takenAt ?? 0));
}

/**
 * Saves each stashed text through `save` (the background's own `drafts.save`, which keeps the
 * newest by `takenAt`), then forgets it unless a newer text was stashed meanwhile. A malformed
 * entry is dropped (it can only come from a broken write). Returns how many were saved.
 */
export async function saveStashedDrafts(
  storage: StashStorage,
  save: (draft: StashedDraft) => Promise<boolean>,
): Promise<number> {
  let saved = 0;
  for (const { key, draft } of await readStash(storage)) {
    if (!draft) {
      await storage.remove(key);
      continue;
    }
    if (!(await save(draft))) continue; // kept for the next run
    saved += 1;
    const now = stashedShape.safeParse((await storage.get(key))[key]);
    if (!now.success || now.data.takenAt <= draft.takenAt) await storage.remove(key);
  }
  return saved;
}

/**
 * The page's save (or its post) was confirmed: its stash goes, unless a newer text was stashed
 * since (`takenAt` Infinity: whatever it stashed).
 */
export async function forgetStash(
  storage: StashStorage,
  page: { platform: PlatformId; composerKey: string; pageId?: string },
  takenAt: number,
): Promise<void> {
  const key = stashKey(page.platform, page.composerKey, page.pageId);
  const stored = stashedShape.safeParse((await storage.get(key))[key]);
  if (stored.success && stored.data.takenAt <= takenAt) await storage.remove(key);
}
