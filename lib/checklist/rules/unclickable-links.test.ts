import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import {
  check,
  expectAutomaticRule,
  maybeCheck,
  markedText,
  fixLabels,
} from '@/tests/support/checklist';
import { unclickableLinksRule } from './unclickable-links';

describe('unclickable-links', () => {
  it('passes an Instagram caption without links', () => {
    const r = check('unclickable-links', {
      text: 'Pendaftaran lewat link di bio',
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message).toEqual({
      id: 'Tidak ada tautan di keterangan',
      en: 'No links in the caption',
    });
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

  it('counts the links in both languages, marks them and names its fixes', () => {
    const text = 'Daftar https://bit.ly/WebinarLit atau perpusnas.go.id/webinar';
    const r = check('unclickable-links', { text, platform: 'tiktok' });
    expect(r.message).toEqual({
      id: 'Tautan di keterangan TikTok tidak bisa diklik (2 tautan): pasang di bio dan tulis "link di bio"',
      en: 'Links in TikTok captions cannot be clicked (2 links): put it in the bio and say "link in bio"',
    });
    expect(markedText(text, r)).toEqual(['https://bit.ly/WebinarLit', 'perpusnas.go.id/webinar']);
    expect(fixLabels(r)).toEqual([
      { id: 'Ganti tautan dengan "link di bio"', en: 'Replace links with "link di bio"' },
      { id: 'Ganti tautan dengan "link in bio"', en: 'Replace links with "link in bio"' },
    ]);
    const inBio = check('unclickable-links', {
      text: `${text}, link di bio`,
      platform: 'tiktok',
    });
    expect(fixLabels(inBio)).toEqual([
      {
        id: 'Hapus tautan (sudah ada "link di bio")',
        en: 'Remove the links ("link in bio" is there)',
      },
    ]);
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(unclickableLinksRule, {
      id: 'unclickable-links',
      severity: 'warn',
      title: {
        id: 'Tautan di keterangan tidak bisa diklik',
        en: 'Links in the caption are not clickable',
      },
    });
  });
});
