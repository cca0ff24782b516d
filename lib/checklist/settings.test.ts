import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import {
  DEFAULT_SETTINGS,
  checklistSettingsSchema,
  defaultSettings,
  parseSettings,
} from './settings';

describe('default settings', () => {
  it('follow docs/checklist.md: hard limits block, signs of a real problem warn, style advice and manual items info', () => {
    const s = defaultSettings();
    const severity = (id: string) => s.rules[id]?.severity;
    for (const id of [
      'length',
      'hashtag-limit',
      'mention-limit',
      'banned-hashtags',
      'placeholders',
    ]) {
      expect(severity(id), id).toBe('block');
    }
    for (const id of ['hashtag-range', 'brand', 'camelcase-hashtags', 'emoji', 'preview']) {
      expect(severity(id), id).toBe('info');
    }
    for (const id of [
      'duplicate-hashtags',
      'links',
      'event-link',
      'unclickable-links',
      'source',
      'sensitive-words',
      'privacy',
      'video-length',
    ]) {
      expect(severity(id), id).toBe('warn');
    }
    for (const rule of RULES.filter((r) => r.kind === 'manual')) {
      expect(s.rules[rule.id]).toEqual({ enabled: true, severity: 'info', required: false });
    }
    expect(Object.keys(s.rules).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('name every rule the engine runs, and no other (the defaults are a table, not read from the rules)', () => {
    const rules = defaultSettings().rules;
    expect(Object.keys(rules).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      expect(rules[rule.id]?.severity, rule.id).toBe(rule.defaultSeverity);
      expect(rules[rule.id]?.required, rule.id).toBe(rule.kind === 'manual' ? false : undefined);
    }
  });

  it('recommend 1–2 hashtags on X and Facebook, up to 5 on Instagram and TikTok', () => {
    expect(defaultSettings().hashtagRanges).toEqual({
      x: { min: 1, max: 2 },
      facebook: { min: 1, max: 2 },
      instagram: { min: 1, max: 5 },
      tiktok: { min: 1, max: 5 },
    });
  });

  it('carry a modest sensitive-word list in both languages', () => {
    const { id, en } = defaultSettings().sensitiveWords;
    expect(id.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(id).toContain('kafir');
    expect(en).toContain('fuck');
  });

  it('are a fresh object each time and valid against the schema', () => {
    const a = defaultSettings();
    a.bannedHashtags.push('x');
    expect(defaultSettings().bannedHashtags).toEqual([]);
    expect(checklistSettingsSchema.safeParse(defaultSettings()).success).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sensitiveWords.id)).toBe(true);
  });
});

describe('parseSettings', () => {
  it('fills in rules and ranges missing from stored settings and keeps unknown fields', () => {
    const stored = {
      rules: { emoji: { enabled: false, severity: 'info' } },
      sensitiveWords: { id: ['kampanye'], en: [] },
      bannedHashtags: ['likeforlike'],
      hashtagRanges: { x: { min: 0, max: 1 } },
      futureField: { kept: true },
    };
    const s = parseSettings(stored);
    expect(s.rules['emoji']).toEqual({ enabled: false, severity: 'info' });
    expect(s.rules['length']).toEqual({ enabled: true, severity: 'block' });
    expect(s.hashtagRanges.x).toEqual({ min: 0, max: 1 });
    expect(s.hashtagRanges.instagram).toEqual({ min: 1, max: 5 });
    expect((s as unknown as Record<string, unknown>)['futureField']).toEqual({ kept: true });
  });

  it('moves style rules left at the old default warn to today’s info, and keeps what a team chose', () => {
    // Saved before the style rules became info: no defaultsVersion, every rule written out.
    const old = defaultSettings();
    delete old.defaultsVersion;
    old.rules['hashtag-range'] = { enabled: true, severity: 'warn' }; // the old default
    old.rules['emoji'] = { enabled: false, severity: 'warn' }; // the old default, switched off
    old.rules['brand'] = { enabled: true, severity: 'block' }; // chosen: stricter than before
    old.rules['camelcase-hashtags'] = { enabled: true, severity: 'info' }; // chosen: quieter
    old.rules['source'] = { enabled: true, severity: 'warn' }; // still warns by default
    const s = parseSettings(old);
    expect(s.rules['hashtag-range']).toEqual({ enabled: true, severity: 'info' });
    expect(s.rules['emoji']).toEqual({ enabled: false, severity: 'info' });
    expect(s.rules['brand']).toEqual({ enabled: true, severity: 'block' });
    expect(s.rules['camelcase-hashtags']).toEqual({ enabled: true, severity: 'info' });
    expect(s.rules['source']).toEqual({ enabled: true, severity: 'warn' });
    expect(s.defaultsVersion).toBe(2);
  });

  it('keeps warn on a style rule saved against today’s defaults: that was a choice', () => {
    const chosen = defaultSettings();
    chosen.rules['emoji'] = { enabled: true, severity: 'warn' };
    expect(parseSettings(chosen).rules['emoji']).toEqual({ enabled: true, severity: 'warn' });
    // Read, then saved again as the dashboard does: still warn on the next read.
    expect(parseSettings(parseSettings(chosen)).rules['emoji']?.severity).toBe('warn');
  });

  it('rejects invalid settings', () => {
    const base = defaultSettings();
    expect(() =>
      parseSettings({ ...base, rules: { emoji: { enabled: true, severity: 'fatal' } } }),
    ).toThrow();
    expect(() => parseSettings({ ...base, hashtagRanges: { x: { min: 3, max: 1 } } })).toThrow();
    expect(() => parseSettings({ ...base, bannedHashtags: 'likeforlike' })).toThrow();
    expect(() => parseSettings(null)).toThrow();
  });
});
