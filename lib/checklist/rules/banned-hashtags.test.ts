import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

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
    expect(r.message.en).toContain('#FollowForFollow and #LIKEFORLIKE');
    expect(r.message.id).toContain('Tagar terlarang: #FollowForFollow dan #LIKEFORLIKE');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '#FollowForFollow',
      '#LIKEFORLIKE',
    ]);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('Buku baru #Literasi hari ini');
  });

  it('does not match a banned word inside a longer tag', () => {
    const r = check('banned-hashtags', { text: '#likeforlikes', platform: 'x' }, banned);
    expect(r.status).toBe('pass');
  });
});
