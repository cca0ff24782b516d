import { describe, expect, it } from 'vitest';
import { check, maybeCheck } from '@/tests/support/checklist';

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
});
