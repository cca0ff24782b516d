import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

describe('hashtag-range', () => {
  it('passes 2 hashtags on X (1–2 recommended)', () => {
    const r = check('hashtag-range', {
      text: 'Pekan literasi #BulanBuku #Literasi',
      platform: 'x',
    });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('2 tagar, anjuran untuk X 1–2');
    expect(r.severity).toBe('info');
  });

  it('warns about 4 hashtags on Facebook and highlights the extra two', () => {
    const r = check('hashtag-range', {
      text: 'Buku baru #Satu #Dua #Tiga #Empat',
      platform: 'facebook',
    });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('4 hashtags, 1–2 recommended for Facebook: drop 2');
    expect(r.spans).toHaveLength(2);
  });

  // Was a failure: an announcement or greeting without hashtags is a choice, not a mistake.
  it('passes a post with no hashtag at all, and still names the range', () => {
    const r = check('hashtag-range', { text: 'Layanan buka kembali', platform: 'instagram' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('Tanpa tagar; anjuran untuk Instagram 1–5');
  });

  it('asks for more when the team wants at least 2 and there is 1', () => {
    const r = check('hashtag-range', { text: 'Buku #Satu', platform: 'x' }, (s) => {
      s.hashtagRanges.x = { min: 2, max: 3 };
    });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('1 hashtag, 2–3 recommended for X: add 1');
  });

  it("uses the team's own range from the settings", () => {
    const input = { text: 'Buku #Satu #Dua #Tiga', platform: 'x' as const };
    expect(check('hashtag-range', input).status).toBe('fail');
    const r = check('hashtag-range', input, (s) => {
      s.hashtagRanges.x = { min: 0, max: 3 };
    });
    expect(r.status).toBe('pass');
  });
});
