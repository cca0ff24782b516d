import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check, expectAutomaticRule, markedText, fixLabels } from '@/tests/support/checklist';
import { bannedHashtagsRule } from './banned-hashtags';

const banned = (s: { bannedHashtags: string[] }) => {
  s.bannedHashtags = ['#Followforfollow', 'likeforlike'];
};

describe('banned-hashtags', () => {
  it('passes when no tag is on the list', () => {
    const r = check(
      'banned-hashtags',
      { text: 'Yuk ke #Perpustakaan', platform: 'instagram' },
      banned,
    );
    expect(r.status).toBe('pass');
  });

  it('blocks a banned tag whatever its case and offers to remove it', () => {
    const text = 'Buku baru #Literasi #FollowForFollow #LIKEFORLIKE hari ini';
    const r = check('banned-hashtags', { text, platform: 'instagram' }, banned);
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('block');
    expect(r.message.en).toBe(
      'Banned hashtags: #FollowForFollow and #LIKEFORLIKE. One banned hashtag can hide the whole post from hashtag search',
    );
    expect(r.message.id).toContain('Tagar terlarang: #FollowForFollow dan #LIKEFORLIKE');
    expect(markedText(text, r)).toEqual(['#FollowForFollow', '#LIKEFORLIKE']);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('Buku baru #Literasi hari ini');
  });

  it('does not match a banned word inside a longer tag', () => {
    const r = check('banned-hashtags', { text: '#likeforlikes', platform: 'x' }, banned);
    expect(r.status).toBe('pass');
  });

  it('says so in both languages when nothing is banned, and with no list at all', () => {
    const passed = { id: 'Tidak ada tagar terlarang', en: 'No banned hashtags' };
    const listed = check('banned-hashtags', { text: 'Yuk #Baca', platform: 'x' }, banned);
    expect(listed.message).toEqual(passed);
    const noList = check('banned-hashtags', { text: 'Yuk #Baca #Literasi', platform: 'x' }, (s) => {
      s.bannedHashtags = [];
    });
    expect(noList.status).toBe('pass');
    expect(noList.message).toEqual(passed);
  });

  it('names one banned tag in the singular and offers its removal in both languages', () => {
    const text = 'Promo #likeforlike';
    const r = check('banned-hashtags', { text, platform: 'instagram' }, banned);
    expect(r.message).toEqual({
      id: 'Tagar terlarang: #likeforlike. Satu tagar terlarang dapat menyembunyikan seluruh unggahan dari pencarian tagar',
      en: 'Banned hashtag: #likeforlike. One banned hashtag can hide the whole post from hashtag search',
    });
    expect(fixLabels(r)).toEqual([{ id: 'Hapus tagar terlarang', en: 'Remove banned hashtags' }]);
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(bannedHashtagsRule, {
      id: 'banned-hashtags',
      severity: 'block',
      title: { id: 'Tidak ada tagar terlarang', en: 'No banned hashtags' },
    });
  });
});
