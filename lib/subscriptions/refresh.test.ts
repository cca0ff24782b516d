import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories, DbError, type Repositories, type SapaDb } from '@/lib/db';
import { fakeClock, freshDb } from '@/tests/support/db';
import type { FetchLike } from './http';
import { refreshSubscription, type RefreshDeps } from './refresh';
import { applyGoodCopy, createSubscription, removeSubscription } from './store';
import { packJson, packSet, packTemplate } from '@/tests/support/subscriptions';

let db: SapaDb;
let repos: Repositories;
let clock: ReturnType<typeof fakeClock>;

/** A source that answers like a server honouring ETags; its body can be changed. */
function source(initial: { body: string; type?: string }) {
  let current = { ...initial, etag: '"1"' };
  let version = 1;
  const seen: (string | null)[] = [];
  const fetch = vi.fn<FetchLike>(async (_url, init) => {
    const ifNoneMatch = (init?.headers as Record<string, string> | undefined)?.['If-None-Match'];
    seen.push(ifNoneMatch ?? null);
    if (ifNoneMatch === current.etag) return new Response(null, { status: 304 });
    return new Response(current.body, {
      status: 200,
      headers: { etag: current.etag, 'content-type': current.type ?? 'application/json' },
    });
  });
  return {
    fetch,
    seen,
    set(body: string, type?: string) {
      version += 1;
      current = { body, etag: `"${version}"`, ...(type ? { type } : {}) };
    },
  };
}

