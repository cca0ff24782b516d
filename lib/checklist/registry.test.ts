import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdits } from './edits';
import { getRule, RULES, runChecklist, summarise } from './registry';
import type { AutoRule } from './rule';
import { defaultSettings } from './settings';
import { PLATFORM_IDS, type ChecklistInput } from './types';

const caption: ChecklistInput = {
  text:
    'Sahabat Perpus Kota, ikuti webinar "Literasi Digital untuk Keluarga" Sabtu, 12 Juli 2025 pukul 09.00 WIB. ' +
    'Daftar gratis: https://bit.ly/WebinarPerpusKota\n\n#PerpusKotaBandung #LiterasiDigital @perpuskotabdg',
  platform: 'facebook',
  brand: {
    libraryName: 'Perpus Kota',
    requiredHashtags: ['PerpusKotaBandung'],
    requiredMentions: ['perpuskotabdg'],
  },
};

describe('runChecklist', () => {
  it('gives one result per enabled rule, every auto rule passing on a good caption', () => {
    const results = runChecklist(caption);
    const ids = results.map((r) => r.ruleId);
    expect(new Set(ids).size).toBe(ids.length);
    const failing = results.filter((r) => r.status === 'fail');
    expect(failing.map((r) => [r.ruleId, r.message.en])).toEqual([]);
    for (const r of results) {
      expect(r.message.id.length).toBeGreaterThan(0);
      expect(r.message.en.length).toBeGreaterThan(0);
    }
  });

  it('every rule id is unique and every docs/checklist.md item 1–19 is covered', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(RULES.map((r) => r.item))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
  });

  it('skips disabled rules and applies the severity from the settings', () => {
    const settings = defaultSettings();
    settings.rules['hashtag-range'] = { enabled: false, severity: 'warn' };
    settings.rules['emoji'] = { enabled: true, severity: 'block' };
    const results = runChecklist({ text: '🎉🎉🎉🎉 #a #b #c', platform: 'x' }, settings);
    expect(results.find((r) => r.ruleId === 'hashtag-range')).toBeUndefined();
    const emoji = results.find((r) => r.ruleId === 'emoji')!;
    expect(emoji.status).toBe('fail');
    expect(emoji.severity).toBe('block');
  });

  it('gives spans inside the text and fixes that apply cleanly', () => {
    const text =
      'Lomba #resensibuku #ResensiBuku #BukuBaru #Literasi #Perpus #AyoMembaca. Daftar: https://bit.ly/x 📌 [LINK]';
    for (const platform of PLATFORM_IDS) {
      for (const r of runChecklist({ text, platform })) {
        for (const s of r.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
        }
        for (const f of r.fixes ?? []) expect(() => applyEdits(text, f.edits)).not.toThrow();
      }
    }
  });

  it('rejects an unknown platform', () => {
    expect(() => runChecklist({ text: 'x', platform: 'myspace' as never })).toThrow(RangeError);
  });

  it('runs without settings (defaults) on every platform', () => {
    for (const platform of PLATFORM_IDS) {
      expect(runChecklist({ text: '', platform }).length).toBeGreaterThan(15);
    }
  });
});

