import { describe, expect, it } from 'vitest';
import { themeOfBackground } from './site-theme';

describe('themeOfBackground', () => {
  it('tells X’s dark and dim backgrounds from light ones', () => {
    expect(themeOfBackground('rgb(0, 0, 0)')).toBe('dark');
    expect(themeOfBackground('rgb(21, 32, 43)')).toBe('dark');
    expect(themeOfBackground('rgb(255, 255, 255)')).toBe('light');
    expect(themeOfBackground('rgb(240, 242, 245)')).toBe('light');
  });

  it('says nothing for a transparent background', () => {
    expect(themeOfBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(themeOfBackground('transparent')).toBeNull();
  });
});
