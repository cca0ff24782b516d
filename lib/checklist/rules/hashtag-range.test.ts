import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { hashtagRangeRule } from './hashtag-range';

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

  it('says in both languages what it counted, from the lowest end of the range', () => {
    const r = check('hashtag-range', { text: 'Pekan literasi #BulanBuku', platform: 'x' });
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({
      id: '1 tagar, anjuran untuk X 1–2',
      en: '1 hashtag, 1–2 recommended for X',
    });
    const none = check('hashtag-range', { text: 'Layanan buka kembali', platform: 'tiktok' });
    expect(none.message.en).toBe('No hashtags; 1–5 recommended for TikTok');
  });

  it('names a range of one number as that number', () => {
    const r = check('hashtag-range', { text: 'Buku #Satu #Dua #Tiga', platform: 'x' }, (s) => {
      s.hashtagRanges.x = { min: 2, max: 2 };
    });
    expect(r.message.en).toBe('3 hashtags, 2 recommended for X: drop 1');
  });

  it('says how many to add or drop in Indonesian too, and marks the tags past the range', () => {
    const few = check('hashtag-range', { text: 'Buku #Satu', platform: 'x' }, (s) => {
      s.hashtagRanges.x = { min: 4, max: 5 };
    });
    expect(few.message.id).toBe('1 tagar, anjuran untuk X 4–5: tambahkan 3');
    const text = 'Buku baru #Satu #Dua #Tiga #Empat #Lima';
    const many = check('hashtag-range', { text, platform: 'facebook' });
    expect(many.message.id).toBe('5 tagar, anjuran untuk Facebook 1–2: kurangi 3');
    expect(markedText(text, many)).toEqual(['#Tiga', '#Empat', '#Lima']);
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(hashtagRangeRule, {
      id: 'hashtag-range',
      severity: 'info',
      title: {
        id: 'Jumlah tagar sesuai anjuran tim',
        en: "Number of hashtags in the team's preferred range",
      },
    });
  });
});
