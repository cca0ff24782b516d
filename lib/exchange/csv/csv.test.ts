import { beforeEach, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories, type SapaDb } from '@/lib/db';
import { applySeeds } from '@/lib/library/seed';
import { freshDb } from '@/tests/support/db';
import {
  applyHashtagCsvImport,
  CsvImportError,
  parseHashtagCsv,
  planHashtagCsvImport,
  readCsv,
  serialiseHashtagCsv,
} from './index';

function ok(text: string) {
  const r = parseHashtagCsv(text);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('\n'));
  return r;
}

describe('readCsv', () => {
  it('reads quotes, doubled quotes and line breaks inside quotes, with start lines', () => {
    const { records, errors } = readCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\nc,d\n', ',');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"\nthere'] },
      { line: 4, fields: ['c', 'd'] },
    ]);
  });

  it('reports an unclosed quote at the line where the row starts', () => {
    const { errors } = readCsv('set,tag\nA,"Buku\nB,C\n', ',');
    expect(errors[0]?.line).toBe(2);
    expect(errors[0]?.message.id).toMatch(/^Baris 2:/);
    expect(errors[0]?.message.en).toMatch(/^Line 2:/);
  });
});

describe('parseHashtagCsv', () => {
  it('groups rows by set, strips #, keeps CamelCase, and flags repeats', () => {
    const r = ok(
      'set,tag\nLiterasi,#GemarMembaca\nLiterasi,BulanBuku\nliterasi,#gemarmembaca\nAnak,Dongeng\n',
    );
    expect(r.sets).toEqual([
      {
        name: 'Literasi',
        tags: ['GemarMembaca', 'BulanBuku'],
        lines: [2, 3],
        duplicates: ['gemarmembaca'],
      },
      { name: 'Anak', tags: ['Dongeng'], lines: [5], duplicates: [] },
    ]);
  });

  it("accepts a BOM, CRLF, Excel's ; separator and its sep= line", () => {
    const semicolon = ok('\uFEFFset;tag\r\n"Kota; Pusat";PerpusKota\r\n');
    expect(semicolon.separator).toBe(';');
    expect(semicolon.sets[0]).toMatchObject({ name: 'Kota; Pusat', tags: ['PerpusKota'] });
    const sep = ok('sep=;\r\nset;tag\r\nA;B\r\nA;C\r\n');
    expect(sep.sets).toEqual([{ name: 'A', tags: ['B', 'C'], lines: [3, 4], duplicates: [] }]);
    const bad = parseHashtagCsv('sep=;\r\nset;tag\r\nA;B\r\nA;C,D\r\n');
    expect(!bad.ok && bad.errors.map((e) => e.line)).toEqual([4]);
  });

  it('ignores other columns in any order (note, tag, set)', () => {
    const r = ok('note,tag,set\n"a note, with comma",Pustaka,Umum\n');
    expect(r.sets[0]).toMatchObject({ name: 'Umum', tags: ['Pustaka'] });
  });

  it('lists every bad row by line, in both languages', () => {
    const r = parseHashtagCsv('set,tag\nA,Buku\n,Kosong\nB,\nC,bukan tagar\n\nD,#\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 7]);
    expect(r.errors[0]!.message.id).toBe('Baris 3: nama set kosong');
    expect(r.errors[0]!.message.en).toBe('Line 3: the set name is empty');
    expect(r.errors[2]!.message.en).toContain('"bukan tagar" is not a hashtag');
  });

  it('refuses a file without the header, and an empty file', () => {
    const noHeader = parseHashtagCsv('Literasi,Buku\n');
    expect(!noHeader.ok && noHeader.errors[0]!.line).toBe(1);
    const empty = parseHashtagCsv('\uFEFF\r\n');
    expect(!empty.ok && empty.errors[0]!.message.en).toBe('The CSV file is empty.');
  });
});

describe('serialiseHashtagCsv', () => {
  const sets = [
    { name: 'Literasi, Anak', tags: ['GemarMembaca', '#BulanBuku'] },
    { name: 'Kata "kutip"', tags: ['Perpus'] },
    { name: ' spasi ', tags: ['Ruang'] },
  ];

  it('writes a BOM, a header, CRLF and quotes only where needed', () => {
    const csv = serialiseHashtagCsv(sets);
    expect(csv).toBe(
      '\uFEFFset,tag\r\n"Literasi, Anak",GemarMembaca\r\n"Literasi, Anak",BulanBuku\r\n' +
        '"Kata ""kutip""",Perpus\r\n" spasi ",Ruang\r\n',
    );
  });

  it('round-trips through the parser with either separator', () => {
    for (const separator of [',', ';'] as const) {
      const parsed = ok(serialiseHashtagCsv(sets, { separator }));
      expect(parsed.sets.map((s) => ({ name: s.name, tags: s.tags }))).toEqual([
        { name: 'Literasi, Anak', tags: ['GemarMembaca', 'BulanBuku'] },
        { name: 'Kata "kutip"', tags: ['Perpus'] },
        { name: 'spasi', tags: ['Ruang'] },
      ]);
    }
  });
});

describe('CSV import', () => {
  let db: SapaDb;
  let repos: Repositories;
  beforeEach(async () => {
    db = freshDb();
    await applySeeds(db, 1);
    repos = createRepositories(db, { memberId: 'ana', now: () => 2_000 });
  });

  it('plans additions to an existing set by name and new sets, then writes them', async () => {
    const existing = await repos.hashtagSets.create({ name: 'Acara', tags: ['BulanBuku'] });
    const parsed = ok('set,tag\nacara,bulanbuku\nacara,Webinar\nBaru,Satu\n');
    const plan = planHashtagCsvImport(await repos.hashtagSets.list(), parsed.sets);
    expect(plan.ok && plan.entries).toEqual([
      {
        name: 'Acara',
        existingId: existing.id,
        added: ['Webinar'],
        skipped: ['bulanbuku'],
        tags: ['BulanBuku', 'Webinar'],
      },
      { name: 'Baru', added: ['Satu'], skipped: [], tags: ['Satu'] },
    ]);
    const result = await applyHashtagCsvImport(db, repos, parsed.sets);
    expect(result).toEqual({ created: 1, updated: 1, tagsAdded: 2 });
    expect((await repos.hashtagSets.get(existing.id))?.tags).toEqual(['BulanBuku', 'Webinar']);
    expect(await repos.hashtags.get('webinar')).toBeDefined();
  });

  it('writes nothing when one set does not fit', async () => {
    const full = Array.from({ length: 60 }, (_, i) => `Tag${i}`);
    await repos.hashtagSets.create({ name: 'Penuh', tags: full });
    const before = await repos.hashtagSets.list();
    const parsed = ok('set,tag\nZzz Baru,Satu\nPenuh,Lagi\n');
    await expect(applyHashtagCsvImport(db, repos, parsed.sets)).rejects.toBeInstanceOf(
      CsvImportError,
    );
    expect(await repos.hashtagSets.list()).toEqual(before);
    expect(await repos.hashtags.get('satu')).toBeUndefined();
  });
});

describe('hostile set names (docs/reliability.md)', () => {
  it('neutralises names a spreadsheet would run as a formula, and the import restores them', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1+2', '-3', '@SUM(A1)', 'Biasa'];
    const text = serialiseHashtagCsv(names.map((name) => ({ name, tags: ['Buku'] })));
    const cells = text
      .slice(1)
      .split('\r\n')
      .slice(1, -1)
      .map((line) => line.slice(0, line.lastIndexOf(',')));
    expect(cells).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      `"'+1+2"`,
      `"'-3"`,
      `"'@SUM(A1)"`,
      'Biasa',
    ]);
    expect(ok(text).sets.map((s) => s.name)).toEqual(names);
  });

  it('leaves a quote that does not guard a formula alone', () => {
    expect(ok("set,tag\n'Tahun Baru,Buku\n").sets[0]?.name).toBe("'Tahun Baru");
  });

  it.each([
    ['NUL', 'Acara\u0000'],
    ['a control character', 'Acara\u0007'],
    ['a line break', 'Acara\nBaru'],
    ['a right-to-left override', 'Acara\u202Egpj.exe'],
    ['broken text', 'Acara\uD800'],
  ])('refuses a set name with %s, saying why in both languages', (_, name) => {
    const r = parseHashtagCsv(serialiseHashtagCsv([{ name, tags: ['Buku'] }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(2);
    expect(r.errors[0]!.message.en).toMatch(/^Line 2: the set name contains /);
    expect(r.errors[0]!.message.id).toMatch(/^Baris 2: nama set /);
  });
});
