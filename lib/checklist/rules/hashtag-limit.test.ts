import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check, expectAutomaticRule, fixLabels } from '@/tests/support/checklist';
import { hashtagLimitRule } from './hashtag-limit';

const six = 'Koleksi baru! #Buku #Literasi #BulanBuku #PerpustakaanKota #BacaBuku #Pustaka';

describe('hashtag-limit', () => {
  it('passes 3 hashtags on Instagram with a count in the message', () => {
    const r = check('hashtag-limit', {
      text: 'Yuk baca #Buku #Literasi #BulanBuku',
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('3 tagar, Instagram menerima paling banyak 5');
  });

  it('blocks 6 hashtags on Instagram, highlights the sixth and offers a fix', () => {
    const r = check('hashtag-limit', {
      text: six,
      platform: 'instagram',
      brand: { requiredHashtags: ['#Pustaka'], requiredMentions: [] },
    });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('block');
    expect(r.message.en).toBe('6 hashtags, Instagram accepts at most 5: remove 1');
    expect(six.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('#Pustaka');
    // The required #Pustaka stays; #BacaBuku goes.
    expect(applyEdits(six, r.fixes![0]!.edits)).toBe(
      'Koleksi baru! #Buku #Literasi #BulanBuku #PerpustakaanKota #Pustaka',
    );
  });

  it('also applies on TikTok, but not on X or Facebook', () => {
    expect(check('hashtag-limit', { text: six, platform: 'tiktok' }).status).toBe('fail');
    expect(check('hashtag-limit', { text: six, platform: 'x' }).status).toBe('pass');
    expect(check('hashtag-limit', { text: six, platform: 'facebook' }).message.en).toBe(
      '6 hashtags; Facebook sets no hashtag limit',
    );
  });

  it('does not count numbers or URL fragments as hashtags', () => {
    const text = 'Juara #1 #2 #3 #4 #5 #6 https://a.id/#x #Buku';
    expect(check('hashtag-limit', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('says in both languages what it counted, up to the limit itself', () => {
    const five = check('hashtag-limit', {
      text: 'Yuk #Satu #Dua #Tiga #Empat #Lima',
      platform: 'instagram',
    });
    expect(five.status).toBe('pass');
    expect(five.message).toEqual({
      id: '5 tagar, Instagram menerima paling banyak 5',
      en: '5 hashtags, Instagram accepts at most 5',
    });
    expect(check('hashtag-limit', { text: 'Yuk #Satu', platform: 'tiktok' }).message.en).toBe(
      '1 hashtag, TikTok accepts at most 5',
    );
    expect(check('hashtag-limit', { text: 'Yuk #Satu', platform: 'facebook' }).message).toEqual({
      id: '1 tagar; Facebook tidak membatasi jumlah tagar',
      en: '1 hashtag; Facebook sets no hashtag limit',
    });
  });

  it('names its fix in both languages, for one hashtag and for several', () => {
    const one = check('hashtag-limit', { text: six, platform: 'instagram' });
    expect(one.message.id).toBe('6 tagar, Instagram menerima paling banyak 5: hapus 1');
    expect(fixLabels(one)).toEqual([
      {
        id: 'Hapus 1 tagar terakhir (tagar wajib tetap)',
        en: 'Remove the last hashtag (required ones stay)',
      },
    ]);
    const eight = `${six} #Tujuh #Delapan`;
    const three = check('hashtag-limit', { text: eight, platform: 'instagram' });
    expect(fixLabels(three)).toEqual([
      {
        id: 'Hapus 3 tagar terakhir (tagar wajib tetap)',
        en: 'Remove the last 3 hashtags (required ones stay)',
      },
    ]);
    expect(applyEdits(eight, three.fixes![0]!.edits)).toBe(
      'Koleksi baru! #Buku #Literasi #BulanBuku #PerpustakaanKota #BacaBuku',
    );
  });

  it('removes the first hashtag when every later one is required', () => {
    const text = '#Promo #Satu #Dua #Tiga #Empat #Lima';
    const r = check('hashtag-limit', {
      text,
      platform: 'instagram',
      brand: {
        requiredHashtags: ['#Satu', '#Dua', '#Tiga', '#Empat', '#Lima'],
        requiredMentions: [],
      },
    });
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('#Satu #Dua #Tiga #Empat #Lima');
  });

  it('offers no fix when the required hashtags alone are over the limit', () => {
    const text = '#Satu #Dua #Tiga #Empat #Lima #Enam';
    const r = check('hashtag-limit', {
      text,
      platform: 'instagram',
      brand: {
        requiredHashtags: ['#Satu', '#Dua', '#Tiga', '#Empat', '#Lima', '#Enam'],
        requiredMentions: [],
      },
    });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('6 hashtags, Instagram accepts at most 5: remove 1');
    expect(r.fixes).toBeUndefined();
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(hashtagLimitRule, {
      id: 'hashtag-limit',
      severity: 'block',
      title: {
        id: 'Jumlah tagar tidak melebihi batas platform',
        en: 'No more hashtags than the platform accepts',
      },
    });
  });
});
