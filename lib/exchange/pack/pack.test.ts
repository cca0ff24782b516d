import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { dumpAll, type SapaDb } from '@/lib/db/schema';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import { applyImport, exportPack, packToJson, parsePack, previewImport } from '.';

let db: SapaDb;
beforeEach(async () => {
  db = freshDb();
  await applySeeds(db, 1_000);
  const repos = createRepositories(db, { memberId: 'ana', now: () => 2_000 });
  await repos.templates.create({
    id: 'tpl-local',
    name: 'Lokal',
    category: 'x',
    body: 'lokal',
    locale: 'id',
  });
  await repos.drafts.saveDraftText('x', 'main', 'draf pribadi');
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const T = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  updatedAt: 5_000,
  updatedBy: 'budi',
  deleted: false,
  name: `Template ${id}`,
  category: 'event',
  body: 'Halo {{library}}',
  variants: { x: 'Halo' },
  variables: [{ name: 'acara', label: { id: 'Acara', en: 'Event' }, type: 'text' }],
  locale: 'id',
  ...extra,
});
const H = (tag: string, extra: Record<string, unknown> = {}) => ({
  id: tag.toLowerCase(),
  tag,
  updatedAt: 5_000,
  updatedBy: 'budi',
  deleted: false,
  ...extra,
});
const base = () => ({ format: 'sapa-pack', version: 1, exportedAt: '2025-05-17T08:00:00.000Z' });
const json = (v: unknown) => JSON.stringify(v);

