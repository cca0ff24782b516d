/**
 * Text and time from outside Sapa, checked the same way at every way in
 * (docs/reliability.md, "One validation for every way in" and "Time from outside").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, DbError, type SapaDb } from '@/lib/db';
import { FUTURE_ALLOWANCE_MS } from '@/lib/db/clock';
import type { HashtagSetRecord } from '@/lib/db/types';
import { applyImport, parsePack, previewImport } from '@/lib/exchange/pack';
import { parseHashtagCsv } from '@/lib/exchange/csv';
import { libraryRequests } from '@/lib/library/requests';
import { diffItems, parseSource } from '@/lib/subscriptions';
import { checkDoc } from '@/lib/team-sync/engine';
import { countPending, exportEdits } from '@/lib/team-sync/engine/export';
import { openLedger } from '@/lib/team-sync/engine/ledger';
import { planDocument, type Body } from '@/lib/team-sync/engine/plan';
import { newTally, toReport } from '@/lib/team-sync/engine/run';
import { textProblem } from '@/lib/text';
import { memoryName, PouchDB, type TestPouch } from '@/tests/support/couch-server';
import { freshDb } from '@/tests/support/db';

const NOW = 1_750_000_000_000;
const YEAR_2100 = 4_102_444_800_000;

const BAD_NAMES: [string, string][] = [
  ['NUL', 'Acara\u0000'],
  ['a control character', 'Acara\u001B[31m'],
  ['a right-to-left override', 'Acara\u202Egpj.exe'],
  ['a left-to-right isolate', 'Acara\u2066x\u2069'],
  ['broken text', 'Acara\uDC00'],
];

const set = (name: string, extra: Record<string, unknown> = {}) => ({
  id: 'set_1',
  name,
  tags: ['Baca'],
  updatedAt: 1_000,
  updatedBy: 'ana',
  deleted: false,
  ...extra,
});
const pack = (sets: unknown[]) =>
  JSON.stringify({
    format: 'sapa-pack',
    version: 1,
    exportedAt: '2025-05-17T08:00:00.000Z',
    hashtagSets: sets,
  });
const doc = (record: Record<string, unknown>, rev = '1-a'): Body => ({
  _id: `hashtagSets:${String(record.id)}`,
  _rev: rev,
  sapa: 1,
  table: 'hashtagSets',
  record,
});

let db: SapaDb;
beforeEach(() => {
  db = freshDb('outside');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('one validation for every way in', () => {
  describe.each(BAD_NAMES)('a set name with %s', (_, name) => {
    it('is refused by the shared check, with a reason in both languages', () => {
      const problem = textProblem(name, 'name');
      expect(problem?.en).toMatch(/^contains /);
      expect(problem?.id).toMatch(/^berisi /);
    });

    it('is refused in a CSV file', () => {
      expect(parseHashtagCsv(`set,tag\n"${name}",Baca\n`).ok).toBe(false);
    });

    it('is refused in a pack, naming the field', () => {
      const parsed = parsePack(pack([set(name)]));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors[0]!.path).toBe('hashtagSets[0].name');
    });

    it('is refused from the team database', () => {
      expect(checkDoc(doc(set(name))).ok).toBe(false);
    });

    it('is refused from a subscription (pack or CSV)', () => {
      expect(parseSource(pack([set(name)])).ok).toBe(false);
      expect(parseSource(`set,tag\n"${name}",Baca\n`, 'text/csv').ok).toBe(false);
    });

    it("is refused by the repositories behind the dashboard's forms and the panel", async () => {
      const repos = createRepositories(db);
      await expect(repos.hashtagSets.create({ name, tags: ['Baca'] })).rejects.toBeInstanceOf(
        DbError,
      );
      await expect(
        repos.templates.create({ name, category: '', body: 'Isi', locale: 'id' }),
      ).rejects.toBeInstanceOf(DbError);
      const payload = libraryRequests['hashtagSets.create'].payload;
      expect(payload.safeParse({ name, tags: ['Baca'] }).success).toBe(false);
    });
  });

  it('keeps tabs and line breaks in free text, and right-to-left text in names', () => {
    expect(textProblem('Baris satu\n\tdua', 'text')).toBeUndefined();
    expect(textProblem('مكتبة المدينة', 'name')).toBeUndefined();
    expect(parsePack(pack([set('مكتبة المدينة')])).ok).toBe(true);
  });

  describe('a set stored before the check (an older Sapa) and refused on the way out', () => {
    let replica: TestPouch;
    beforeEach(() => {
      replica = new PouchDB(memoryName('replica-outside'));
    });
    afterEach(async () => {
      await replica.destroy();
    });

    it('is counted apart from the pending changes and shown with its reason', async () => {
      await db.hashtagSets.put(set('Acara\u202Egpj') as HashtagSetRecord);
      const run = {
        db,
        replica,
        remote: undefined as never,
        now: () => NOW,
        ledger: await openLedger(replica),
        tally: newTally(),
      };
      await exportEdits(run);
      expect(await countPending(db, run.ledger)).toBe(0);
      const report = toReport(run.tally, NOW, NOW);
      expect(report.skipped).toEqual([
        {
          docId: 'hashtagSets:set_1',
          local: true,
          reason: {
            id: expect.stringContaining('pengubah arah teks'),
            en: expect.stringContaining('text-direction override'),
          },
        },
      ]);
    });
  });
});

describe('time from outside is clamped to now plus the allowance', () => {
  it('from a pack', async () => {
    const preview = await previewImport(db, pack([set('Masa depan', { updatedAt: YEAR_2100 })]), {
      now: NOW,
    });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    await applyImport(db, preview, { now: NOW });
    const stored = await createRepositories(db).hashtagSets.get('set_1');
    expect(stored?.updatedAt).toBe(NOW + FUTURE_ALLOWANCE_MS);
  });

  it('from a pack, so a later edit elsewhere wins', async () => {
    const first = await previewImport(db, pack([set('Masa depan', { updatedAt: YEAR_2100 })]), {
      now: NOW,
    });
    if (first.ok) await applyImport(db, first, { now: NOW });
    const later = NOW + FUTURE_ALLOWANCE_MS + 60_000;
    const second = await previewImport(db, pack([set('Suntingan', { updatedAt: later })]), {
      now: later,
    });
    expect(second.ok && second.updated).toBe(1);
  });

  it('from a subscription', () => {
    const diff = diffItems(
      [],
      [
        {
          table: 'hashtagSets',
          sourceId: 's',
          fields: { name: 'A', tags: [], updatedAt: YEAR_2100 },
        },
      ],
      { source: { subscriptionId: 'sA', title: 'P', url: 'https://x.id/p' }, now: NOW },
    );
    expect(diff.put[0]!.record.updatedAt).toBe(NOW + FUTURE_ALLOWANCE_MS);
  });

  it('from the team database, before the conflict rule picks a winner', () => {
    const future = doc(set('Masa depan', { updatedAt: YEAR_2100 }), '2-f');
    const edit = doc(set('Suntingan', { updatedAt: NOW + FUTURE_ALLOWANCE_MS + 1 }), '2-a');
    const work = {
      item: { id: future._id, doc: future, leaves: ['2-f', '2-a'] },
      conflicts: ['2-a'],
      deleted: [],
    };
    const fetched = new Map([[`${future._id}\n2-a`, edit]]);
    const plan = planDocument(
      work,
      { table: 'hashtagSets', recordId: 'set_1' },
      fetched,
      undefined,
      () => undefined,
      NOW,
    );
    expect(plan.kind === 'winner' && plan.winner.record).toMatchObject({ name: 'Suntingan' });
    const alone = planDocument(
      { item: { id: future._id, doc: future, leaves: ['2-f'] }, conflicts: [], deleted: [] },
      { table: 'hashtagSets', recordId: 'set_1' },
      new Map(),
      undefined,
      () => undefined,
      NOW,
    );
    expect(alone.kind === 'winner' && alone.winner.record.updatedAt).toBe(
      NOW + FUTURE_ALLOWANCE_MS,
    );
  });
});