describe('runChecklist: what each rule is given and gives', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('finds a rule by its id', () => {
    expect(getRule('placeholders')?.id).toBe('placeholders');
    expect(getRule('no-such-rule')).toBeUndefined();
  });

  it('runs a rule the settings do not name, enabled at its default severity', () => {
    const results = runChecklist(caption, { ...defaultSettings(), rules: {} });
    const expected = RULES.filter(
      (r) => (!r.platforms || r.platforms.includes('facebook')) && !r.applies,
    );
    expect(results.map((r) => [r.ruleId, r.severity])).toEqual(
      expected.map((r) => [r.id, r.defaultSeverity]),
    );
  });

  it('names the platform it does not know', () => {
    expect(() => runChecklist({ text: 'x', platform: 'myspace' as never })).toThrow(
      'Unknown platform: myspace',
    );
  });

  it('runs the plan check only for a post with a plan', () => {
    const ids = (input: ChecklistInput) => runChecklist(input).map((r) => r.ruleId);
    expect(ids(caption)).not.toContain('plan-approved');
    const planned = runChecklist({ ...caption, plan: { title: 'Bulan Buku', approved: false } });
    expect(planned.find((r) => r.ruleId === 'plan-approved')?.status).toBe('fail');
  });

  it('asks a manual item as a question to tick, ticked or not, required or not', () => {
    const rule = getRule('second-review')!;
    const manual = (input: ChecklistInput) =>
      runChecklist(input).find((r) => r.ruleId === 'second-review');
    expect(rule.kind).toBe('manual');
    expect(manual(caption)).toStrictEqual({
      ruleId: 'second-review',
      severity: rule.defaultSeverity,
      status: 'manual',
      message: rule.kind === 'manual' ? rule.prompt : undefined,
      spans: [],
      ticked: false,
      required: false,
    });
    expect(manual({ ...caption, ticks: { 'second-review': true } })?.ticked).toBe(true);
  });

  it('reports a check that crashed as a failure naming it, and runs the others', () => {
    const rule = getRule('emoji') as AutoRule;
    const check = vi.spyOn(rule, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    const results = runChecklist(caption);
    expect(results.find((r) => r.ruleId === 'emoji')).toStrictEqual({
      ruleId: 'emoji',
      severity: rule.defaultSeverity,
      status: 'fail',
      message: {
        id: `Pemeriksaan "${rule.title.id}" gagal dijalankan: boom`,
        en: `The check "${rule.title.en}" could not run: boom`,
      },
      spans: [],
    });
    expect(results.filter((r) => r.status === 'pass').length).toBeGreaterThan(5);
    check.mockImplementation(() => {
      throw 'not an Error';
    });
    expect(runChecklist(caption).find((r) => r.ruleId === 'emoji')?.message.en).toBe(
      `The check "${rule.title.en}" could not run: not an Error`,
    );
  });

  it('gives fixes only with a failure that has some', () => {
    const results = runChecklist({ text: 'Yuk baca #Buku #buku', platform: 'instagram' });
    const duplicate = results.find((r) => r.ruleId === 'duplicate-hashtags')!;
    expect(duplicate.status).toBe('fail');
    expect(duplicate.fixes?.length).toBeGreaterThan(0);
    for (const r of results.filter((r) => r.status !== 'fail')) expect('fixes' in r).toBe(false);
  });
});

describe('summarise', () => {
  it('sums up no results as nothing in the way', () => {
    expect(summarise([])).toStrictEqual({
      blocking: [],
      warnings: [],
      notes: [],
      manualPending: [],
      requiredPending: [],
      passed: [],
      canPublish: true,
    });
  });

  it('counts the checks that passed', () => {
    const results = runChecklist(caption);
    const passed = results.filter((r) => r.status === 'pass');
    expect(passed.length).toBeGreaterThan(5);
    expect(summarise(results).passed).toEqual(passed);
  });

  it('lets a clean post through with manual items pending but not required', () => {
    const s = summarise(runChecklist(caption));
    expect(s.canPublish).toBe(true);
    expect(s.blocking).toEqual([]);
    expect(s.manualPending).toHaveLength(10);
    expect(s.requiredPending).toEqual([]);
  });

  it('blocks on a blocking failure and sorts warnings and notes apart', () => {
    const s = summarise(
      runChecklist({ text: 'Bedah buku {{judul}}, daftar sekarang! #a #b #c #d', platform: 'x' }),
    );
    expect(s.canPublish).toBe(false);
    expect(s.blocking.map((r) => r.ruleId)).toEqual(['placeholders']);
    expect(s.warnings.map((r) => r.ruleId)).toContain('event-link');
    // Style advice is info since the severity policy (docs/checklist.md): a note, not a warning.
    expect(s.notes.map((r) => r.ruleId)).toContain('hashtag-range');
  });

  it('blocks on a required manual item until it is ticked', () => {
    const settings = defaultSettings();
    settings.rules['second-review'] = { enabled: true, severity: 'info', required: true };
    const before = summarise(runChecklist(caption, settings));
    expect(before.canPublish).toBe(false);
    expect(before.requiredPending.map((r) => r.ruleId)).toEqual(['second-review']);
    expect(before.blocking.map((r) => r.ruleId)).toEqual(['second-review']);
    const after = summarise(
      runChecklist({ ...caption, ticks: { 'second-review': true } }, settings),
    );
    expect(after.canPublish).toBe(true);
  });

  it('an info or warn failure never blocks', () => {
    const settings = defaultSettings();
    settings.rules['placeholders'] = { enabled: true, severity: 'info' };
    const s = summarise(runChecklist({ text: 'TBD', platform: 'facebook' }, settings));
    expect(s.notes.map((r) => r.ruleId)).toEqual(['placeholders']);
    expect(s.canPublish).toBe(true);
  });
});

