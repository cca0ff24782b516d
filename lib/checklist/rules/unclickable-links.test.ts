import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check, maybeCheck } from '@/tests/support/checklist';

describe('unclickable-links', () => {
  it('passes an Instagram caption without links', () => {
    const r = check('unclickable-links', {
      text: 'Pendaftaran lewat link di bio',
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
  });

  it('warns about a link in an Instagram caption and offers "link di bio"', () => {
    const text = 'Daftar webinar: https://bit.ly/WebinarLit sekarang!';
    const r = check('unclickable-links', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe(
      'Links in Instagram captions cannot be clicked (1 link): put it in the bio and say "link in bio"',
    );
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('Daftar webinar: link di bio sekarang!');
    expect(applyEdits(text, r.fixes![1]!.edits)).toBe('Daftar webinar: link in bio sekarang!');
  });

  it('only removes the links when the caption already says "link di bio"', () => {
    const text = 'Daftar lewat link di bio ya! https://bit.ly/WebinarLit';
    const r = check('unclickable-links', { text, platform: 'instagram' });
    expect(r.fixes).toHaveLength(1);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('Daftar lewat link di bio ya!');
  });

  it('applies to TikTok but not to X or Facebook', () => {
    const input = { text: 'Info: perpusnas.go.id' };
    expect(check('unclickable-links', { ...input, platform: 'tiktok' }).status).toBe('fail');
    expect(maybeCheck('unclickable-links', { ...input, platform: 'x' })).toBeUndefined();
    expect(maybeCheck('unclickable-links', { ...input, platform: 'facebook' })).toBeUndefined();
  });
});
