import { describe, expect, it } from 'vitest';
import { runChecklist } from '../registry';
import { MANUAL_RULE_IDS } from '../rule-defaults';
import { defaultSettings } from '../settings';
import { MANUAL_RULES } from './manual';

describe('manual items', () => {
  it('covers docs/checklist.md items 9–18 that need a person (11, 12, 14–18 and the manual halves of 9, 10, 13)', () => {
    expect(MANUAL_RULES.map((r) => r.item).sort((a, b) => a - b)).toEqual([
      9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
    ]);
    for (const r of MANUAL_RULES) {
      expect(r.defaultSeverity).toBe('info');
      expect(r.prompt.id.length).toBeGreaterThan(10);
      expect(r.prompt.en.length).toBeGreaterThan(10);
      expect(r.prompt.id).not.toBe(r.prompt.en);
    }
  });

  it('reports every manual item as manual, with its tick from the input', () => {
    const results = runChecklist({
      text: 'Foto kegiatan mendongeng anak-anak',
      platform: 'instagram',
      ticks: { consent: true, 'alt-text': false },
    });
    const manual = results.filter((r) => r.status === 'manual');
    expect(manual.map((r) => r.ruleId).sort()).toEqual(MANUAL_RULES.map((r) => r.id).sort());
    const consent = manual.find((r) => r.ruleId === 'consent')!;
    expect(consent.ticked).toBe(true);
    expect(consent.required).toBe(false);
    expect(consent.message.id).toContain('izin');
    expect(manual.find((r) => r.ruleId === 'alt-text')!.ticked).toBe(false);
    expect(manual.find((r) => r.ruleId === 'fact-check')!.ticked).toBe(false);
  });

  it('carries the required flag and severity from the settings', () => {
    const settings = defaultSettings();
    settings.rules['second-review'] = { enabled: true, severity: 'block', required: true };
    const r = runChecklist({ text: 'x', platform: 'x' }, settings).find(
      (x) => x.ruleId === 'second-review',
    )!;
    expect(r.required).toBe(true);
    expect(r.severity).toBe('block');
  });

  it('lists each item the settings know, with its own title in both languages', () => {
    expect(MANUAL_RULES.map((r) => r.id)).toEqual([...MANUAL_RULE_IDS]);
    for (const r of MANUAL_RULES) {
      expect(r.kind).toBe('manual');
      expect(r.title.id.length, r.id).toBeGreaterThan(5);
      expect(r.title.en.length, r.id).toBeGreaterThan(5);
      expect(r.title.id, r.id).not.toBe(r.title.en);
    }
    expect(new Set(MANUAL_RULES.map((r) => r.title.id)).size).toBe(MANUAL_RULES.length);
    expect(new Set(MANUAL_RULES.map((r) => r.title.en)).size).toBe(MANUAL_RULES.length);
  });
});