describe('malformed packs are rejected with a clear message and change nothing', () => {
  const deep = (n: number) => '['.repeat(n) + '"x"' + ']'.repeat(n);
  const cases: [string, () => string, string][] = [
    ['invalid JSON', () => '{"format": "sapa-pack",', 'JSON'],
    ['empty file', () => '   ', 'empty'],
    ['top level is an array', () => json([base()]), 'JSON object'],
    ['top level is a string', () => json('sapa-pack'), 'JSON object'],
    ['top level is null', () => 'null', 'JSON object'],
    ['wrong format', () => json({ ...base(), format: 'other-pack' }), 'format must be "sapa-pack"'],
    ['missing format', () => json({ version: 1 }), 'not a Sapa pack'],
    ['newer version', () => json({ ...base(), version: 2 }), 'newer Sapa'],
    ['version as text', () => json({ ...base(), version: '1' }), 'version: must be one of: 1'],
    [
      'missing exportedAt',
      () => json({ format: 'sapa-pack', version: 1 }),
      'exportedAt: is required',
    ],
    [
      'bad exportedAt',
      () => json({ ...base(), exportedAt: 'kemarin' }),
      'exportedAt: is not an ISO 8601 date',
    ],
    [
      'templates not an array',
      () => json({ ...base(), templates: { a: 1 } }),
      'templates: must be a list',
    ],
    [
      'template missing name',
      () =>
        json({ ...base(), templates: [T('a'), T('b'), T('c'), { ...T('d'), name: undefined }] }),
      'templates[3].name: is required',
    ],
    [
      'template empty name',
      () => json({ ...base(), templates: [T('a', { name: '   ' })] }),
      'templates[0].name: must not be empty',
    ],
    [
      'template updatedAt as text',
      () => json({ ...base(), templates: [T('a', { updatedAt: 'now' })] }),
      'templates[0].updatedAt: must be a number',
    ],
    [
      'template bad locale',
      () => json({ ...base(), templates: [T('a', { locale: 'fr' })] }),
      'templates[0].locale: must be one of',
    ],
    [
      'variable bad type',
      () =>
        json({
          ...base(),
          templates: [
            T('a', { variables: [{ name: 'x', label: { id: 'x', en: 'x' }, type: 'html' }] }),
          ],
        }),
      'templates[0].variables[0].type',
    ],
    [
      'variable bad name',
      () =>
        json({
          ...base(),
          templates: [
            T('a', {
              variables: [{ name: 'has space', label: { id: 'x', en: 'x' }, type: 'text' }],
            }),
          ],
        }),
      'templates[0].variables[0].name',
    ],
    [
      'duplicate template ids',
      () => json({ ...base(), templates: [T('a'), T('b'), T('a')] }),
      'templates[2].id: id "a" is already used by templates[0]',
    ],
    [
      'duplicate hashtag ids',
      () => json({ ...base(), hashtags: [H('BulanBuku'), H('bulanbuku')] }),
      'hashtags[1].id',
    ],
    [
      'hashtag id breaks the id rule',
      () => json({ ...base(), hashtags: [{ ...H('BulanBuku'), id: 'BulanBuku' }] }),
      'hashtags[0].id: must be "bulanbuku"',
    ],
    [
      'invalid hashtag in a set',
      () =>
        json({
          ...base(),
          hashtagSets: [
            { id: 's', updatedAt: 1, updatedBy: 'b', name: 'S', tags: ['ok', 'not ok'] },
          ],
        }),
      'hashtagSets[0].tags[1]: is not a valid hashtag',
    ],
    [
      'brand kit with wrong id',
      () => json({ ...base(), brandKit: { id: 'other', updatedAt: 1, updatedBy: 'b' } }),
      'brandKit.id: must be one of: "brand"',
    ],
    [
      'checklist severity unknown',
      () =>
        json({
          ...base(),
          checklistSettings: {
            id: 'team',
            updatedAt: 1,
            updatedBy: 'b',
            rules: { length: { enabled: true, severity: 'fatal' } },
            sensitiveWords: { id: [], en: [] },
            bannedHashtags: [],
          },
        }),
      'checklistSettings.rules.length.severity',
    ],
    [
      'hashtag range min > max',
      () =>
        json({
          ...base(),
          checklistSettings: {
            id: 'team',
            updatedAt: 1,
            updatedBy: 'b',
            rules: {},
            sensitiveWords: { id: [], en: [] },
            bannedHashtags: [],
            hashtagRanges: { x: { min: 5, max: 1 } },
          },
        }),
      'checklistSettings.hashtagRanges.x: min must not exceed max',
    ],
    [
      'control character in a body',
      () => json({ ...base(), templates: [T('a', { body: 'halo\u0000dunia' })] }),
      'templates[0].body: contains control characters',
    ],
    [
      'control character in an unknown field',
      () => json({ ...base(), templates: [T('a', { extra: { note: 'x\u001b[31m' } })] }),
      'templates[0].extra.note: contains control characters',
    ],
    [
      'lone surrogate',
      () => json({ ...base(), templates: [T('a', { name: 'a\ud800b' })] }),
      'templates[0].name: contains broken text',
    ],
    [
      'oversized string',
      () => json({ ...base(), templates: [T('a', { body: 'a'.repeat(25_000) })] }),
      'templates[0].body: text too long',
    ],
    [
      'oversized name',
      () => json({ ...base(), templates: [T('a', { name: 'n'.repeat(300) })] }),
      'templates[0].name: is too long (max 200',
    ],
    [
      'too many tags in a set',
      () =>
        json({
          ...base(),
          hashtagSets: [
            {
              id: 's',
              updatedAt: 1,
              updatedBy: 'b',
              name: 'S',
              tags: Array.from({ length: 61 }, (_, i) => `t${i}`),
            },
          ],
        }),
      'hashtagSets[0].tags: has too many items (max 60)',
    ],
    [
      'deeply nested junk',
      () => json({ ...base(), templates: [T('a', { junk: 'J' })] }).replace('"J"', deep(20)),
      'nested too deeply',
    ],
    [
      'absurdly deep junk (100,000 levels)',
      () => json({ ...base(), templates: [T('a', { junk: 'J' })] }).replace('"J"', deep(100_000)),
      'nested too deeply',
    ],
    [
      'brackets inside strings do not count as depth',
      () =>
        json({
          ...base(),
          templates: [T('a', { body: '[[[[[[[[[[[[[[[[[[[[[[[[', locale: 'xx' })],
        }),
      'templates[0].locale',
    ],
    [
      'a 10 MB file',
      () => json({ ...base(), templates: [T('a', { body: 'x'.repeat(10 * 1024 * 1024) })] }),
      'too large (10.0 MB)',
    ],
    [
      'multi-byte file over 5 MB',
      () => json({ ...base(), library: 'é'.repeat(2_700_000) }),
      'too large',
    ],
    [
      'one bad record among good ones',
      () =>
        json({ ...base(), hashtags: [H('Perpus'), H('Baca'), { ...H('Buku'), updatedBy: 42 }] }),
      'hashtags[2].updatedBy: must be text',
    ],
  ];

  it.each(cases)('%s', async (_name, make, expected) => {
    const before = await dumpAll(db);
    const result = await previewImport(db, make());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.length).toBeGreaterThan(0);
    const first = result.errors[0]!;
    expect(first.message.en).toContain(expected);
    expect(first.message.id.length).toBeGreaterThan(5);
    expect(first.message.id).not.toBe(first.message.en);
    if (first.path) expect(first.message.en.startsWith(first.path)).toBe(true);
    expect(await dumpAll(db)).toEqual(before);
  });

  // Each limit: the value at the limit is accepted, one past it is refused with its message.
  const atAndPast: [string, (n: number) => string, number, string][] = [
    [
      'a body of 20,000 characters',
      (n) => json({ ...base(), templates: [T('a', { body: 'a'.repeat(n) })] }),
      20_000,
      'templates[0].body: text too long (max 20000 characters)',
    ],
    [
      'a name of 200 characters',
      (n) => json({ ...base(), templates: [T('a', { name: 'n'.repeat(n) })] }),
      200,
      'templates[0].name: is too long (max 200',
    ],
    [
      '60 tags in a set',
      (n) =>
        json({
          ...base(),
          hashtagSets: [
            {
              id: 's',
              updatedAt: 1,
              updatedBy: 'b',
              name: 'S',
              tags: Array.from({ length: n }, (_, i) => `t${i}`),
            },
          ],
        }),
      60,
      'hashtagSets[0].tags: has too many items (max 60)',
    ],
    [
      '30 variables',
      (n) =>
        json({
          ...base(),
          templates: [
            T('a', {
              variables: Array.from({ length: n }, (_, i) => ({
                name: `v${i}`,
                label: { id: 'x', en: 'x' },
                type: 'text',
              })),
            }),
          ],
        }),
      30,
      'templates[0].variables: has too many items (max 30)',
    ],
    [
      'a range with min equal to max',
      (n) =>
        json({
          ...base(),
          checklistSettings: {
            id: 'team',
            updatedAt: 1,
            updatedBy: 'b',
            rules: {},
            sensitiveWords: { id: [], en: [] },
            bannedHashtags: [],
            hashtagRanges: { x: { min: n, max: 5 } },
          },
        }),
      5,
      'checklistSettings.hashtagRanges.x: min must not exceed max',
    ],
  ];

  it.each(atAndPast)('accepts %s and refuses one more', async (_name, make, limit, message) => {
    expect((await previewImport(db, make(limit))).ok).toBe(true);
    const past = await previewImport(db, make(limit + 1));
    expect(past.ok).toBe(false);
    if (past.ok) return;
    expect(past.errors[0]!.message.en.startsWith(message)).toBe(true);
  });

  it('accepts nesting up to the limit and refuses one level more', async () => {
    // templates[0].junk holds nine nested lists: its innermost text is 12 levels below the top.
    const junk = (levels: number) =>
      json({ ...base(), templates: [T('a', { junk: 'J' })] }).replace('"J"', deep(levels));
    expect((await previewImport(db, junk(9))).ok).toBe(true);
    const past = await previewImport(db, junk(10));
    expect(past.ok ? [] : past.errors.map((e) => e.message)).toEqual([
      {
        id: 'templates[0].junk[0][0][0][0][0][0][0][0][0]: susunan data terlalu dalam (maks 12 tingkat)',
        en: 'templates[0].junk[0][0][0][0][0][0][0][0][0]: data nested too deeply (max 12 levels)',
      },
    ]);
    // Deeper still is refused from the raw text, before the JSON is parsed.
    const far = await previewImport(db, junk(11));
    expect(far.ok ? [] : far.errors.map((e) => e.message)).toEqual([
      {
        id: 'Susunan data terlalu dalam (maks 12 tingkat).',
        en: 'The data is nested too deeply (max 12 levels).',
      },
    ]);
  });

  it('names every bad record, not only the first, in both languages', async () => {
    const result = await previewImport(
      db,
      json({ ...base(), templates: [T('a', { locale: 'fr' }), T('b'), T('c', { name: '' })] }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      {
        path: 'templates[0].locale',
        message: {
          id: 'templates[0].locale: harus salah satu dari: "id", "en"',
          en: 'templates[0].locale: must be one of: "id", "en"',
        },
      },
      {
        path: 'templates[2].name',
        message: {
          id: 'templates[2].name: tidak boleh kosong',
          en: 'templates[2].name: must not be empty',
        },
      },
    ]);
  });
});

