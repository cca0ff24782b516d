/** The background's answers to the drafts' requests: one repository call each. */
import type { Repositories } from '@/lib/db';
import type { DraftRecord, PlatformId, PostLogRecord } from '@/lib/db/types';
import type { Handlers } from '@/lib/messaging/define';
import { validPostDetails } from '@/lib/platforms/post-details-schema';
import type { draftRequests, DraftSummary } from './requests';

export function summarise(draft: DraftRecord): DraftSummary {
  return {
    id: draft.id,
    platform: draft.platform,
    composerKey: draft.composerKey,
    status: draft.status,
    ...(draft.templateId ? { templateId: draft.templateId } : {}),
    checklistTicks: draft.checklistTicks,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    length: draft.text.length,
  };
}

/**
 * The newest `takenAt` saved for each composer of each page while this background runs (tabs of
 * one site share a composer key, and each tab's text is the person's). A page leaving sends
 * its last text at once, beside a save still on its way (`draft-saver.ts`), so two texts of one
 * composer can arrive out of order; the older must not overwrite the newer. Kept in memory: a
 * background that stops drops the saves it was handling, so none of them can arrive after a
 * newer one saved by the next.
 */
function createSaveOrder(limit = 500) {
  const newest = new Map<string, number>();
  return {
    isStale(key: string, takenAt: number | undefined): boolean {
      return takenAt !== undefined && (newest.get(key) ?? -1) > takenAt;
    },
    /** Records `takenAt` as the newest; returns the function that takes it back. */
    saved(key: string, takenAt: number | undefined): () => void {
      if (takenAt === undefined) return () => undefined;
      const before = newest.get(key);
      newest.delete(key);
      newest.set(key, takenAt);
      // Oldest first in a Map's order: the composers not written to for longest go first.
      if (newest.size > limit) newest.delete(newest.keys().next().value as string);
      return () => {
        if (newest.get(key) !== takenAt) return;
        if (before === undefined) newest.delete(key);
        else newest.set(key, before);
      };
    },
  };
}

export type SaveOrder = ReturnType<typeof createSaveOrder>;

/** One order per database: the background builds its handlers for every request. */
const saveOrders = new Map<string, SaveOrder>();
export function saveOrderFor(databaseName: string): SaveOrder {
  let order = saveOrders.get(databaseName);
  if (!order) saveOrders.set(databaseName, (order = createSaveOrder()));
  return order;
}

/**
 * The calendar's plan a post on this tab was made for (issue #16, item 4): asked before the
 * post-log entry is written, so the entry names the plan, and told once it is, so the plan is
 * marked posted. Given by the router when a site's tab sent the request; the drafts do not know
 * the calendar.
 */
export interface PostedPlanLink {
  planFor(platform: PlatformId): Promise<string | undefined>;
  posted(log: PostLogRecord): Promise<void>;
}

export function draftHandlers(
  repos: Repositories,
  order: SaveOrder = createSaveOrder(),
  planLink?: PostedPlanLink,
  /** Told after each draft written: texts stashed while saving failed may go now. */
  onSaved: () => void = () => undefined,
): Handlers<typeof draftRequests> {
  return {
    async 'drafts.save'(p) {
      const key = `${p.platform}\u0000${p.composerKey}\u0000${p.pageId ?? ''}`;
      if (order.isStale(key, p.takenAt)) return { draft: null, revision: 'none' };
      const takeBack = order.saved(key, p.takenAt);
      const result = await repos.drafts
        .saveDraftText(p.platform, p.composerKey, p.text, {
          ...(p.templateId ? { templateId: p.templateId } : {}),
          ...(p.startNew ? { startNew: true } : {}),
          ...(p.draftId ? { draftId: p.draftId } : {}),
          ...(p.takenAt !== undefined ? { takenAt: p.takenAt } : {}),
        })
        .catch((error: unknown) => {
          // A write that failed (a full disk) is not the newest text: an older text of this
          // composer still waiting in another tab must not be answered "saved" without a write.
          takeBack();
          throw error;
        });
      onSaved();
      return {
        draft: result.draft ? summarise(result.draft) : null,
        revision: result.revision,
      };
    },
    async 'drafts.restorable'(p) {
      return (await repos.drafts.findRestorable(p.platform, p.composerKey)) ?? null;
    },
    async 'drafts.list'(p) {
      return repos.drafts.recent(p.platform, p.limit, { unpostedOnly: p.unpostedOnly ?? false });
    },
    async 'drafts.revisions'(p) {
      return repos.drafts.revisions(p.draftId);
    },
    async 'drafts.setStatus'(p) {
      return summarise(await repos.drafts.setStatus(p.draftId, p.status));
    },
    async 'drafts.setTicks'(p) {
      return summarise(await repos.drafts.setTicks(p.draftId, p.ticks));
    },
    async 'drafts.discard'(p) {
      await repos.drafts.discard(p.draftId);
      return { discarded: p.draftId };
    },
    async 'drafts.markPosted'(p) {
      const platform = await platformOf(repos, p);
      const plannedPostId = planLink && platform ? await planLink.planFor(platform) : undefined;
      const details = platform ? validPostDetails(platform, p) : {};
      const event = {
        text: p.text,
        ...(p.override ? { override: p.override } : {}),
        ...(p.checks ? { checks: p.checks } : {}),
        ...(plannedPostId ? { plannedPostId } : {}),
        ...details,
      };
      const answer = await markPostedAs(repos, p, event);
      await planLink?.posted(answer.log);
      return answer;
    },
  };
}

/** The post's platform: the payload's, or its draft's. */
async function platformOf(
  repos: Repositories,
  p: MarkPostedPayload,
): Promise<PlatformId | undefined> {
  return 'draftId' in p ? (await repos.drafts.get(p.draftId))?.platform : p.platform;
}

type MarkPostedPayload =
  { draftId: string; text: string } | { platform: PlatformId; composerKey: string; text: string };
type PostedEvent = Parameters<Repositories['drafts']['markPosted']>[1] & { text: string };

/** The draft marked posted and the post-log entry written (one transaction in the repository). */
async function markPostedAs(
  repos: Repositories,
  p: MarkPostedPayload,
  event: PostedEvent,
): Promise<{ draft: DraftSummary | null; log: PostLogRecord }> {
  if ('draftId' in p) {
    const { draft, log } = await repos.drafts.markPosted(p.draftId, event);
    return { draft: summarise(draft), log };
  }
  // By composer: save the published text into the composer's current draft (so the final
  // text is in its history), then mark that draft posted. No draft (blank text): log only.
  const saved = await repos.drafts.saveDraftText(p.platform, p.composerKey, p.text);
  if (saved.draft) {
    const { draft, log } = await repos.drafts.markPosted(saved.draft.id, event);
    return { draft: summarise(draft), log };
  }
  const log = await repos.postLog.add({ platform: p.platform, ...event });
  return { draft: null, log };
}
