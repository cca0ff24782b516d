import { describe, expect, it } from 'vitest';
import { EXTRA_PLATFORM_LIMITS, PLATFORM_LIMITS, lengthLimit, type Sourced } from './limits';
import { PLATFORM_IDS } from './types';

describe('platform limits', () => {
  it('hold the figures from docs/platforms.md', () => {
    expect(lengthLimit('x')).toBe(280);
    expect(lengthLimit('x', true)).toBe(25_000);
    expect(lengthLimit('instagram')).toBe(2_200);
    expect(lengthLimit('instagram', true)).toBe(2_200);
    expect(lengthLimit('tiktok')).toBe(2_200);
    expect(lengthLimit('facebook')).toBe(63_206);
    expect(PLATFORM_LIMITS.instagram.maxHashtags?.value).toBe(5);
    expect(PLATFORM_LIMITS.instagram.maxMentions?.value).toBe(20);
    expect(PLATFORM_LIMITS.tiktok.maxHashtags?.value).toBe(5);
    expect(PLATFORM_LIMITS.x.maxHashtags).toBeUndefined();
    expect(PLATFORM_LIMITS.instagram.clickableLinks).toBe(false);
    expect(EXTRA_PLATFORM_LIMITS.threads.maxLength.value).toBe(500);
    expect(EXTRA_PLATFORM_LIMITS.bluesky.maxLength.value).toBe(300);
  });

  it('date and source every figure', () => {
    const all = [
      ...PLATFORM_IDS.map((p) => PLATFORM_LIMITS[p]),
      ...Object.values(EXTRA_PLATFORM_LIMITS),
    ];
    for (const limits of all) {
      const figures = Object.values(limits).filter(
        (v): v is Sourced<unknown> => typeof v === 'object' && v !== null && 'value' in v,
      );
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        expect(f.checked, limits.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(f.checked))).toBe(false);
        expect(f.source.length, limits.name).toBeGreaterThan(10);
      }
    }
  });
});
