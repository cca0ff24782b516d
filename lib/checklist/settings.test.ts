import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import { defaultSeverityOf } from './rule-defaults';
import {
  DEFAULT_SETTINGS,
  checklistSettingsSchema,
  defaultSettings,
  hashtagRangeSchema,
  parseSettings,
  ruleSetting,
  ruleSettingSchema,
  severitySchema,
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

  it('moves each of the four style rules left at warn', () => {
    const old = defaultSettings();
    delete old.defaultsVersion;
    const style = ['hashtag-range', 'camelcase-hashtags', 'emoji', 'brand'];
    for (const id of style) old.rules[id] = { enabled: true, severity: 'warn' };
    const s = parseSettings(old);
    expect(style.map((id) => s.rules[id]?.severity)).toEqual(['info', 'info', 'info', 'info']);
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
    expect(() => parseSettings({ ...base, sensitiveWords: { id: 'hoaks', en: [] } })).toThrow();
  });

  it('accepts a range of one figure and explains a range the wrong way round', () => {
    expect(hashtagRangeSchema.parse({ min: 2, max: 2 })).toEqual({ min: 2, max: 2 });
    const wrong = hashtagRangeSchema.safeParse({ min: 3, max: 1 });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues.map((i) => i.message)).toEqual(['min must not exceed max']);
  });

  it('offers each schema it exports', () => {
    expect(severitySchema.parse('warn')).toBe('warn');
    expect(severitySchema.safeParse('fatal').success).toBe(false);
    expect(ruleSettingSchema.parse({ enabled: false, severity: 'block', required: true })).toEqual({
      enabled: false,
      severity: 'block',
      required: true,
    });
  });
});

describe('ruleSetting', () => {
  it("gives a rule's own setting, else its default, and nothing for an unknown rule", () => {
    const settings = defaultSettings();
    settings.rules['emoji'] = { enabled: false, severity: 'warn' };
    expect(ruleSetting(settings, 'emoji')).toEqual({ enabled: false, severity: 'warn' });
    delete settings.rules['source'];
    expect(ruleSetting(settings, 'source')).toEqual({
      enabled: true,
      severity: defaultSeverityOf('source'),
      required: false,
    });
    expect(defaultSeverityOf('source')).toBe('warn');
    expect(ruleSetting(settings, 'no-such-rule')).toBeUndefined();
  });

  it('knows the default severity of manual items and of no other id', () => {
    expect(defaultSeverityOf('second-review')).toBe('info');
    expect(defaultSeverityOf('toString')).toBeUndefined();
    expect(defaultSeverityOf('no-such-rule')).toBeUndefined();
  });
});

describe('the defaults', () => {
  it('start with no known hashtags, and are frozen all the way down', () => {
    expect(defaultSettings().knownHashtags).toEqual([]);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.rules['emoji'])).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sensitiveWords.id)).toBe(true);
  });
});
