import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, DbError, dumpAll, type Repositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { fakeClock, freshDb } from '@/tests/support/db';
import { translate } from '@/lib/i18n';
import { createSapaClient, type SapaClient } from '@/lib/messaging/client';
import {
  DASHBOARD_SECTIONS,
  MAX_TEXT_CHARS,
  type DashboardSection,
  type SapaResponse,
} from '@/lib/messaging/protocol';
import { SECTIONS } from '@/components/dashboard/Dashboard';
import { handleRequest, hashtagsInText } from './router';

let db: SapaDb;
let repos: Repositories;
let clock: ReturnType<typeof fakeClock>;
let client: SapaClient;

/** The transport: a structured clone each way, as the extension's messaging does. */
function wire(r: Repositories) {
  return (message: unknown) =>
    handleRequest(db, r, structuredClone(message)).then((res) => structuredClone(res));
}

beforeEach(async () => {
  db = freshDb();
  clock = fakeClock();
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await applySeeds(db, clock.now());
  client = createSapaClient(wire(repos));
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function ok<T>(res: SapaResponse<T>): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.detail}`);
  return res.data;
}

describe('round trip client → router → Dexie → response', () => {
  it('saves a draft, offers it for restore, and marks it posted with a post log entry', async () => {
    const saved = ok(
      await client.request('drafts.save', {
        platform: 'instagram',
        composerKey: 'ig:create',
        text: 'Koleksi baru datang! #BulanBuku',
      }),
    );
    expect(saved.revision).toBe('created');
    expect(saved.draft).toMatchObject({
      platform: 'instagram',
      composerKey: 'ig:create',
      status: 'draft',
      length: 31,
    });
    const draftId = saved.draft!.id;

    clock.advance(1000);
    ok(
      await client.request('drafts.save', {
        platform: 'instagram',
        composerKey: 'ig:create',
        text: 'Koleksi baru datang! #BulanBuku #Perpustakaan',
      }),
    );

    const restorable = ok(
      await client.request('drafts.restorable', {
        platform: 'instagram',
        composerKey: 'ig:create',
      }),
    );
    expect(restorable).toMatchObject({
      source: 'draft',
      text: 'Koleksi baru datang! #BulanBuku #Perpustakaan',
      draft: { id: draftId },
    });
    expect(
      ok(await client.request('drafts.restorable', { platform: 'x', composerKey: 'ig:create' })),
    ).toBeNull();

    const revisions = ok(await client.request('drafts.revisions', { draftId }));
    expect(revisions.length).toBeGreaterThanOrEqual(1);

    clock.advance(1000);
    const posted = ok(
      await client.request('drafts.markPosted', {
        draftId,
        text: 'Koleksi baru datang! #BulanBuku #Perpustakaan',
        override: { ruleIds: ['hashtag-count'] },
      }),
    );
    expect(posted.draft).toMatchObject({ id: draftId, status: 'posted' });
    expect(posted.log).toMatchObject({ platform: 'instagram', draftId, at: clock.now() });
    const log = await repos.postLog.recent(10);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      draftId,
      text: 'Koleksi baru datang! #BulanBuku #Perpustakaan',
      override: { ruleIds: ['hashtag-count'] },
    });
    // Posted drafts are not offered again.
    expect(
      ok(
        await client.request('drafts.restorable', {
          platform: 'instagram',
          composerKey: 'ig:create',
        }),
      ),
    ).toBeNull();
  });

  it('marks posted by composer: saves the published text into the draft, then logs it', async () => {
    const first = ok(
      await client.request('drafts.save', { platform: 'x', composerKey: 'main', text: 'Halo' }),
    );
    const posted = ok(
      await client.request('drafts.markPosted', {
        platform: 'x',
        composerKey: 'main',
        text: 'Halo pemustaka!',
        checks: [{ ruleId: 'hashtag-count', severity: 'warn' }],
      }),
    );
    expect(posted.draft).toMatchObject({ id: first.draft!.id, status: 'posted' });
    expect((await db.drafts.get(first.draft!.id))?.text).toBe('Halo pemustaka!');
    expect(await repos.postLog.recent(5)).toMatchObject([
      {
        platform: 'x',
        draftId: first.draft!.id,
        text: 'Halo pemustaka!',
        checks: [{ ruleId: 'hashtag-count', severity: 'warn' }],
      },
    ]);
  });

  it("keeps the post's address and account from the page only when they pass the check", async () => {
    ok(
      await client.request('drafts.markPosted', {
        platform: 'x',
        composerKey: 'main',
        text: 'Pameran buku',
        url: 'https://x.com/perpuskota_sapa/status/1865432100000000001',
        account: ' @perpuskota_sapa ',
      }),
    );
    // Another host, and an empty account: dropped, and the post is still logged.
    ok(
      await client.request('drafts.markPosted', {
        platform: 'x',
        composerKey: 'other',
        text: 'Jam layanan',
        url: 'https://evil.example/perpuskota_sapa/status/1',
        account: '  ',
      }),
    );
    const log = await repos.postLog.recent(5);
    const kept = log.find((entry) => entry.text === 'Pameran buku');
    const dropped = log.find((entry) => entry.text === 'Jam layanan');
    expect(kept).toMatchObject({
      text: 'Pameran buku',
      url: 'https://x.com/perpuskota_sapa/status/1865432100000000001',
      account: '@perpuskota_sapa',
    });
    expect(dropped).toBeDefined();
    expect(dropped).not.toHaveProperty('url');
    expect(dropped).not.toHaveProperty('account');
  });

  it('marks posted without any draft: only the post log entry', async () => {
    const posted = ok(
      await client.request('drafts.markPosted', { platform: 'tiktok', composerKey: 'k', text: '' }),
    );
    expect(posted.draft).toBeNull();
    expect(posted.log).toMatchObject({ platform: 'tiktok', text: '' });
    expect(await db.postLog.count()).toBe(1);
    expect(await db.drafts.count()).toBe(0);
  });

  it('lists, ticks, sets status and discards drafts', async () => {
    const { draft } = ok(
      await client.request('drafts.save', { platform: 'facebook', composerKey: 'a', text: 'Satu' }),
    );
    const id = draft!.id;
    expect(ok(await client.request('drafts.list', { platform: 'facebook' }))).toHaveLength(1);
    expect(
      ok(await client.request('drafts.setTicks', { draftId: id, ticks: { alt: true } }))
        .checklistTicks,
    ).toEqual({ alt: true });
    expect(
      ok(await client.request('drafts.setStatus', { draftId: id, status: 'ready' })).status,
    ).toBe('ready');
    expect(ok(await client.request('drafts.discard', { draftId: id }))).toEqual({ discarded: id });
    expect(await db.drafts.count()).toBe(0);
    expect(await db.draftRevisions.count()).toBe(0);
  });

  it('searches templates by word prefix, with the platform variant as text', async () => {
    const found = ok(await client.request('templates.search', { query: 'koleksi', limit: 5 }));
    expect(found.map((t) => t.name)).toContain('Koleksi baru datang');
    expect(found.every((t) => !t.deleted)).toBe(true);

    const forX = ok(
      await client.request('templates.search', { query: 'koleksi', limit: 5, platform: 'x' }),
    );
    const tpl = forX.find((t) => t.name === 'Koleksi baru datang')!;
    expect(tpl.text).toBe(tpl.variants.x?.trim() ? tpl.variants.x : tpl.body);

    expect(
      ok(await client.request('templates.search', { query: 'zzzz tidak ada', limit: 5 })),
    ).toEqual([]);
  });

  it('saves composer text as a template and hashtags as a set', async () => {
    const tpl = ok(
      await client.request('templates.create', {
        name: 'Pojok baca Sabtu',
        body: 'Pojok baca setiap Sabtu di {{library}}',
        locale: 'id',
      }),
    );
    expect(tpl).toMatchObject({ category: 'custom', updatedBy: 'ana', deleted: false });
    expect(
      ok(await client.request('templates.search', { query: 'pojok', limit: 5 })).map((t) => t.id),
    ).toEqual([tpl.id]);

    const set = ok(
      await client.request('hashtagSets.create', {
        name: 'Dari caption',
        text: 'Ayo ke perpustakaan #PojokBaca #GemarMembaca, email a#b tidak',
      }),
    );
    expect(set.tags).toEqual(['PojokBaca', 'GemarMembaca']);
    expect(
      ok(await client.request('hashtags.search', { query: '#pojok' })).map((h) => h.tag),
    ).toEqual(['PojokBaca']);
    expect(ok(await client.request('hashtagSets.list')).map((s) => s.id)).toContain(set.id);
  });

  it('reads the brand kit, checklist settings and the panel settings (allow-list only)', async () => {
    expect(ok(await client.request('brandKit.get')).id).toBe('brand');
    expect(ok(await client.request('checklistSettings.get')).id).toBe('team');
    expect(ok(await client.request('settings.get'))).toEqual({
      locale: 'auto',
      xPremium: false,
      panel: {},
      welcomePending: true,
    });
    await repos.settings.set('memberId', 'secret-ish');
    ok(await client.request('settings.set', { key: 'xPremium', value: true }));
    ok(await client.request('settings.set', { key: 'panel', value: { collapsed: true } }));
    const settings = ok(
      await client.request('settings.set', { key: 'panel', value: { side: 'left' } }),
    );
    expect(settings).toEqual({
      locale: 'auto',
      xPremium: true,
      panel: { collapsed: true, side: 'left' },
      welcomePending: true,
    });
    expect(JSON.stringify(settings)).not.toContain('secret-ish');
  });
});

describe('malformed requests', () => {
  const bad: [string, unknown][] = [
    ['unknown type', { sapa: 1, type: 'drafts.dropAll', payload: {} }],
    ['table read attempt', { sapa: 1, type: 'settings.getRaw', payload: { key: 'syncPassword' } }],
    [
      'wrong field types',
      { sapa: 1, type: 'drafts.save', payload: { platform: 'x', composerKey: 7, text: ['a'] } },
    ],
    [
      'unknown platform',
      {
        sapa: 1,
        type: 'drafts.save',
        payload: { platform: 'myspace', composerKey: 'a', text: 'a' },
      },
    ],
    ['missing fields', { sapa: 1, type: 'drafts.save', payload: { platform: 'x' } }],
    ['missing payload', { sapa: 1, type: 'drafts.save' }],
    [
      'unexpected fields',
      { sapa: 1, type: 'drafts.discard', payload: { draftId: 'a', everything: true } },
    ],
    ['bad limit', { sapa: 1, type: 'drafts.list', payload: { platform: 'x', limit: 1e9 } }],
    [
      'writing a setting that is not the panel’s',
      { sapa: 1, type: 'settings.set', payload: { key: 'memberId', value: 'mallory' } },
    ],
    ['not an object', 'drafts.save'],
    ['null', null],
  ];

  it.each(bad)('%s → typed invalid error, database unchanged', async (_name, message) => {
    const before = await dumpAll(db);
    const res = await handleRequest(db, repos, message);
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        key: 'error.invalid',
        message: { id: translate('id', 'error.invalid'), en: translate('en', 'error.invalid') },
      },
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('oversized text → invalid with the "too long" message in both languages', async () => {
    const before = await dumpAll(db);
    const res = await client.request('drafts.save', {
      platform: 'x',
      composerKey: 'main',
      text: 'a'.repeat(MAX_TEXT_CHARS + 1),
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', key: 'error.tooLong' } });
    if (res.ok) return;
    expect(res.error.message.en).toContain('100000');
    expect(res.error.message.id).toContain('100000');
    expect(res.error.message.id).not.toBe(res.error.message.en);
    expect(await dumpAll(db)).toEqual(before);
  });

  it('a value the repository refuses comes back as invalid', async () => {
    const res = await client.request('hashtagSets.create', { name: 'Kosong', text: 'tanpa tagar' });
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('database failures', () => {
  it('a DbError("quota") from a repository surfaces as a typed quota error', async () => {
    const failing: Repositories = {
      ...repos,
      drafts: {
        ...repos.drafts,
        saveDraftText: vi.fn(async () => {
          throw new DbError('quota', 'drafts.saveDraftText');
        }),
      },
    };
    const c = createSapaClient(wire(failing));
    const res = await c.request('drafts.save', { platform: 'x', composerKey: 'm', text: 'Halo' });
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'quota',
        key: 'error.quota',
        message: { id: translate('id', 'error.quota'), en: translate('en', 'error.quota') },
        detail: expect.any(String),
      },
    });
  });

  it('a raw QuotaExceededError inside Dexie is classified as quota too', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const failing = {
      ...repos,
      templates: {
        ...repos.templates,
        create: async () => {
          throw quota;
        },
      },
    } as Repositories;
    const res = await createSapaClient(wire(failing)).request('templates.create', {
      name: 'x',
      body: 'y',
      locale: 'en',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'quota' } });
  });

  it('a missing draft is not-found', async () => {
    const res = await client.request('drafts.setStatus', {
      draftId: 'draft_gone',
      status: 'ready',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'not-found', key: 'error.notFound' } });
  });

  it('reopens a database that was closed', async () => {
    db.close();
    const res = await client.request('drafts.list', { platform: 'x' });
    expect(res).toEqual({ ok: true, data: [] });
  });
});

describe('hashtagsInText', () => {
  it('finds tags, not anchors, emails or URLs fragments', () => {
    expect(hashtagsInText('#Satu dua #Tiga_4, a#b https://x.id/#frag (#Lima)')).toEqual([
      'Satu',
      'Tiga_4',
      'Lima',
    ]);
  });
});

describe('dashboard.open', () => {
  function clientWith(openDashboard?: (section?: DashboardSection) => Promise<void>) {
    return createSapaClient((message: unknown) =>
      handleRequest(db, repos, structuredClone(message), openDashboard ? { openDashboard } : {}),
    );
  }

  it('calls the injected opener with the section asked for', async () => {
    const opened: (DashboardSection | undefined)[] = [];
    const c = clientWith(async (section) => void opened.push(section));
    expect(await c.request('dashboard.open', { section: 'hashtags' })).toEqual({
      ok: true,
      data: { opened: true },
    });
    expect(await c.request('dashboard.open', {})).toEqual({ ok: true, data: { opened: true } });
    expect(opened).toEqual(['hashtags', undefined]);
  });

  it('names exactly the sections the dashboard has', () => {
    expect([...DASHBOARD_SECTIONS]).toEqual([...SECTIONS]);
  });

  it.each([
    ['an unknown section', { section: 'passwords' }],
    ['a URL for a section', { section: 'https://example.org/' }],
    ['an extra field', { section: 'brand', url: 'https://example.org/' }],
  ])('refuses %s without opening anything', async (_name, payload) => {
    const opener = vi.fn(async () => {});
    const res = await clientWith(opener).request('dashboard.open', payload as never);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid', key: 'error.invalid' } });
    expect(opener).not.toHaveBeenCalled();
  });

  it('an opener that fails, or none at all, is an error, not a throw', async () => {
    const failing = clientWith(async () => {
      throw new Error('No tab could be created');
    });
    expect(await failing.request('dashboard.open', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown' },
    });
    expect(await clientWith().request('dashboard.open', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown' },
    });
  });
});
