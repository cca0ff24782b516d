/**
 * Least privilege between contexts, through the background's real listeners: a content script
 * on x.com may send the panel's requests for X only; the dashboard (an extension page) keeps the
 * rest. Every refusal is a typed 'forbidden' error and leaves the database as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpAll, type SapaDb } from '@/lib/db';
import { freshDb } from '@/tests/support/db';
import { createFakeRuntime } from '@/tests/support/background';
import type { SapaResponse } from '@/lib/messaging/protocol';
import { startBackground, type Background } from './main';

let fake: ReturnType<typeof createFakeRuntime>;
let db: SapaDb;
let bg: Background;
let opened: string[];

beforeEach(async () => {
  fake = createFakeRuntime();
  db = freshDb();
  opened = [];
  bg = startBackground({
    runtime: fake.runtime,
    db,
    storage: { persisted: async () => true, persist: async () => true },
    openDashboard: async (section) => {
      opened.push(section ?? '');
    },
    log: () => {},
  });
  await bg.ready();
});
afterEach(async () => {
  bg.stop();
  await db.delete();
});

const ON_X = { url: 'https://x.com/compose/post', tab: { url: 'https://x.com/compose/post' } };
const DASHBOARD = () => ({ url: fake.runtime.getURL!('/options.html#drafts') });

async function send(
  sender: { url?: string; tab?: { url?: string } },
  type: string,
  payload: unknown = {},
): Promise<SapaResponse> {
  const res = await fake.sendMessage(
    { sapa: 1, type, payload },
    { id: fake.runtime.id, ...sender },
  );
  return res as SapaResponse;
}

function data<T = Record<string, unknown>>(res: SapaResponse): T {
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.detail}`);
  return res.data as T;
}

/** An Instagram draft saved by Instagram's own panel. */
async function instagramDraft(): Promise<string> {
  const res = await send({ url: 'https://www.instagram.com/create/' }, 'drafts.save', {
    platform: 'instagram',
    composerKey: 'instagram:dialog:caption',
    text: 'Hari Buku Sedunia',
  });
  return data<{ draft: { id: string } }>(res).draft.id;
}

async function expectRefusedAndUnchanged(run: () => Promise<SapaResponse>) {
  const before = await dumpAll(db);
  const res = await run();
  expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', key: 'error.forbidden' } });
  if (!res.ok) {
    expect(res.error.message.en).toMatch(/dashboard/);
    expect(res.error.message.id).toMatch(/dasbor/);
  }
  expect(await dumpAll(db)).toEqual(before);
}

