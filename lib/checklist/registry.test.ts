import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits';
import { RULES, runChecklist, summarise } from './registry';
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

  it('every rule id is unique and every CHECKLIST.md item 1–18 is covered', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(RULES.map((r) => r.item))].sort((a, b) => a - b)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
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

  it('runs without settings (defaults) on every platform', () => {
    for (const platform of PLATFORM_IDS) {
      expect(runChecklist({ text: '', platform }).length).toBeGreaterThan(15);
    }
  });
});

describe('summarise', () => {
  it('lets a clean post through with manual items pending but not required', () => {
    const s = summarise(runChecklist(caption));
    expect(s.canPublish).toBe(true);
    expect(s.blocking).toEqual([]);
    expect(s.manualPending).toHaveLength(10);
    expect(s.requiredPending).toEqual([]);
  });

  it('blocks on a blocking failure and sorts warnings apart', () => {
    const s = summarise(runChecklist({ text: 'Bedah buku {{judul}} #a #b #c #d', platform: 'x' }));
    expect(s.canPublish).toBe(false);
    expect(s.blocking.map((r) => r.ruleId)).toEqual(['placeholders']);
    expect(s.warnings.map((r) => r.ruleId)).toContain('hashtag-range');
    expect(s.warnings.map((r) => r.ruleId)).toContain('event-link');
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
