import Dexie from 'dexie';
import { DbError, guard } from '../errors';
import { MAX_DRAFT_CHARS, MAX_POST_LOG_CATEGORY_CHARS } from '../limits';
import { newId } from '@/lib/text';
import type {
  DraftRecord,
  DraftRevisionRecord,
  DraftStatus,
  PlatformId,
  PostLogRecord,
  PostMetric,
  PostMetrics,
} from '../types';
import type { RepoContext } from './context';
import { requireText } from './shared';

/** A new revision starts at most this often while typing… */
export const REVISION_WINDOW_MS = 30_000;
/** …or at once when this many characters changed in one save (a paste, a template, a clear). */
export const LARGE_CHANGE_CHARS = 40;
/** Revisions kept per draft (oldest dropped first). */
export const MAX_REVISIONS = 20;

/** Whitespace-insensitive comparison key: trailing spaces or a re-wrapped line are not edits. */
function meaningKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Characters changed between two texts: everything outside the common prefix and suffix. */
export function changedChars(a: string, b: string): number {
  let start = 0;
  const min = Math.min(a.length, b.length);
  while (start < min && a[start] === b[start]) start++;
  let end = 0;
  while (end < min - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return Math.max(a.length, b.length) - start - end;
}

export function isLargeChange(previous: string, next: string): boolean {
  const wasBlank = !previous.trim();
  const isBlank = !next.trim();
  if (wasBlank !== isBlank) return true;
  return changedChars(previous, next) >= LARGE_CHANGE_CHARS;
}

export type RevisionOutcome = 'created' | 'coalesced' | 'none';

export interface SaveResult {
  draft: DraftRecord | undefined;
  revision: RevisionOutcome;
}

export interface Restorable {
  draft: DraftRecord;
  /** The text to offer: the draft's own, or its last non-empty revision if it was cleared. */
  text: string;
  source: 'draft' | 'revision';
  savedAt: number;
}

/** The draft with the page's time of its text, or without one when the writer gave none. */
function withTextTakenAt(takenAt: number | undefined) {
  return (draft: DraftRecord): DraftRecord => {
    const next = { ...draft };
    if (takenAt === undefined) delete next.textTakenAt;
    else next.textTakenAt = takenAt;
    return next;
  };
}

// Long only as a factory of small methods (each under 40 lines) sharing one context.
export function draftsRepo(ctx: RepoContext) {
  const { db } = ctx;

  async function unposted(platform: PlatformId, composerKey: string): Promise<DraftRecord[]> {
    const rows = await db.drafts
      .where('[platform+composerKey]')
      .equals([platform, composerKey])
      .toArray();
    return rows.filter((d) => d.status !== 'posted').sort((a, b) => b.updatedAt - a.updatedAt);
  }

  function revisionRange(draftId: string) {
    return db.draftRevisions
      .where('[draftId+savedAt]')
      .between([draftId, Dexie.minKey], [draftId, Dexie.maxKey], true, true);
  }

  return {
    async get(id: string): Promise<DraftRecord | undefined> {
      return guard('drafts.get', () => db.drafts.get(id));
    },

    /** Whether a draft of this composer (posted or not) holds exactly this text. */
    async holdsText(platform: PlatformId, composerKey: string, text: string): Promise<boolean> {
      return guard('drafts.holdsText', async () => {
        const rows = await db.drafts
          .where('[platform+composerKey]')
          .equals([platform, composerKey])
          .toArray();
        return rows.some((d) => d.text === text);
      });
    },

    /**
     * Autosave: updates the current (newest unposted) draft for this composer or starts one.
     * Revision history: the newest revision mirrors the current text; a new revision starts when
     * the newest is older than REVISION_WINDOW_MS or the change is large. Whitespace-only
     * changes update the draft but not the history. Blank text never creates a draft.
     * `startNew` begins a new draft even when one is open (the open one is left as it is).
     * `draftId` continues that draft instead of the newest (tabs of a site share a composer);
     * when it is gone or posted, the text starts a draft of its own rather than being dropped.
     */
    async saveDraftText(
      platform: PlatformId,
      composerKey: string,
      text: string,
      options: { templateId?: string; startNew?: boolean; draftId?: string; takenAt?: number } = {},
    ): Promise<SaveResult> {
      return guard('drafts.saveDraftText', () =>
        db.transaction('rw', db.drafts, db.draftRevisions, async (): Promise<SaveResult> => {
          // No more than a backup accepts back (lib/db/limits.ts).
          if (text.length > MAX_DRAFT_CHARS)
            throw new DbError('invalid', 'drafts.saveDraftText', {
              message: `drafts.saveDraftText: text over ${MAX_DRAFT_CHARS} characters`,
            });
          const now = ctx.now();
          const [current] = options.startNew
            ? []
            : options.draftId
              ? (await unposted(platform, composerKey)).filter((d) => d.id === options.draftId)
              : await unposted(platform, composerKey);
          if (current && current.text === text) return { draft: current, revision: 'none' };
          if (!current && !text.trim()) return { draft: undefined, revision: 'none' };
          const stamped = withTextTakenAt(options.takenAt);
          const draft: DraftRecord = current
            ? stamped({
                ...current,
                text,
                updatedAt: Math.max(now, current.updatedAt),
                ...(options.templateId ? { templateId: options.templateId } : {}),
              })
            : stamped({
                id: newId('draft_'),
                platform,
                composerKey,
                text,
                status: 'draft',
                checklistTicks: {},
                createdAt: now,
                updatedAt: now,
                ...(options.templateId ? { templateId: options.templateId } : {}),
              });
          await db.drafts.put(draft);

          const last = await revisionRange(draft.id).last();
          if (last && meaningKey(last.text) === meaningKey(text))
            return { draft, revision: 'none' };
          if (
            last &&
            now - last.startedAt < REVISION_WINDOW_MS &&
            !isLargeChange(last.text, text)
          ) {
            await db.draftRevisions.put({ ...last, text, savedAt: Math.max(now, last.savedAt) });
            return { draft, revision: 'coalesced' };
          }
          await db.draftRevisions.add({
            id: newId('rev_'),
            draftId: draft.id,
            text,
            startedAt: now,
            savedAt: Math.max(now, last?.savedAt ?? 0),
          });
          const keys = await revisionRange(draft.id).primaryKeys();
          if (keys.length > MAX_REVISIONS) {
            await db.draftRevisions.bulkDelete(keys.slice(0, keys.length - MAX_REVISIONS));
          }
          return { draft, revision: 'created' };
        }),
      );
    },

    /** Revisions of a draft, newest first. */
    async revisions(draftId: string): Promise<DraftRevisionRecord[]> {
      return guard('drafts.revisions', () => revisionRange(draftId).reverse().toArray());
    },

    /** What to offer after a reload, crash or accidental close, if anything. */
    async findRestorable(
      platform: PlatformId,
      composerKey: string,
    ): Promise<Restorable | undefined> {
      return guard('drafts.findRestorable', () =>
        db.transaction('r', db.drafts, db.draftRevisions, async () => {
          for (const draft of await unposted(platform, composerKey)) {
            if (draft.text.trim())
              return {
                draft,
                text: draft.text,
                source: 'draft',
                savedAt: draft.updatedAt,
              } as const;
            const revs = await revisionRange(draft.id).reverse().toArray();
            const rev = revs.find((r) => r.text.trim());
            if (rev)
              return { draft, text: rev.text, source: 'revision', savedAt: rev.savedAt } as const;
          }
          return undefined;
        }),
      );
    },

    /** Newest first; posted drafts included unless `unpostedOnly`. */
    async recent(
      platform: PlatformId,
      limit = 20,
      options: { unpostedOnly?: boolean } = {},
    ): Promise<DraftRecord[]> {
      return guard('drafts.recent', () =>
        db.drafts
          .where('[platform+updatedAt]')
          .between([platform, Dexie.minKey], [platform, Dexie.maxKey], true, true)
          .reverse()
          .filter((d) => !options.unpostedOnly || d.status !== 'posted')
          .limit(limit)
          .toArray(),
      );
    },

    async setStatus(id: string, status: Exclude<DraftStatus, 'posted'>): Promise<DraftRecord> {
      return this.patch(id, { status });
    },

    async setTicks(id: string, ticks: Record<string, boolean>): Promise<DraftRecord> {
      return guard('drafts.setTicks', () =>
        db.transaction('rw', db.drafts, async () => {
          const stored = await db.drafts.get(id);
          if (!stored) throw new DbError('not-found', 'drafts.setTicks');
          const next = {
            ...stored,
            checklistTicks: { ...stored.checklistTicks, ...ticks },
            updatedAt: ctx.now(),
          };
          await db.drafts.put(next);
          return next;
        }),
      );
    },

    async patch(
      id: string,
      patch: Partial<Pick<DraftRecord, 'status' | 'templateId'>>,
    ): Promise<DraftRecord> {
      return guard('drafts.patch', () =>
        db.transaction('rw', db.drafts, async () => {
          const stored = await db.drafts.get(id);
          if (!stored) throw new DbError('not-found', 'drafts.patch');
          const next = { ...stored, ...patch, updatedAt: Math.max(ctx.now(), stored.updatedAt) };
          await db.drafts.put(next);
          return next;
        }),
      );
    },

    /** Drafts are personal: discarding removes the draft and its revisions for good. */
    async discard(id: string): Promise<void> {
      await guard('drafts.discard', () =>
        db.transaction('rw', db.drafts, db.draftRevisions, async () => {
          await revisionRange(id).delete();
          await db.drafts.delete(id);
        }),
      );
    },

    /**
     * The post went out: mark the draft posted and log the event, in one transaction.
     * `text` is what was published (defaults to the draft text); `override` lists the blocking
     * checklist rules the person chose to override.
     */
    async markPosted(
      id: string,
      event: {
        text?: string;
        override?: { ruleIds: string[] };
        checks?: NonNullable<PostLogRecord['checks']>;
        plannedPostId?: string;
        url?: string;
        account?: string;
      } = {},
    ): Promise<{ draft: DraftRecord; log: PostLogRecord }> {
      return guard('drafts.markPosted', () =>
        db.transaction('rw', db.drafts, db.postLog, async () => {
          const stored = await db.drafts.get(id);
          if (!stored) throw new DbError('not-found', 'drafts.markPosted');
          const now = ctx.now();
          const text = event.text ?? stored.text;
          const draft: DraftRecord = {
            ...stored,
            text,
            status: 'posted',
            updatedAt: Math.max(now, stored.updatedAt),
          };
          const log: PostLogRecord = {
            id: newId('post_'),
            at: now,
            platform: stored.platform,
            draftId: id,
            text,
            ...(stored.templateId ? { templateId: stored.templateId } : {}),
            ...(event.override ? { override: { ruleIds: [...event.override.ruleIds] } } : {}),
            ...(event.checks ? { checks: event.checks.map((c) => ({ ...c })) } : {}),
            ...(event.plannedPostId ? { plannedPostId: event.plannedPostId } : {}),
            ...(event.url ? { url: event.url } : {}),
            ...(event.account ? { account: event.account } : {}),
            ...newEntryMeta(ctx, now),
          };
          await db.drafts.put(draft);
          await db.postLog.add(log);
          return { draft, log };
        }),
      );
    },
  };
}

/**
 * Who posted a new entry and its sync fields: the post log is a shared table (sent only while the
 * team shares it), so an entry is dated, signed and never hard-deleted like the other shared records.
 */
function newEntryMeta(ctx: RepoContext, now: number) {
  return { postedBy: ctx.memberId, updatedAt: now, updatedBy: ctx.memberId, deleted: false };
}

/** An edit's date: now, and always after the version it edits (a clock that went back). */
function editedAt(ctx: RepoContext, stored: PostLogRecord): number {
  return Math.max(ctx.now(), (stored.updatedAt ?? stored.at) + 1);
}

/** Live entries: a deleted one stays as a tombstone so its deletion can travel. */
const live = (entry: PostLogRecord) => entry.deleted !== true;

export function postLogRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    /** A post published without a saved draft. */
    async add(
      event: Omit<
        PostLogRecord,
        'id' | 'at' | 'postedBy' | 'updatedAt' | 'updatedBy' | 'deleted'
      > & {
        at?: number;
      },
    ): Promise<PostLogRecord> {
      return guard('postLog.add', async () => {
        const now = ctx.now();
        const log: PostLogRecord = {
          ...event,
          id: newId('post_'),
          at: event.at ?? now,
          ...newEntryMeta(ctx, now),
        };
        await db.postLog.add(log);
        return log;
      });
    },
    async recent(limit = 50, platform?: PlatformId): Promise<PostLogRecord[]> {
      return guard('postLog.recent', () =>
        db.postLog
          .orderBy('at')
          .reverse()
          .filter((p) => live(p) && (!platform || p.platform === platform))
          .limit(limit)
          .toArray(),
      );
    },
    /** Every entry from `from` (inclusive) to `to` (exclusive), newest first. */
    async between(from: number, to: number): Promise<PostLogRecord[]> {
      return guard('postLog.between', async () =>
        (await db.postLog.where('at').between(from, to, true, false).toArray())
          .filter(live)
          .reverse(),
      );
    },
    /**
     * The whole log, newest first (the log page filters and searches it in memory): this
     * person's entries and, when the team shares its post log, the team's.
     */
    async all(): Promise<PostLogRecord[]> {
      return guard('postLog.all', async () =>
        (await db.postLog.orderBy('at').toArray()).filter(live).reverse(),
      );
    },
    /**
     * What a person adds to an entry: numbers and a category. A metric given as `null` is
     * cleared (not entered), never stored as zero; a `null` category goes back to the template's.
     * Any member may annotate a teammate's entry: the edit is signed by who made it, and the
     * poster stays the same.
     */
    async annotate(
      id: string,
      patch: { metrics?: Partial<Record<PostMetric, number | null>>; category?: string | null },
    ): Promise<PostLogRecord> {
      return guard('postLog.annotate', () =>
        db.transaction('rw', db.postLog, async () => {
          const stored = await db.postLog.get(id);
          if (!stored || !live(stored)) throw new DbError('not-found', 'postLog.annotate');
          const next: PostLogRecord = {
            ...stored,
            updatedAt: editedAt(ctx, stored),
            updatedBy: ctx.memberId,
          };
          if (patch.metrics) next.metrics = mergeMetrics(stored.metrics, patch.metrics);
          if (patch.category !== undefined) {
            const category = patch.category?.trim();
            // Checked as the post log's backup and sync check it, so the entry still goes out.
            if (category)
              next.category = requireText(
                category,
                'category',
                'postLog.annotate',
                MAX_POST_LOG_CATEGORY_CHARS,
                'name',
              );
            else delete next.category;
          }
          if (next.metrics && Object.keys(next.metrics).length === 0) delete next.metrics;
          await db.postLog.put(next);
          return next;
        }),
      );
    },
    /**
     * Deletes one entry (a tombstone, so the deletion reaches the team when the log is shared);
     * returns it as it was so the person can undo.
     */
    async remove(id: string): Promise<PostLogRecord | undefined> {
      return guard('postLog.remove', () =>
        db.transaction('rw', db.postLog, async () => {
          const stored = await db.postLog.get(id);
          if (!stored || !live(stored)) return undefined;
          await db.postLog.put({
            ...stored,
            deleted: true,
            updatedAt: editedAt(ctx, stored),
            updatedBy: ctx.memberId,
          });
          return stored;
        }),
      );
    },
    /**
     * Undo of `remove`: the entry comes back as it was, as a new change (dated after its
     * deletion, so it wins over the tombstone wherever that went).
     */
    async restore(entry: PostLogRecord): Promise<void> {
      await guard('postLog.restore', () =>
        db.transaction('rw', db.postLog, async () => {
          const stored = await db.postLog.get(entry.id);
          await db.postLog.put({
            ...entry,
            deleted: false,
            updatedAt: editedAt(ctx, stored ?? entry),
            updatedBy: ctx.memberId,
          });
        }),
      );
    },
  };
}

function mergeMetrics(
  stored: PostMetrics | undefined,
  patch: Partial<Record<PostMetric, number | null>>,
): PostMetrics {
  const out: PostMetrics = { ...stored };
  for (const [key, value] of Object.entries(patch) as [PostMetric, number | null | undefined][]) {
    if (value === undefined) continue;
    if (value === null || !Number.isFinite(value) || value < 0) delete out[key];
    else out[key] = Math.round(value);
  }
  return out;
}
