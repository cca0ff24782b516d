import { guard } from '../errors';
import { emptyBrandKit } from '../defaults/brandKit';
import { defaultChecklistSettings } from '../defaults/checklist';
import type { BrandKitRecord, ChecklistSettingsRecord, TeamSettingsRecord } from '../types';
import type { RepoContext } from './context';

type Editable<T> = Partial<Omit<T, 'id' | 'updatedAt' | 'updatedBy' | 'deleted'>>;

/** The single brand kit record (id 'brand'). `get` falls back to an empty kit. */
export function brandKitRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get(): Promise<BrandKitRecord> {
      return guard('brandKit.get', async () => {
        const stored = await db.brandKit.get('brand');
        return stored && !stored.deleted ? stored : emptyBrandKit(0, ctx.memberId);
      });
    },
    async save(patch: Editable<BrandKitRecord>): Promise<BrandKitRecord> {
      return guard('brandKit.save', () =>
        db.transaction('rw', db.brandKit, async () => {
          const stored = (await db.brandKit.get('brand')) ?? emptyBrandKit(0, ctx.memberId);
          const next: BrandKitRecord = {
            ...stored,
            ...patch,
            id: 'brand',
            deleted: false,
            updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
            updatedBy: ctx.memberId,
          };
          await db.brandKit.put(next);
          return next;
        }),
      );
    },
  };
}

/** The team's checklist settings (id 'team'). `get` falls back to the defaults. */
export function checklistSettingsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get(): Promise<ChecklistSettingsRecord> {
      return guard('checklistSettings.get', async () => {
        const stored = await db.checklistSettings.get('team');
        return stored && !stored.deleted ? stored : defaultChecklistSettings(0, ctx.memberId);
      });
    },
    async save(patch: Editable<ChecklistSettingsRecord>): Promise<ChecklistSettingsRecord> {
      return guard('checklistSettings.save', () =>
        db.transaction('rw', db.checklistSettings, async () => {
          const stored =
            (await db.checklistSettings.get('team')) ?? defaultChecklistSettings(0, ctx.memberId);
          const next: ChecklistSettingsRecord = {
            ...stored,
            ...patch,
            // Rules merge one by one so a partial patch never drops other rules.
            rules: patch.rules ? { ...stored.rules, ...patch.rules } : stored.rules,
            id: 'team',
            deleted: false,
            updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
            updatedBy: ctx.memberId,
          };
          await db.checklistSettings.put(next);
          return next;
        }),
      );
    },
  };
}

/** The team settings before anyone chose: nothing shared beyond the library itself. */
function defaultTeamSettings(memberId: string): TeamSettingsRecord {
  return { id: 'team', sharePostLog: false, updatedAt: 0, updatedBy: memberId, deleted: false };
}

/**
 * The team's own choices (id 'team', table `teamSettings`): one record shared through team sync,
 * so every member sees the same choice. `get` falls back to "nothing shared".
 */
export function teamSettingsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    async get(): Promise<TeamSettingsRecord> {
      return guard('teamSettings.get', async () => {
        const stored = await db.teamSettings.get('team');
        return stored && !stored.deleted ? stored : defaultTeamSettings(ctx.memberId);
      });
    },
    async save(patch: Editable<TeamSettingsRecord>): Promise<TeamSettingsRecord> {
      return guard('teamSettings.save', () =>
        db.transaction('rw', db.teamSettings, async () => {
          const stored = (await db.teamSettings.get('team')) ?? defaultTeamSettings(ctx.memberId);
          const next: TeamSettingsRecord = {
            ...stored,
            ...patch,
            id: 'team',
            deleted: false,
            updatedAt: Math.max(ctx.now(), stored.updatedAt + 1),
            updatedBy: ctx.memberId,
          };
          await db.teamSettings.put(next);
          return next;
        }),
      );
    },
  };
}
