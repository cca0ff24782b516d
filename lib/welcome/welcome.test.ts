import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { loadPanelPrefs, type PrefsStorage } from '@/lib/panel/panel-prefs';
import { fakeClock, freshDb } from '@/tests/support/db';
import {
  finishWelcome,
  openWelcomeOnInstall,
  skipWelcome,
  starterChoices,
  startersToRemove,
  tidyHandles,
  welcomePending,
  welcomeProblems,
  type WelcomeAnswers,
} from '.';

const answers = (over: Partial<WelcomeAnswers> = {}): WelcomeAnswers => ({
  libraryName: '  Perpustakaan Kota Binjai ',
  timeZone: 'Asia/Jakarta',
  locale: 'id',
  platforms: ['instagram', 'facebook'],
  handles: { instagram: ' @@perpuskotabinjai ', facebook: '', x: 'tidak_dipakai' },
  phone: '',
  whatsApp: '0812 3456 7890',
  email: 'info@perpustakaan.binjaikota.go.id',
  starterTopics: [],
  ...over,
});

describe('the welcome’s answers', () => {
  it('asks for a name, at least one platform and a real e-mail address', () => {
    expect(welcomeProblems(answers())).toEqual([]);
    expect(welcomeProblems(answers({ libraryName: '  ', platforms: [], email: 'info@' }))).toEqual([
      'libraryName',
      'platforms',
      'email',
    ]);
    expect(welcomeProblems(answers({ email: '' }))).toEqual([]);
  });

  it('keeps the handles of the platforms used, without "@" or blanks', () => {
    expect(tidyHandles(answers().handles, answers().platforms)).toEqual({
      instagram: 'perpuskotabinjai',
    });
  });

  it('points to the welcome until it is done, also after "Later"', () => {
    expect(welcomePending(undefined)).toBe(true);
    expect(welcomePending({ status: 'skipped', at: 1, platforms: [] })).toBe(true);
    expect(welcomePending({ status: 'done', at: 1, platforms: ['x'] })).toBe(false);
  });

  it('offers one starter per topic in the person’s language and removes only unedited ones', () => {
    const templates = [
      {
        id: 'seed:tpl:webinar:id',
        name: 'Webinar',
        locale: 'id',
        deleted: false,
        updatedBy: 'seed',
      },
      {
        id: 'seed:tpl:webinar:en',
        name: 'Webinar',
        locale: 'en',
        deleted: false,
        updatedBy: 'seed',
      },
      {
        id: 'seed:tpl:baru:id',
        name: 'Koleksi baru',
        locale: 'id',
        deleted: false,
        updatedBy: 'ana',
      },
      {
        id: 'seed:tpl:baru:en',
        name: 'New arrivals',
        locale: 'en',
        deleted: false,
        updatedBy: 'seed',
      },
      { id: 'tpl_own', name: 'Milik tim', locale: 'id', deleted: false, updatedBy: 'ana' },
    ] as const;
    expect(starterChoices(templates, 'en')).toEqual([
      { topic: 'webinar', name: 'Webinar' },
      { topic: 'baru', name: 'New arrivals' },
    ]);
    expect(startersToRemove(templates, ['webinar'])).toEqual(['seed:tpl:baru:en']);
  });

  it('opens only on a fresh install', async () => {
    const opened: string[] = [];
    const open = async (section: string) => void opened.push(section);
    for (const reason of ['update', 'chrome_update', 'shared_module_update', 'install'])
      await openWelcomeOnInstall(reason, open);
    expect(opened).toEqual(['welcome']);
  });
});

describe('finishing the welcome', () => {
  let db: SapaDb;
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  function memoryPrefs(): PrefsStorage & { items: Record<string, unknown> } {
    const items: Record<string, unknown> = {};
    return {
      items,
      get: async (key) => (key in items ? { [key]: items[key] } : {}),
      set: async (more) => void Object.assign(items, more),
    };
  }

  async function library() {
    db = freshDb('sapa-welcome');
    const clock = fakeClock();
    const repos = createRepositories(db, { memberId: 'ana', now: clock.now });
    await applySeeds(db, clock.now());
    return { repos, clock };
  }

  it('writes the brand kit, the language, the starters kept and the panel per platform', async () => {
    const { repos, clock } = await library();
    const prefs = memoryPrefs();
    const topics = starterChoices(await repos.templates.list(), 'id').map((c) => c.topic);
    const result = await finishWelcome(
      { repos, prefs, now: clock.now },
      answers({ starterTopics: topics.slice(0, 2) }),
    );
    expect(result.problems).toEqual([]);
    const kit = await repos.brandKit.get();
    expect(kit).toMatchObject({
      libraryName: 'Perpustakaan Kota Binjai',
      timeZone: 'Asia/Jakarta',
      handles: { instagram: 'perpuskotabinjai' },
      whatsApp: '0812 3456 7890',
      email: 'info@perpustakaan.binjaikota.go.id',
    });
    expect(await repos.settings.get('locale')).toBe('id');
    const left = starterChoices(await repos.templates.list(), 'id').map((c) => c.topic);
    expect(left).toEqual(topics.slice(0, 2));
    expect(result.removed).toHaveLength((topics.length - 2) * 2);
    expect((await loadPanelPrefs(prefs, 'x')).collapsed).toBe(true);
    expect((await loadPanelPrefs(prefs, 'tiktok')).collapsed).toBe(true);
    expect((await loadPanelPrefs(prefs, 'instagram')).collapsed).toBe(false);
    expect(await repos.settings.get('welcome')).toMatchObject({
      status: 'done',
      platforms: ['instagram', 'facebook'],
    });
  });

  it('writes nothing while an answer must be fixed', async () => {
    const { repos } = await library();
    const before = await repos.brandKit.get();
    const result = await finishWelcome(
      { repos, prefs: memoryPrefs() },
      answers({ libraryName: '', starterTopics: [] }),
    );
    expect(result.problems).toEqual(['libraryName']);
    expect(await repos.brandKit.get()).toEqual(before);
    expect(await repos.settings.get('welcome')).toBeUndefined();
    expect(starterChoices(await repos.templates.list(), 'id').length).toBeGreaterThan(5);
  });

  it('"Later" changes nothing else and never undoes a finished welcome', async () => {
    const { repos } = await library();
    await skipWelcome({ repos, prefs: memoryPrefs() });
    expect(await repos.settings.get('welcome')).toMatchObject({ status: 'skipped' });
    await finishWelcome({ repos, prefs: memoryPrefs() }, answers());
    await skipWelcome({ repos, prefs: memoryPrefs() });
    expect(await repos.settings.get('welcome')).toMatchObject({ status: 'done' });
  });
});