describe('good packs', () => {
  it('imports with the right added / updated / skipped counts', async () => {
    const seedTpl = (await db.templates.get('seed:tpl:webinar:id'))!;
    const pack = {
      ...base(),
      library: 'Perpustakaan Kampus',
      templates: [
        T('new-1'),
        T('new-2'),
        { ...seedTpl, body: 'Webinar versi baru', updatedAt: 9_000 }, // newer → update
        { ...seedTpl }, // identical → skip (same id twice is refused, so use another)
      ].slice(0, 3),
      hashtags: [H('HashtagBaru'), { ...H('Perpusnas'), updatedAt: 1_000, updatedBy: 'seed' }],
      hashtagSets: [],
    };
    const before = await dumpAll(db);
    const preview = await previewImport(db, json(pack));
    expect(preview).toMatchObject({ ok: true, added: 3, updated: 1, skipped: 1 });
    expect(await dumpAll(db)).toEqual(before); // preview writes nothing
    if (!preview.ok) return;
    expect(preview.conflicts).toEqual([
      { table: 'templates', id: 'seed:tpl:webinar:id', kept: 'incoming' },
    ]);
    const done = await applyImport(db, preview, { now: 10_000 });
    expect(done).toMatchObject({ added: 3, updated: 1, skipped: 1 });
    expect((await db.templates.get('seed:tpl:webinar:id'))?.body).toBe('Webinar versi baru');
    expect((await db.templates.get('new-1'))?.searchWords).toEqual([
      'template new-1',
      'template',
      'new',
      '1',
    ]);
    const conflicts = await db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      table: 'templates',
      recordId: 'seed:tpl:webinar:id',
      kept: 'incoming',
      loser: { body: seedTpl.body },
    });
    // Importing the same pack again changes nothing.
    const again = await previewImport(db, json(pack));
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0, skipped: 5, conflicts: [] });
  });

  it('an older incoming version loses but is kept in conflicts', async () => {
    const local = (await db.templates.get('tpl-local'))!;
    const preview = await previewImport(
      db,
      json({ ...base(), templates: [{ ...local, body: 'lama', updatedAt: 100 }] }),
    );
    expect(preview).toMatchObject({
      ok: true,
      added: 0,
      updated: 0,
      skipped: 1,
      conflicts: [{ kept: 'local' }],
    });
    if (!preview.ok) return;
    await applyImport(db, preview);
    expect((await db.templates.get('tpl-local'))?.body).toBe('lokal');
    expect((await db.conflicts.toArray())[0]).toMatchObject({
      kept: 'local',
      loser: { body: 'lama' },
    });
  });

  it('ties are broken deterministically (same result from either side)', async () => {
    const local = (await db.templates.get('tpl-local'))!;
    const incoming = { ...local, body: 'lain', updatedBy: 'zaki' };
    const preview = await previewImport(db, json({ ...base(), templates: [incoming] }));
    expect(preview).toMatchObject({ ok: true, updated: 1 }); // 'zaki' > 'ana'
  });

  it('markup and scripts are accepted as plain text and stored exactly', async () => {
    const evil =
      '<script>alert(1)</script><img src=x onerror=alert(2)> **bold** {{library}} &amp; "quotes"';
    const pack = {
      ...base(),
      exportedBy: evil,
      library: evil,
      templates: [
        T('m', {
          name: evil,
          category: evil.slice(0, 60),
          body: evil,
          variants: { x: evil, instagram: evil },
          variables: [
            {
              name: 'v',
              label: { id: evil, en: evil },
              type: 'choice',
              options: [evil],
              default: evil,
            },
          ],
        }),
      ],
      hashtagSets: [{ id: 'set-m', updatedAt: 1, updatedBy: evil, name: evil, tags: ['Aman'] }],
      brandKit: {
        id: 'brand',
        updatedAt: 99_999,
        updatedBy: 'b',
        libraryName: evil.slice(0, 200),
        tagline: evil,
        website: evil,
        linkInBio: evil,
        signOff: evil,
        handles: { x: evil.slice(0, 100) },
        signatureHashtags: [],
      },
    };
    const preview = await previewImport(db, json(pack));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    await applyImport(db, preview);
    const t = (await db.templates.get('m'))!;
    expect([
      t.name,
      t.body,
      t.variants.x,
      t.variables[0]?.label.id,
      t.variables[0]?.options?.[0],
      t.variables[0]?.default,
    ]).toEqual(Array(6).fill(evil));
    expect((await db.hashtagSets.get('set-m'))?.name).toBe(evil);
    expect((await db.brandKit.get('brand'))?.tagline).toBe(evil);
  });

  it('a leading byte-order mark is accepted', async () => {
    const result = parsePack('\uFEFF' + json({ ...base(), hashtags: [H('Baca')] }));
    expect(result.ok).toBe(true);
  });

  it('unknown fields in records are kept; unknown top-level fields are ignored', async () => {
    const preview = await previewImport(
      db,
      json({ ...base(), futureTopLevel: 1, templates: [T('u', { newField: { nested: [1, 2] } })] }),
    );
    if (!preview.ok) throw new Error('expected ok');
    await applyImport(db, preview);
    expect(await db.templates.get('u')).toMatchObject({ newField: { nested: [1, 2] } });
  });

  it('apply is all or nothing', async () => {
    const local = (await db.templates.get('tpl-local'))!;
    const preview = await previewImport(
      db,
      json({
        ...base(),
        templates: [T('z1'), { ...local, body: 'baru', updatedAt: 99_000 }],
        hashtags: [H('Satu')],
      }),
    );
    if (!preview.ok) throw new Error('expected ok');
    const before = await dumpAll(db);
    vi.spyOn(db.conflicts, 'bulkAdd').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(applyImport(db, preview)).rejects.toMatchObject({
      name: 'DbError',
      code: 'quota',
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('export → import into another database round-trips', async () => {
    const pack = await exportPack(
      db,
      {
        templates: true,
        hashtagSets: true,
        hashtags: true,
        brandKit: true,
        checklistSettings: true,
      },
      { library: 'Perpus', now: 3_000 },
    );
    expect(pack.templates?.some((t) => 'searchWords' in t)).toBe(false);
    const other = freshDb();
    const preview = await previewImport(other, packToJson(pack));
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.added).toBe(
      (pack.templates?.length ?? 0) +
        (pack.hashtagSets?.length ?? 0) +
        (pack.hashtags?.length ?? 0) +
        2,
    );
    await applyImport(other, preview);
    expect(await createRepositories(other).templates.searchByPrefix('webinar')).toHaveLength(2);
    other.close();
    await other.delete();
  });

  it('tombstones are exported only on request', async () => {
    await createRepositories(db).templates.remove('tpl-local');
    expect(
      (await exportPack(db, { templates: true })).templates?.some((t) => t.id === 'tpl-local'),
    ).toBe(false);
    expect(
      (await exportPack(db, { templates: true }, { includeDeleted: true })).templates?.find(
        (t) => t.id === 'tpl-local',
      )?.deleted,
    ).toBe(true);
  });
});