describe('purity', () => {
  it('no checklist source file uses the DOM or extension APIs', () => {
    const root = dirname(fileURLToPath(import.meta.url));
    const files = [
      ...readdirSync(root).map((f) => join(root, f)),
      ...readdirSync(join(root, 'rules')).map((f) => join(root, 'rules', f)),
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, f).not.toMatch(
        /\b(?:document|window|chrome|browser|localStorage|navigator)\s*[.[]/,
      );
    }
  });
});

const RESOLVING = new Set([
  'duplicate-hashtags',
  'banned-hashtags',
  'camelcase-hashtags',
  'unclickable-links',
  'hashtag-limit',
  'brand',
]);

describe('robustness', () => {
  it('never fails to run a rule, and keeps spans and fixes valid, on random captions', () => {
    const pieces = [
      ' ',
      '\n',
      'Perpustakaan',
      'kota',
      'buku',
      '#BulanBuku',
      '#perpustakaankota',
      '#123',
      '#',
      '@perpusnas_ri',
      'info@perpus.go.id',
      'https://bit.ly/abc',
      'htps://x.id',
      'www.',
      '.id',
      'perpus.go.id/opac',
      '(',
      ')',
      '“',
      '”',
      '"',
      '{{tanggal}}',
      '[LINK]',
      'TBD',
      '08123456789',
      '3273014507900002',
      '60%',
      '2 juta',
      'menurut',
      'Sumber:',
      'webinar',
      'pukul 09.00 WIB',
      '📚',
      '👨‍👩‍👧',
      '🇮🇩',
      '👍🏽',
      'e\u0301',
      '\u0301',
      '\u200d',
      '𝐁𝐮𝐤𝐮',
      'İ',
      'goblok',
      '\r\n',
      '…',
      '-',
      '.',
      '＃図書館',
      '＠',
    ];
    let seed = Number(process.env.FUZZ_SEED ?? 7);
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const settings = defaultSettings();
    settings.bannedHashtags = ['bulanbuku'];
    settings.knownHashtags = ['PerpustakaanKota'];
    for (let i = 0; i < Number(process.env.FUZZ_RUNS ?? 300); i++) {
      // Half the captions glue the pieces together, half separate them with spaces as people do.
      const glue = i % 2 === 0 ? '' : ' ';
      const n = Math.floor(rand() * 40);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(pieces[Math.floor(rand() * pieces.length)]!);
      const text = parts.join(glue);
      const platform = PLATFORM_IDS[i % PLATFORM_IDS.length]!;
      const input: ChecklistInput = {
        text,
        platform,
        brand: { requiredHashtags: ['Perpus'], requiredMentions: ['perpus'] },
      };
      const results = runChecklist(input, settings);
      for (const r of results) {
        expect(r.message.en, `${r.ruleId}: ${JSON.stringify(text)}`).not.toMatch(/could not run/);
        for (const s of r.spans) {
          expect(
            s.start >= 0 && s.start <= s.end && s.end <= text.length,
            JSON.stringify(text),
          ).toBe(true);
        }
        for (const f of r.fixes ?? []) {
          expect(
            () => applyEdits(text, f.edits),
            `${r.ruleId}: ${JSON.stringify(text)}`,
          ).not.toThrow();
        }
        // Fixes that resolve their rule completely (in text with spaces between words).
        if (glue === ' ' && RESOLVING.has(r.ruleId) && r.fixes) {
          const fixed = applyEdits(text, r.fixes[0]!.edits);
          const again = runChecklist({ ...input, text: fixed }, settings).find(
            (x) => x.ruleId === r.ruleId,
          )!;
          expect(
            again.status,
            `${r.ruleId}: ${JSON.stringify(text)} -> ${JSON.stringify(fixed)}`,
          ).toBe('pass');
        }
      }
    }
  });

  it('stays fast on a Facebook post over the 63,206 limit', () => {
    const unit =
      'Koleksi baru di Perpustakaan Kota 📚 https://bit.ly/x #BukuBaru @perpus 0812-3456-7890 ';
    const text = unit.repeat(Math.ceil(64_000 / unit.length)).slice(0, 64_000);
    const t0 = performance.now();
    const results = runChecklist({ text, platform: 'facebook' });
    const ms = performance.now() - t0;
    expect(results.find((r) => r.ruleId === 'length')!.status).toBe('fail');
    expect(ms).toBeLessThan(1_000);
  });
});
