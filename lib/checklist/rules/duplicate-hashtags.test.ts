import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

describe('duplicate-hashtags', () => {
  it('passes distinct tags', () => {
    expect(check('duplicate-hashtags', { text: '#Buku #Baca', platform: 'x' }).status).toBe('pass');
  });

  it('finds duplicates across case and keeps the first one', () => {
    const text = '#BulanBuku di #Perpustakaan. Ayo ramaikan #bulanbuku #BULANBUKU!';
    const r = check('duplicate-hashtags', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe('Tagar ganda: #BulanBuku (2 salinan)');
    expect(r.message.en).toBe('Duplicate hashtag: #BulanBuku (2 copies)');
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('#BulanBuku di #Perpustakaan. Ayo ramaikan!');
  });

  it('treats NFC and NFD spellings as the same tag', () => {
    const r = check('duplicate-hashtags', { text: '#Café #Cafe\u0301', platform: 'x' });
    expect(r.status).toBe('fail');
  });
});
