/**
 * Which plan each composer tab was opened for ("Open composer" on the calendar, or a plan picked
 * in the panel's header). Kept in `browser.storage.session` by the background: a Chromium service
 * worker stops after about 30 seconds idle, and a module variable would forget the tab before the
 * person posts, while the session area lives as long as the browser and is cleared when it
 * closes, as a tab id is. It is not the database: a tab is not the team's data and must not
 * travel through sync or backups. Chromium keeps this area from content scripts by default, so a
 * site's page cannot read or change it.
 */
import { z } from 'zod';
import type { PlatformId } from '@/lib/db/types';
import { platformIdSchema } from '@/lib/platforms';
import { DAY_PATTERN } from './types';

export interface PlanTab {
  planId: string;
  platform: PlatformId;
  /** For an occurrence of a series: its original day. */
  occurrence?: string;
}

const planTabSchema = z
  .object({
    planId: z.string().min(1).max(500),
    platform: platformIdSchema,
    occurrence: z.string().regex(DAY_PATTERN).optional(),
  })
  .strict();

export interface PlanTabs {
  get(tabId: number): Promise<PlanTab | undefined>;
  set(tabId: number, entry: PlanTab): Promise<void>;
  remove(tabId: number): Promise<void>;
}

/** The part of a `browser.storage` area this needs. */
export interface SessionAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `planTab:${tabId}`;

export function sessionPlanTabs(area: SessionAreaLike): PlanTabs {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const parsed = planTabSchema.safeParse((await area.get(key))[key]);
      return parsed.success ? (parsed.data as PlanTab) : undefined;
    },
    async set(tabId, entry) {
      await area.set({ [keyOf(tabId)]: planTabSchema.parse(entry) });
    },
    async remove(tabId) {
      await area.remove(keyOf(tabId));
    },
  };
}

/** In memory: for tests, and a browser without a session area (it then lasts while the background runs). */
export function memoryPlanTabs(): PlanTabs & { entries: Map<number, PlanTab> } {
  const entries = new Map<number, PlanTab>();
  return {
    entries,
    get: async (tabId) => entries.get(tabId),
    set: async (tabId, entry) => void entries.set(tabId, { ...entry }),
    remove: async (tabId) => void entries.delete(tabId),
  };
}
