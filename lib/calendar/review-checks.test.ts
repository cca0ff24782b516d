import { describe, expect, it } from 'vitest';
import { runChecklist } from '@/lib/checklist';
import { allClear, reviewChecksOf } from './review-checks';

const caption = 'Pojok baca anak dibuka Sabtu ini. Daftar di https://perpus.example.id/daftar';

describe('the checklist results sent for review', () => {
  it('keeps failures per platform and each manual point once, with the writer’s tick', () => {
    const runs = (['instagram', 'x'] as const).map((platform) => ({
      platform,
      results: runChecklist({
        text: caption,
        platform,
        brand: { requiredHashtags: ['PerpusKita'], requiredMentions: [] },
      }),
    }));
    const manualIds = runs[0]!.results.filter((r) => r.status === 'manual').map((r) => r.ruleId);
    expect(manualIds.length).toBeGreaterThan(0);
    const checks = reviewChecksOf(runs, { [manualIds[0]!]: true });

    // The missing brand hashtag fails on both platforms: named twice, once per platform.
    const brand = checks.filter((c) => c.ruleId === 'brand');
    expect(brand.map((c) => c.platform)).toEqual(['instagram', 'x']);
    expect(brand[0]!.message.en).toMatch(/PerpusKita/);
    // Manual points: once each, ticked only where the writer ticked.
    const manual = checks.filter((c) => c.status === 'manual');
    expect(manual.map((c) => c.ruleId)).toEqual(manualIds);
    expect(manual.map((c) => c.ticked)).toEqual(manualIds.map((_, i) => i === 0));
    // Passing checks do not travel.
    expect(checks.every((c) => c.status === 'manual' || c.status === 'fail')).toBe(true);
    expect(allClear(checks)).toBe(false);
  });

  it('is all clear only with no failure and every point ticked', () => {
    const manual = {
      platform: 'instagram' as const,
      ruleId: 'consent-photo',
      severity: 'info' as const,
      status: 'manual' as const,
      message: { id: 'Izin?', en: 'Consent?' },
    };
    expect(allClear([{ ...manual, ticked: true }])).toBe(true);
    expect(allClear([{ ...manual, ticked: false }])).toBe(false);
    expect(allClear([{ ...manual, status: 'fail', severity: 'warn' }])).toBe(false);
    expect(allClear([])).toBe(true);
  });

  it('clips long messages to what a synced plan may hold', () => {
    const long = 'x'.repeat(5_000);
    const [check] = reviewChecksOf(
      [
        {
          platform: 'x',
          results: [
            {
              ruleId: 'length',
              severity: 'block',
              status: 'fail',
              message: { id: long, en: long },
              spans: [],
            },
          ],
        },
      ],
      {},
    );
    expect(check!.message.en).toHaveLength(1_000);
  });
});
