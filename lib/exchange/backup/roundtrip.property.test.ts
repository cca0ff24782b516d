/**
 * Property: any state Sapa can reach through its repositories' own write functions exports and
 * imports again identically, as a backup (every table) and as a pack (the parts packs carry).
 * Inputs are hostile on purpose (control characters, right-to-left overrides, lone surrogates,
 * formula-looking names, long drafts): what a repository refuses is not a reachable state, and
 * whatever it accepts must travel (docs/reliability.md, "Sapa's own backups").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRepositories, dumpAll, type Repositories, type SapaDb } from '@/lib/db';
import { applyImport, exportPack, packToJson, previewImport } from '@/lib/exchange/pack';
import { PLATFORM_IDS } from '@/lib/platforms';
import { applySeeds } from '@/lib/library/seed';
import { freshDb, withoutRestoreMark } from '@/tests/support/db';
import { blobText, exportBackup, restoreBackup } from '.';

const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    'Bulan Buku',
    '=HYPERLINK("x")',
    '+62 812',
    '@perpus',
    'Acara\u202Egpj',
    'Nol\u0000',
    'Rusak\uD800',
    'Baris\nbaru',
    '  spasi  ',
    'Ñandú 📚',
  ),
);
const tag = fc.oneof(
  fc.constantFrom('BulanBuku', 'bulanbuku', '#GemarMembaca', 'Ñandú', '＃Perpus', 'hari_buku'),
  fc.string({ maxLength: 8 }),
);
const draftText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.constantFrom('x'.repeat(63_206), 'y'.repeat(20_001)),
);

type Op = (repos: Repositories, ids: { templates: string[]; sets: string[] }) => Promise<unknown>;
const pick = (list: string[], i: number) => list[i % Math.max(list.length, 1)];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc
    .record({ name: hostile, body: hostile, category: hostile, variant: hostile })
    .map((t): Op => async (repos, ids) => {
      const made = await repos.templates.create({
        name: t.name,
        body: t.body,
        category: t.category,
        locale: 'id',
        variants: { x: t.variant },
      });
      ids.templates.push(made.id);
    }),
  fc.record({ i: fc.nat(), name: hostile, body: hostile }).map((u): Op => async (repos, ids) => {
    const id = pick(ids.templates, u.i);
    if (id) await repos.templates.update(id, { name: u.name, body: u.body });
  }),
  fc.nat().map((i): Op => async (repos, ids) => {
    const id = pick(ids.templates, i);
    if (id) await repos.templates.remove(id);
  }),
  fc
    .record({ name: hostile, tags: fc.array(tag, { maxLength: 5 }) })
    .map((s): Op => async (repos, ids) => {
      ids.sets.push((await repos.hashtagSets.create(s)).id);
    }),
  fc
    .record({ i: fc.nat(), name: hostile, tags: fc.array(tag, { maxLength: 5 }) })
    .map((u): Op => async (repos, ids) => {
      const id = pick(ids.sets, u.i);
      if (id) await repos.hashtagSets.update(id, { name: u.name, tags: u.tags });
    }),
  fc.nat().map((i): Op => async (repos, ids) => {
    const id = pick(ids.sets, i);
    if (id) await repos.hashtagSets.remove(id);
  }),
  tag.map(
    (t): Op =>
      async (repos) =>
        repos.hashtags.upsert(t),
  ),
  fc
    .record({
      platform: fc.constantFrom(...PLATFORM_IDS),
      key: fc.constantFrom('main', 'dialog'),
      text: draftText,
      startNew: fc.boolean(),
    })
    .map(
      (d): Op =>
        async (repos) =>
          repos.drafts.saveDraftText(d.platform, d.key, d.text, { startNew: d.startNew }),
    ),
  fc.constantFrom('id', 'en').map(
    (locale): Op =>
      async (repos) =>
        repos.settings.set('locale', locale as 'id' | 'en'),
  ),
);

/** Runs the operations; a refused write (what the repository would not store) is skipped. */
async function reach(db: SapaDb, ops: Op[]): Promise<void> {
  let t = 1_700_000_000_000;
  const repos = createRepositories(db, { memberId: 'ana', now: () => (t += 1_000) });
  const ids = { templates: [] as string[], sets: [] as string[] };
  for (const run of ops) await run(repos, ids).catch(() => undefined);
}

async function withDbs<T>(count: number, body: (dbs: SapaDb[]) => Promise<T>): Promise<T> {
  const dbs = Array.from({ length: count }, () => freshDb('sapa-prop'));
  try {
    return await body(dbs);
  } finally {
    for (const d of dbs) {
      d.close();
      await d.delete();
    }
  }
}

const SHARED = ['templates', 'hashtagSets', 'hashtags', 'brandKit', 'checklistSettings'] as const;

describe('any reachable state round-trips', () => {
  it('as a backup: every table comes back identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(op, { maxLength: 14 }), async (seeded, ops) =>
        withDbs(2, async ([db, target]) => {
          if (seeded) await applySeeds(db!, 1_000);
          await reach(db!, ops);
          const result = await restoreBackup(
            target!,
            await blobText(await exportBackup(db!)),
            db!.name,
          );
          expect(result.ok ? [] : result.errors).toEqual([]);
          expect(withoutRestoreMark(await dumpAll(target!))).toEqual(await dumpAll(db!));
        }),
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('as a pack: the shared tables come back identical', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(op, { maxLength: 14 }), async (seeded, ops) =>
        withDbs(2, async ([db, target]) => {
          if (seeded) await applySeeds(db!, 1_000);
          await reach(db!, ops);
          const pack = await exportPack(db!, Object.fromEntries(SHARED.map((p) => [p, true])), {
            includeDeleted: true,
          });
          const preview = await previewImport(target!, packToJson(pack));
          expect(preview.ok ? [] : preview.errors).toEqual([]);
          if (!preview.ok) return;
          await applyImport(target!, preview);
          const [before, after] = [await dumpAll(db!), await dumpAll(target!)];
          for (const table of SHARED) expect(after[table]).toEqual(before[table]);
        }),
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
