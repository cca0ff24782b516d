import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check, expectAutomaticRule, markedText, fixLabels } from '@/tests/support/checklist';
import { duplicateHashtagsRule } from './duplicate-hashtags';

describe('duplicate-hashtags', () => {
  it('passes distinct tags, and says so in both languages', () => {
    const r = check('duplicate-hashtags', { text: '#Buku #Baca', platform: 'x' });
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({ id: 'Tidak ada tagar ganda', en: 'No duplicate hashtags' });
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

  it('counts one copy of each of two tags, marks the copies and names its fix', () => {
    const text = '#Buku #Baca #buku #baca';
    const r = check('duplicate-hashtags', { text, platform: 'instagram' });
    expect(r.message).toEqual({
      id: 'Tagar ganda: #Buku dan #Baca (2 salinan)',
      en: 'Duplicate hashtags: #Buku and #Baca (2 copies)',
    });
    expect(markedText(text, r)).toEqual(['#buku', '#baca']);
    expect(fixLabels(r)).toEqual([{ id: 'Hapus tagar ganda', en: 'Remove duplicate hashtags' }]);
    const one = check('duplicate-hashtags', { text: '#Buku #buku', platform: 'x' });
    expect(one.message.en).toBe('Duplicate hashtag: #Buku (1 copy)');
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(duplicateHashtagsRule, {
      id: 'duplicate-hashtags',
      severity: 'warn',
      title: { id: 'Tidak ada tagar ganda', en: 'No duplicate hashtags' },
    });
  });
});
