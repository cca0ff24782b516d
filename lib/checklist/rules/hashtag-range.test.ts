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
    expect(r.severity).toBe('warn');
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

  it('warns when there is no hashtag at all', () => {
    const r = check('hashtag-range', { text: 'Layanan buka kembali', platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe('0 tagar, anjuran untuk Instagram 1–5: tambahkan 1');
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