describe("a content script on x.com and another platform's drafts", () => {
  it('may not list, restore or save Instagram drafts', async () => {
    await instagramDraft();
    for (const [type, payload] of [
      ['drafts.list', { platform: 'instagram', limit: 50 }],
      ['drafts.restorable', { platform: 'instagram', composerKey: 'instagram:dialog:caption' }],
      ['drafts.save', { platform: 'instagram', composerKey: 'instagram:x', text: 'menimpa' }],
      ['drafts.markPosted', { platform: 'instagram', composerKey: 'ig', text: 'menimpa' }],
      ['templates.list', { platform: 'instagram' }],
      ['templates.search', { query: 'buku', platform: 'instagram' }],
    ] as const)
      await expectRefusedAndUnchanged(() => send(ON_X, type, payload));
  });

  it('may not discard, tick, mark posted or read the history of an Instagram draft by its id', async () => {
    const draftId = await instagramDraft();
    for (const [type, payload] of [
      ['drafts.discard', { draftId }],
      ['drafts.setStatus', { draftId, status: 'ready' }],
      ['drafts.setTicks', { draftId, ticks: { 'brand-hashtags': true } }],
      ['drafts.markPosted', { draftId, text: 'menimpa' }],
      ['drafts.revisions', { draftId }],
    ] as const)
      await expectRefusedAndUnchanged(() => send(ON_X, type, payload));
    expect(await db.drafts.get(draftId)).toMatchObject({
      platform: 'instagram',
      text: 'Hari Buku Sedunia',
      status: 'draft',
    });
  });

  it("may not send the dashboard's requests, even about its own platform", async () => {
    const own = data<{ draft: { id: string } }>(
      await send(ON_X, 'drafts.save', { platform: 'x', composerKey: 'x:compose', text: 'Halo' }),
    ).draft.id;
    for (const [type, payload] of [
      ['drafts.discard', { draftId: own }],
      ['drafts.setStatus', { draftId: own, status: 'ready' }],
      ['hashtags.search', { query: 'buku' }],
      ['sync.status', {}],
      ['sync.configure', { url: 'https://couch.example.org', database: 'tim' }],
      ['subscriptions.add', { url: 'https://example.org/pack.json' }],
      // The language and X Premium are the library's settings, set in the dashboard.
      ['settings.set', { key: 'locale', value: 'en' }],
      ['settings.set', { key: 'xPremium', value: true }],
    ] as const)
      await expectRefusedAndUnchanged(() => send(ON_X, type, payload));
  });

  it('answers nobody without a composer site address or with another site', async () => {
    for (const sender of [{}, { url: 'https://evil.example/x.com' }, { url: 'http://x.com/home' }])
      await expectRefusedAndUnchanged(() =>
        send(sender, 'drafts.list', { platform: 'x', limit: 5 }),
      );
  });
});

describe("the panel's own requests still work", () => {
  it('on x.com: autosave, restore, list, history, ticks, posted, library, settings, dashboard', async () => {
    const saved = data<{ draft: { id: string } }>(
      await send(ON_X, 'drafts.save', { platform: 'x', composerKey: 'x:compose', text: 'Halo' }),
    );
    const draftId = saved.draft.id;
    expect(
      data(await send(ON_X, 'drafts.restorable', { platform: 'x', composerKey: 'x:compose' })),
    ).toMatchObject({ text: 'Halo' });
    expect(data<unknown[]>(await send(ON_X, 'drafts.list', { platform: 'x' }))).toHaveLength(1);
    expect(data<unknown[]>(await send(ON_X, 'drafts.revisions', { draftId }))).toEqual(
      expect.any(Array),
    );
    expect(
      data(await send(ON_X, 'drafts.setTicks', { draftId, ticks: { 'alt-text': true } })),
    ).toMatchObject({ checklistTicks: { 'alt-text': true } });
    expect(data(await send(ON_X, 'drafts.markPosted', { draftId, text: 'Halo' }))).toMatchObject({
      draft: { status: 'posted' },
    });
    expect(data<unknown[]>(await send(ON_X, 'templates.list', { platform: 'x' })).length).toBe(
      data<unknown[]>(await send(DASHBOARD(), 'templates.list', {})).length,
    );
    for (const type of [
      'hashtagSets.list',
      'brandKit.get',
      'checklistSettings.get',
      'settings.get',
    ])
      expect(await send(ON_X, type)).toMatchObject({ ok: true });
    expect(await send(ON_X, 'dashboard.open', { section: 'drafts' })).toMatchObject({ ok: true });
    expect(opened).toEqual(['drafts']);
  });

  it("in a composer frame without its own address, by the tab's address", async () => {
    const res = await send(
      { tab: { url: 'https://www.tiktok.com/tiktokstudio/upload' } },
      'drafts.list',
      {
        platform: 'tiktok',
      },
    );
    expect(res).toMatchObject({ ok: true });
  });

  it("the dashboard keeps the rest: it discards another platform's draft", async () => {
    const draftId = await instagramDraft();
    expect(await send(DASHBOARD(), 'drafts.discard', { draftId })).toMatchObject({
      ok: true,
      data: { discarded: draftId },
    });
    expect(await send(DASHBOARD(), 'hashtags.search', { query: 'buku' })).toMatchObject({
      ok: true,
    });
  });
});