beforeEach(async () => {
  db = freshDb();
  clock = fakeClock();
  repos = createRepositories(db, { memberId: 'ana', now: clock.now });
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const deps = (fetch: FetchLike, extra: Partial<RefreshDeps> = {}): RefreshDeps => ({
  fetch,
  now: clock.now,
  ...extra,
});

describe('refreshSubscription', () => {
  it('200 → 304 → 200: adds, keeps, then follows the source’s changes', async () => {
    const src = source({
      body: packJson({
        library: 'Perpustakaan Nasional',
        templates: [packTemplate('t1'), packTemplate('t2')],
        hashtagSets: [packSet('s1', ['BulanBuku'])],
      }),
    });
    const sub = await createSubscription(
      db,
      { url: 'https://perpus.example.id/p.json' },
      clock.now(),
    );
    expect(sub).toMatchObject({ title: 'perpus.example.id', autoTitle: true, kind: null });

    clock.advance(1000);
    const first = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(first).toMatchObject({
      title: 'Perpustakaan Nasional', // the pack names its library
      kind: 'pack',
      etag: '"1"',
      lastCheckedAt: clock.now(),
      lastOkAt: clock.now(),
      lastChangedAt: clock.now(),
      lastError: null,
      itemCount: 3,
      counts: { templates: 2, hashtagSets: 1 },
    });
    const t1 = await repos.templates.get(`sub:${sub.id}:t1`);
    expect(t1).toMatchObject({
      name: 'Templat t1',
      source: { subscriptionId: sub.id, title: 'Perpustakaan Nasional', url: sub.url },
    });
    const changedAt = clock.now();

    clock.advance(60_000);
    const second = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(src.seen).toEqual([null, '"1"']);
    expect(second).toMatchObject({
      lastCheckedAt: clock.now(),
      lastOkAt: clock.now(),
      lastChangedAt: changedAt,
      etag: '"1"',
    });
    expect(await repos.templates.get(`sub:${sub.id}:t1`)).toEqual(t1);

    src.set(
      packJson({
        library: 'Perpustakaan Nasional',
        templates: [packTemplate('t1', { body: 'Baru!', updatedAt: 6_000 }), packTemplate('t3')],
        hashtagSets: [packSet('s1', ['BulanBuku'])],
      }),
    );
    clock.advance(60_000);
    const third = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(third).toMatchObject({ etag: '"2"', lastChangedAt: clock.now(), itemCount: 3 });
    expect(await repos.templates.get(`sub:${sub.id}:t1`)).toMatchObject({ body: 'Baru!' });
    expect(await repos.templates.get(`sub:${sub.id}:t2`)).toBeUndefined();
    expect(await db.templates.get(`sub:${sub.id}:t2`)).toMatchObject({ deleted: true });
    expect(await repos.templates.get(`sub:${sub.id}:t3`)).toBeDefined();
  });

  it('a malformed source keeps the last good copy and its validators, and says why', async () => {
    const src = source({ body: packJson({ hashtagSets: [packSet('s1', ['BulanBuku'])] }) });
    const sub = await createSubscription(db, { url: 'https://x.id/p.json', title: 'Contoh' }, 0);
    await refreshSubscription(db, sub.id, deps(src.fetch));
    const before = await db.hashtagSets.toArray();

    src.set('{"format": "sapa-pack", "templates": [');
    clock.advance(1000);
    const broken = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(broken).toMatchObject({
      title: 'Contoh',
      etag: '"1"',
      lastCheckedAt: clock.now(),
      lastError: { code: 'invalid', at: clock.now() },
      itemCount: 1,
    });
    expect(broken!.lastError!.message.en).toMatch(/Not a valid JSON file/);
    expect(broken!.lastError!.message.id).toMatch(/Bukan berkas JSON yang valid/);
    expect(await db.hashtagSets.toArray()).toEqual(before);

    // Still the old validators: the server is asked "changed since the good copy?"
    src.set(packJson({ hashtagSets: [packSet('s1', ['BulanBuku', 'Baru'])] }));
    const fixed = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(src.seen.at(-1)).toBe('"1"');
    expect(fixed).toMatchObject({ lastError: null, etag: '"3"' });
    expect((await repos.hashtagSets.get(`sub:${sub.id}:s1`))?.tags).toEqual(['BulanBuku', 'Baru']);
  });

  it('without permission for the host, nothing is fetched and the error says so', async () => {
    const src = source({ body: packJson({}) });
    const sub = await createSubscription(db, { url: 'https://x.id:8443/p.json' }, 0);
    const hasPermission = vi.fn(async () => false);
    const result = await refreshSubscription(db, sub.id, deps(src.fetch, { hasPermission }));
    expect(hasPermission).toHaveBeenCalledWith('https://x.id/*');
    expect(src.fetch).not.toHaveBeenCalled();
    expect(result?.lastError).toMatchObject({ code: 'permission' });
    expect(result!.lastError!.message.en).toMatch(/https:\/\/x\.id:8443/);
  });

  it('a CSV source gives hashtag sets; a broken CSV keeps them', async () => {
    const src = source({
      body: 'set,tag\nBulan Buku,BulanBuku\nBulan Buku,AyoMembaca\n',
      type: 'text/csv',
    });
    const sub = await createSubscription(db, { url: 'https://x.id/t.csv' }, 0);
    expect(await refreshSubscription(db, sub.id, deps(src.fetch))).toMatchObject({
      kind: 'csv',
      title: 'x.id',
      counts: { templates: 0, hashtagSets: 1 },
    });
    expect(await repos.hashtagSets.get(`sub:${sub.id}:csv:bulan buku`)).toMatchObject({
      name: 'Bulan Buku',
      tags: ['BulanBuku', 'AyoMembaca'],
      updatedBy: 'subscription',
    });
    src.set('set,tag\nBulan Buku,bukan tagar\n', 'text/csv');
    const broken = await refreshSubscription(db, sub.id, deps(src.fetch));
    expect(broken!.lastError!.message.en).toMatch(/Line 2/);
    expect(await repos.hashtagSets.get(`sub:${sub.id}:csv:bulan buku`)).toBeDefined();
  });

  it('an unknown subscription is nothing to do', async () => {
    expect(await refreshSubscription(db, 'nope', deps(source({ body: '' }).fetch))).toBeUndefined();
  });
});

describe('store', () => {
  it('applying a copy to a removed subscription writes nothing', async () => {
    const sub = await createSubscription(db, { url: 'https://x.id/p.json' }, 0);
    await removeSubscription(db, sub.id, 1);
    const applied = await applyGoodCopy(
      db,
      sub.id,
      {
        ok: true,
        kind: 'csv',
        items: [{ table: 'hashtagSets', sourceId: 'a', fields: { name: 'A', tags: ['A'] } }],
      },
      { etag: null, lastModified: null },
      2,
    );
    expect(applied).toBeUndefined();
    expect(await db.hashtagSets.count()).toBe(0);
  });

  it('removing a subscription tombstones its items and leaves everything else', async () => {
    const src = source({
      body: packJson({ templates: [packTemplate('t1')], hashtagSets: [packSet('s1', ['A'])] }),
    });
    const sub = await createSubscription(db, { url: 'https://x.id/p.json' }, 0);
    const other = await createSubscription(db, { url: 'https://y.id/p.json' }, 0);
    await refreshSubscription(db, sub.id, deps(src.fetch));
    await refreshSubscription(db, other.id, deps(src.fetch));
    const own = await repos.templates.create({
      name: 'Milik kami',
      category: '',
      body: 'b',
      locale: 'id',
    });

    clock.advance(5000);
    expect(await removeSubscription(db, sub.id, clock.now())).toBe(2);
    expect(await db.subscriptions.get(sub.id)).toBeUndefined();
    expect(await db.templates.get(`sub:${sub.id}:t1`)).toMatchObject({ deleted: true });
    expect(await db.hashtagSets.get(`sub:${sub.id}:s1`)).toMatchObject({ deleted: true });
    expect(await repos.templates.get(`sub:${other.id}:t1`)).toBeDefined();
    expect(await repos.templates.get(own.id)).toBeDefined();
    await expect(removeSubscription(db, sub.id, clock.now())).rejects.toBeInstanceOf(DbError);
  });
});
