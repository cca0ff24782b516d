import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule } from '@/tests/support/checklist';
import { lengthRule } from './length';

describe('length', () => {
  it('passes an Indonesian caption within the Instagram limit and counts graphemes', () => {
    const r = check('length', { text: 'Halo Sahabat Pustaka 👋🏽📚', platform: 'instagram' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('23/2.200 karakter, dalam batas Instagram');
    expect(r.message.en).toBe('23/2,200 characters, within the Instagram limit');
  });

  it('blocks a caption over 2,200 graphemes on TikTok and highlights the overflow', () => {
    const text = 'a'.repeat(2_195) + '👨‍👩‍👧'.repeat(10);
    const r = check('length', { text, platform: 'tiktok' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('block');
    expect(r.message.en).toBe('2,205/2,200 characters: 5 over the TikTok limit');
    expect(r.message.id).toBe('2.205/2.200 karakter: kelebihan 5 dari batas TikTok');
    expect(r.spans).toEqual([{ start: 2_195 + 5 * '👨‍👩‍👧'.length, end: text.length }]);
  });

  it('counts X by weight: 141 CJK characters are 282 and fail', () => {
    const r = check('length', { text: '日'.repeat(141), platform: 'x' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('282/280 characters (X count): 2 over the X limit');
    expect(r.spans).toEqual([{ start: 140, end: 141 }]);
  });

  it('counts a long URL as 23 on X', () => {
    const text = 'a'.repeat(256) + ' https://perpusnas.go.id/' + 'x'.repeat(300);
    expect(check('length', { text, platform: 'x' }).status).toBe('pass');
  });

  it('uses 25,000 for X Premium', () => {
    const text = 'Buku '.repeat(200);
    expect(check('length', { text, platform: 'x' }).status).toBe('fail');
    const r = check('length', { text, platform: 'x', xPremium: true });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('1,000/25,000 characters (X count), within the X Premium limit');
  });

  it('highlights an X Premium post from its 25,001st character', () => {
    const text = 'a'.repeat(25_000) + 'kelebihan';
    const r = check('length', { text, platform: 'x', xPremium: true });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('25,009/25,000 characters (X count): 9 over the X Premium limit');
    expect(r.message.id).toBe(
      '25.009/25.000 karakter (hitungan X): kelebihan 9 dari batas X Premium',
    );
    expect(r.spans).toEqual([{ start: 25_000, end: text.length }]);
    const exactly = check('length', { text: 'a'.repeat(25_000), platform: 'x', xPremium: true });
    expect(exactly.status).toBe('pass');
  });

  it('Facebook allows 63,206', () => {
    expect(check('length', { text: 'a'.repeat(63_206), platform: 'facebook' }).status).toBe('pass');
    expect(check('length', { text: 'a'.repeat(63_207), platform: 'facebook' }).status).toBe('fail');
  });

  it('takes X Premium into account on X only', () => {
    const r = check('length', { text: 'a'.repeat(2_201), platform: 'instagram', xPremium: true });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('2,201/2,200 characters: 1 over the Instagram limit');
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(lengthRule, {
      id: 'length',
      severity: 'block',
      title: {
        id: 'Panjang teks dalam batas platform',
        en: "Text within the platform's length limit",
      },
    });
  });
});
