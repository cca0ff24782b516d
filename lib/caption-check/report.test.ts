import { describe, expect, test } from 'vitest';
import { createRepositories } from '@/lib/db/repositories';
import { SapaDb, DB_NAME } from '@/lib/db/schema';
import { blobText, exportBackup } from '@/lib/exchange/backup';
import { applySeeds } from '@/lib/library/seed';
import { defaultSettings } from '@/lib/checklist';
import { teamChecklistData } from '@/lib/gate/team-checklist';
import { checkCaption } from './check';
import { checkPlan, checkToJson, exitCodeOf, planRowToText } from './report';
import { defaultTeam, teamFromFile } from './settings-file';

const UNFINISHED = 'Webinar literasi digital {{tanggal}}\nDaftar di [LINK] #LiterasiDigital';
const GOOD = 'Koleksi baru bulan ini sudah datang! Pinjam di lantai 2. #GemarMembaca';

describe('checking a caption without the platform', () => {
  test('an unfilled placeholder blocks, in the JSON a script reads', () => {
    const check = checkCaption(UNFINISHED, 'x', defaultTeam(), 'en');
    const json = JSON.parse(checkToJson(check)) as {
      platform: string;
      findings: { rule: string; severity: string; message: string }[];
    };
    expect(json.platform).toBe('x');
    expect(json.findings[0]).toEqual({
      rule: 'placeholders',
      severity: 'block',
      message: expect.stringContaining('{{tanggal}}'),
    });
    // Findings are automatic checks only; manual items are listed apart.
    expect(json.findings.every((finding) => finding.severity !== undefined)).toBe(true);
    expect(check.manual.length).toBeGreaterThan(0);
    expect(json.findings.map((finding) => finding.rule)).not.toContain('source-check');
    expect(exitCodeOf([check])).toBe(1);
  });

  test('messages come in the language asked for', () => {
    const check = checkCaption(UNFINISHED, 'x', defaultTeam(), 'id');
    expect(check.findings[0]!.message).toMatch(/belum diisi/);
  });

  test('a good caption has nothing that blocks', () => {
    const check = checkCaption(GOOD, 'facebook', defaultTeam(), 'en');
    expect(check.findings.filter((finding) => finding.severity === 'block')).toEqual([]);
    expect(exitCodeOf([check])).toBe(0);
  });
});

describe('a content plan', () => {
  const team = defaultTeam();

  test('each row is checked for its own platform, semicolons and quoted line breaks included', () => {
    const csv = ['platform;caption', `x;"${UNFINISHED}"`, `Facebook;${GOOD}`, 'myspace;Halo'].join(
      '\n',
    );
    const plan = checkPlan(csv, team, 'en');
    if (!plan.ok) throw new Error(plan.problem.en);
    const lines = plan.rows.map((row) => planRowToText(row, 'en'));
    expect(lines[0]).toMatch(/^line 2 · x · block:placeholders/);
    expect(lines[1]).toMatch(/^line 4 · facebook · /);
    expect(lines[1]).not.toMatch(/block:/);
    expect(lines[2]).toBe('line 5 · unknown platform "myspace" (x, instagram, facebook, tiktok)');
  });

  test('a plan without the two columns is refused with a clear message', () => {
    const plan = checkPlan('tanggal,teks\n2026-12-01,Halo', team, 'id');
    expect(plan).toEqual({
      ok: false,
      problem: expect.objectContaining({ en: expect.stringContaining('"platform" and "caption"') }),
    });
  });
});

describe('settings from a pack or a backup', () => {
  const pack = (checklistSettings: unknown) =>
    JSON.stringify({
      format: 'sapa-pack',
      version: 1,
      exportedAt: '2026-12-01T08:00:00.000Z',
      checklistSettings,
      brandKit: {
        id: 'brand',
        updatedAt: 1,
        updatedBy: 'tim',
        libraryName: 'Perpustakaan Kota',
        signatureHashtags: ['PerpusKota'],
      },
    });

  test("a pack's banned hashtags and brand kit are the ones used", async () => {
    const settings = {
      ...defaultSettings(),
      id: 'team',
      updatedAt: 1,
      updatedBy: 'tim',
      bannedHashtags: ['judol'],
    };
    const loaded = await teamFromFile(pack(settings));
    if (!loaded.ok) throw new Error(loaded.errors[0]!.en);
    expect(loaded.source).toBe('pack');
    const check = checkCaption(
      'Awas #judol di sekitar kita #PerpusKota',
      'instagram',
      loaded.team,
      'en',
    );
    expect(check.findings.map((finding) => finding.rule)).toContain('banned-hashtags');
    expect(loaded.team.brand.requiredHashtags).toEqual(['PerpusKota']);
    expect(
      checkCaption('Awas #judol', 'instagram', team(), 'en').findings.map((f) => f.rule),
    ).not.toContain('banned-hashtags');
  });

  test("a backup's checklist settings and brand kit are the ones used", async () => {
    // A backup names the database it came from; Sapa's own is the one the CLI accepts.
    const db = new SapaDb(DB_NAME);
    try {
      await applySeeds(db, 1_000);
      const repos = createRepositories(db, { now: () => 2_000 });
      await repos.checklistSettings.save({ bannedHashtags: ['judol'] });
      await repos.brandKit.save({
        libraryName: 'Perpustakaan Desa',
        signatureHashtags: ['PerpusDesa'],
      });
      const loaded = await teamFromFile(await blobText(await exportBackup(db)));
      if (!loaded.ok) throw new Error(loaded.errors[0]!.en);
      expect(loaded.source).toBe('backup');
      expect(loaded.team.brand.requiredHashtags).toEqual(['PerpusDesa']);
      const check = checkCaption('Awas #judol #PerpusDesa', 'facebook', loaded.team, 'en');
      expect(check.findings.map((finding) => finding.rule)).toContain('banned-hashtags');
    } finally {
      db.close();
      await db.delete();
    }
  });

  test('a file that is neither says so in both languages', async () => {
    const loaded = await teamFromFile('{"hello": 1}');
    expect(loaded).toEqual({
      ok: false,
      errors: [
        {
          id: expect.stringContaining('bukan paket Sapa'),
          en: expect.stringContaining('neither a Sapa pack'),
        },
      ],
    });
  });

  test('a broken pack gives the import’s own messages', async () => {
    const loaded = await teamFromFile(pack({ id: 'team', rules: 'semua' }));
    expect(loaded.ok).toBe(false);
  });
});

function team() {
  return teamChecklistData(undefined, undefined, false);
}
