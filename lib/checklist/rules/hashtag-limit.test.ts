import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

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
});
