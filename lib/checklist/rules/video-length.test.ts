import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, maybeCheck } from '@/tests/support/checklist';
import { videoLengthRule } from './video-length';

const onTikTok = (videoSeconds?: number) =>
  check('video-length', { text: 'Tur perpustakaan', platform: 'tiktok', videoSeconds });

describe('video-length', () => {
  it('passes a one-minute TikTok video and says so', () => {
    const r = check('video-length', { text: 'Buku baru!', platform: 'tiktok', videoSeconds: 58 });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('Video 58 detik, cocok untuk format video pendek');
  });

  it('warns about a five-minute TikTok video', () => {
    const r = check('video-length', {
      text: 'Tur perpustakaan',
      platform: 'tiktok',
      videoSeconds: 300,
    });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('warn');
    expect(r.message.en).toContain('300-second video: TikTok is a short-video format');
  });

  it('passes when the length is not known (no video chosen yet)', () => {
    expect(check('video-length', { text: 'x', platform: 'tiktok' }).status).toBe('pass');
  });

  it('only runs on TikTok', () => {
    expect(
      maybeCheck('video-length', { text: 'x', platform: 'x', videoSeconds: 600 }),
    ).toBeUndefined();
  });

  it('says in both languages what it found, rounding the seconds', () => {
    expect(onTikTok(58.6).message).toEqual({
      id: 'Video 59 detik, cocok untuk format video pendek',
      en: '59-second video, suits the short-video format',
    });
    expect(onTikTok(300).message).toEqual({
      id: 'Video 300 detik: format TikTok adalah video pendek, sekitar satu menit (paling lama 90 detik disarankan). Pertimbangkan memotongnya atau membaginya menjadi beberapa bagian',
      en: '300-second video: TikTok is a short-video format, about a minute (at most 90 seconds recommended). Consider trimming it or splitting it into parts',
    });
  });

  it('takes 90 seconds as short and 90.5 as too long', () => {
    expect(onTikTok(90).status).toBe('pass');
    expect(onTikTok(90.5).status).toBe('fail');
  });

  it('treats a length of zero, below zero or not a number as not known yet', () => {
    const unknown = {
      id: 'Panjang video belum diketahui (pilih video dulu)',
      en: 'Video length not known yet (choose a video first)',
    };
    for (const seconds of [undefined, 0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = onTikTok(seconds);
      expect(r.status).toBe('pass');
      expect(r.message).toEqual(unknown);
    }
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(videoLengthRule, {
      id: 'video-length',
      severity: 'warn',
      title: { id: 'Video cukup pendek untuk formatnya', en: 'Video short enough for the format' },
    });
  });
});
