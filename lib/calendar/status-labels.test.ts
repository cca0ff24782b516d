import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { statusText } from './status-labels';

describe("a plan's status in words", () => {
  const both = { platforms: ['instagram', 'facebook'] as const };

  it('says which platforms are done and which to go while the plan is open', () => {
    const shown = { ...both, platforms: [...both.platforms], status: 'approved' as const };
    const postedOn = { instagram: 'log_ig' };
    expect(statusText(translator('en'), 'en', { ...shown, postedOn })).toBe(
      'Posted on Instagram; Facebook to go',
    );
    expect(statusText(translator('id'), 'id', { ...shown, postedOn })).toBe(
      'Terunggah di Instagram; Facebook belum',
    );
  });

  it('says the plain status when nothing or everything is posted', () => {
    const t = translator('en');
    const platforms = [...both.platforms];
    expect(statusText(t, 'en', { platforms, status: 'approved' })).toBe('Approved');
    expect(
      statusText(t, 'en', {
        platforms,
        status: 'posted',
        postedOn: { instagram: 'a', facebook: 'b' },
      }),
    ).toBe('Posted');
  });
});
