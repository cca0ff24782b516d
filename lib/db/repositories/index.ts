import type { SapaDb } from '../schema';
import { makeContext, type RepoContext } from './context';
import { plannedPostsRepo, teamMembersRepo } from './calendar';
import { conflictsRepo } from './conflicts';
import { draftsRepo, postLogRepo } from './drafts';
import { hashtagSetsRepo } from './hashtagSets';
import { hashtagsRepo } from './hashtags';
import { settingsRepo } from './settings';
import { brandKitRepo, checklistSettingsRepo, teamSettingsRepo } from './singletons';
import { subscriptionsRepo } from './subscriptions';
import { templatesRepo } from './templates';

export * from './calendar';
export * from './context';
export * from './conflicts';
export * from './drafts';
export * from './hashtagSets';
export * from './hashtags';
export * from './settings';
export * from './singletons';
export * from './subscriptions';
export { isSubscribed, SUBSCRIBED_ID_PREFIX } from './shared';
export * from './templates';

/** Every repository over one database, writing as `memberId`. */
export function createRepositories(db: SapaDb, options: Partial<Omit<RepoContext, 'db'>> = {}) {
  const ctx = makeContext(db, options);
  return {
    templates: templatesRepo(ctx),
    hashtags: hashtagsRepo(ctx),
    hashtagSets: hashtagSetsRepo(ctx),
    brandKit: brandKitRepo(ctx),
    checklistSettings: checklistSettingsRepo(ctx),
    drafts: draftsRepo(ctx),
    postLog: postLogRepo(ctx),
    settings: settingsRepo(ctx),
    conflicts: conflictsRepo(ctx),
    subscriptions: subscriptionsRepo(ctx),
    plannedPosts: plannedPostsRepo(ctx),
    teamMembers: teamMembersRepo(ctx),
    teamSettings: teamSettingsRepo(ctx),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
