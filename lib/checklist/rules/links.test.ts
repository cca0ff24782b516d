import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

describe('links', () => {
  it('passes well-formed links', () => {
    const text =
      'Daftar: https://bit.ly/WebinarLiterasi, katalog www.perpusnas.go.id dan perpus.kotaku.go.id/opac';
    const r = check('links', { text, platform: 'facebook' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('3 tautan, semua ditulis dengan benar');
  });

  it('passes text without links', () => {
    expect(check('links', { text: 'Selamat pagi', platform: 'x' }).message.en).toBe('No links');
  });

  it('finds mistyped schemes and repairs them', () => {
    const text = 'Daftar di htps://bit.ly/abc atau http:/perpus.go.id atau https//s.id/x';
    const r = check('links', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.spans).toHaveLength(3);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'Daftar di https://bit.ly/abc atau http://perpus.go.id atau https://s.id/x',
    );
  });

  it('finds a link with a space after the scheme, an empty one, a host without a domain and a cut-off one', () => {
    const text =
      'A https:// bit.ly/x B https:// C https://perpustakaan/daftar D https://bit.ly/ab…';
    const r = check('links', { text, platform: 'x' });
    expect(r.status).toBe('fail');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'https:// bit.ly/x',
      'https://',
      'https://perpustakaan/daftar',
      'https://bit.ly/ab…',
    ]);
    expect(r.message.en).toContain('Broken or mistyped links');
  });

  it('does not mistake the word "tps:" for a link', () => {
    expect(check('links', { text: 'Lokasi TPS: balai desa', platform: 'x' }).status).toBe('pass');
  });
});
