/** Writes the welcome's answers: the brand kit, the language, the starters, the panel per site. */
import { PLATFORM_IDS, type Repositories } from '@/lib/db';
import { loadPanelPrefs, savePanelPrefs, type PrefsStorage } from '@/lib/panel/panel-prefs';
import { brandKitPatch, startersToRemove, welcomeProblems, type WelcomeAnswers } from './welcome';

export interface WelcomeTargets {
  repos: Repositories;
  /** The panel's per-site preferences (browser.storage.local). */
  prefs: PrefsStorage;
  now?: () => number;
}

/**
 * Saves the answers, or returns what must be fixed first (nothing is written then). On the
 * platforms the team does not use, the panel starts folded to its tab (it can still be opened).
 * Returns the starter templates removed.
 */
export async function finishWelcome(
  { repos, prefs, now = Date.now }: WelcomeTargets,
  answers: WelcomeAnswers,
): Promise<{ problems: ReturnType<typeof welcomeProblems>; removed: string[] }> {
  const problems = welcomeProblems(answers);
  if (problems.length > 0) return { problems, removed: [] };
  const kit = await repos.brandKit.get();
  await repos.brandKit.save(brandKitPatch(kit, answers));
  await repos.settings.set('locale', answers.locale);
  const removed = startersToRemove(await repos.templates.list(), answers.starterTopics);
  for (const id of removed) await repos.templates.remove(id);
  for (const platform of PLATFORM_IDS) {
    const used = answers.platforms.includes(platform);
    const stored = await loadPanelPrefs(prefs, platform);
    if (stored.collapsed !== !used)
      await savePanelPrefs(prefs, platform, { ...stored, collapsed: !used });
  }
  await repos.settings.set('welcome', {
    status: 'done',
    at: now(),
    platforms: [...answers.platforms],
  });
  return { problems: [], removed };
}

/** "Later": nothing changes but the welcome is not opened again by itself. */
export async function skipWelcome({ repos, now = Date.now }: WelcomeTargets): Promise<void> {
  const stored = await repos.settings.get('welcome');
  if (stored?.status === 'done') return;
  await repos.settings.set('welcome', { status: 'skipped', at: now(), platforms: [] });
}
