/** The drafts' requests: autosave, restore, list, revisions, ticks, discard, posted. */
import { z } from 'zod';
import type { RevisionOutcome } from '@/lib/db/repositories';
import type { DraftRecord, DraftRevisionRecord, PlatformId, PostLogRecord } from '@/lib/db/types';
import { defineRequest } from '@/lib/messaging/define';
import { postDetailsFields } from '@/lib/platforms/post-details-schema';
import {
  composerKey,
  composerText,
  listLimit,
  MAX_LIMIT,
  platform,
  recordId,
  ruleId,
} from '@/lib/messaging/fields';

/** What an autosave answers: enough to show "saved" and to key later requests. */
export interface DraftSummary {
  id: string;
  platform: PlatformId;
  composerKey: string;
  status: DraftRecord['status'];
  templateId?: string;
  checklistTicks: Record<string, boolean>;
  createdAt: number;
  updatedAt: number;
  length: number;
}

export interface RestorableDraft {
  draft: DraftRecord;
  text: string;
  source: 'draft' | 'revision';
  savedAt: number;
}

const override = () => z.object({ ruleIds: z.array(ruleId).max(MAX_LIMIT) }).optional();
/** The checklist's findings at the press, kept in the post log. */
const checks = () =>
  z
    .array(z.object({ ruleId, severity: z.enum(['block', 'warn']) }).strict())
    .max(MAX_LIMIT)
    .optional();

export const draftRequests = {
  /**
   * Autosave of the composer text (debounced by the panel). `startNew`: the person kept the
   * composer's text over a restore offer; the offered draft stays.
   */
  'drafts.save': defineRequest<{ draft: DraftSummary | null; revision: RevisionOutcome }>()(
    'panel',
    () =>
      z
        .object({
          platform,
          composerKey,
          text: composerText,
          templateId: z.optional(recordId),
          startNew: z.boolean().optional(),
          /** When the page took the text (its clock): an older text arriving later is not kept. */
          takenAt: z.number().int().nonnegative().optional(),
          /** The page that took it: `takenAt` orders one page's texts, not another tab's. */
          pageId: z.optional(recordId),
          /** The draft the text continues (a text a closing page stashed), not the composer's newest. */
          draftId: z.optional(recordId),
        })
        .strict(),
  ),
  /** The draft to offer after a reload, crash or accidental close. */
  'drafts.restorable': defineRequest<RestorableDraft | null>()('panel', () =>
    z.object({ platform, composerKey }).strict(),
  ),
  'drafts.list': defineRequest<DraftRecord[]>()('panel', () =>
    z.object({ platform, limit: listLimit(20), unpostedOnly: z.boolean().optional() }).strict(),
  ),
  'drafts.revisions': defineRequest<DraftRevisionRecord[]>()('panel', () =>
    z.object({ draftId: recordId }).strict(),
  ),
  /** Not sent by the panel: only the dashboard changes a draft's status. */
  'drafts.setStatus': defineRequest<DraftSummary>()('dashboard', () =>
    z.object({ draftId: recordId, status: z.enum(['draft', 'ready']) }).strict(),
  ),
  'drafts.setTicks': defineRequest<DraftSummary>()('panel', () =>
    z
      .object({
        draftId: recordId,
        ticks: z
          .record(ruleId, z.boolean())
          .refine((t) => Object.keys(t).length <= MAX_LIMIT, 'too many ticks'),
      })
      .strict(),
  ),
  /** Discarding is permanent: the dashboard's, never a site's panel's. */
  'drafts.discard': defineRequest<{ discarded: string }>()('dashboard', () =>
    z.object({ draftId: recordId }).strict(),
  ),
  /**
   * The post went out. With `draftId` that draft is marked posted; otherwise the composer's
   * current draft (platform + composerKey) is saved with the published text and marked posted;
   * with no draft at all (blank history) only the post log entry is written. `url` and `account`
   * (from the page) are kept only when they pass `validPostDetails` for the post's platform.
   */
  'drafts.markPosted': defineRequest<{ draft: DraftSummary | null; log: PostLogRecord }>()(
    'panel',
    () =>
      z.union([
        z
          .object({
            draftId: recordId,
            text: composerText,
            override: override(),
            checks: checks(),
            ...postDetailsFields,
          })
          .strict(),
        z
          .object({
            platform,
            composerKey,
            text: composerText,
            override: override(),
            checks: checks(),
            ...postDetailsFields,
          })
          .strict(),
      ]),
  ),
};
