import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { linksRule } from './links';
import { check, expectAutomaticRule, markedText, fixLabels } from '@/tests/support/checklist';

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
    expect(markedText(text, r)).toEqual([
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

  it('is an automatic check that warns', () => {
    expectAutomaticRule(linksRule, {
      id: 'links',
      severity: 'warn',
      title: { id: 'Tautan ditulis dengan benar', en: 'Links are well-formed' },
    });
  });

  it('says in both languages that there are no links, or how many are well-formed', () => {
    expect(check('links', { text: 'Selamat pagi', platform: 'x' }).message.id).toBe(
      'Tidak ada tautan',
    );
    const one = check('links', { text: 'Katalog: http://perpus.go.id', platform: 'facebook' });
    expect(one.message).toEqual({
      id: '1 tautan, semua ditulis dengan benar',
      en: '1 link, all well-formed',
    });
  });

  it('accepts http as well as https, and a port', () => {
    const text = 'Katalog: http://perpus.go.id dan https://opac.perpus.go.id:8443/index.php';
    expect(check('links', { text, platform: 'facebook' }).message.en).toBe(
      '2 links, all well-formed',
    );
  });

  it('names a link with a good scheme but no domain as it is written', () => {
    const text = 'Daftar di https://perpustakaan/daftar ya';
    expect(check('links', { text, platform: 'facebook' }).message.en).toBe(
      'Broken or mistyped link: https://perpustakaan/daftar',
    );
  });

  it('repairs each kind of mistyped scheme, keeping https where it was meant', () => {
    const text = 'a htps://bit.ly/a b ttps://bit.ly/b c htp://bit.ly/c d https//bit.ly/d';
    const r = check('links', { text, platform: 'facebook' });
    expect(fixLabels(r)).toEqual([
      { id: 'Perbaiki awalan tautan', en: 'Fix the start of the link' },
    ]);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'a https://bit.ly/a b https://bit.ly/b c http://bit.ly/c d https://bit.ly/d',
    );
  });

  it('names the first three broken links in both languages, and marks all of them', () => {
    const text = 'a htps://bit.ly/a b ttps://bit.ly/b c htp://bit.ly/c d https//bit.ly/d';
    const r = check('links', { text, platform: 'facebook' });
    expect(r.message).toEqual({
      id: 'Tautan tidak lengkap atau salah tulis: htps://bit.ly/a, ttps://bit.ly/b, dan htp://bit.ly/c',
      en: 'Broken or mistyped links: htps://bit.ly/a, ttps://bit.ly/b, and htp://bit.ly/c',
    });
    expect(markedText(text, r)).toEqual([
      'htps://bit.ly/a',
      'ttps://bit.ly/b',
      'htp://bit.ly/c',
      'https//bit.ly/d',
    ]);
  });

  it('lists broken links in the order they are written, a cut-off one with its ellipsis', () => {
    const text = 'https://bit.ly/ab… lalu htps://s.id/x';
    const r = check('links', { text, platform: 'facebook' });
    expect(markedText(text, r)).toEqual(['https://bit.ly/ab…', 'htps://s.id/x']);
    expect(r.message.en).toBe('Broken or mistyped links: https://bit.ly/ab… and htps://s.id/x');
  });

  it('offers no repair when no host follows the scheme or the link is only cut off', () => {
    for (const text of [
      'Daftar di https://',
      'Daftar di htps:// nanti',
      'Baca https://bit.ly/ab…',
    ]) {
      const r = check('links', { text, platform: 'facebook' });
      expect(r.status).toBe('fail');
      expect(r.fixes).toBeUndefined();
    }
    const text = 'Daftar di htps:// nanti';
    expect(markedText(text, check('links', { text, platform: 'facebook' }))).toEqual(['htps://']);
  });

  it('reports a link once when its scheme is broken and its text is cut off', () => {
    const text = 'Daftar: https:// bit.ly/x… ya';
    const r = check('links', { text, platform: 'facebook' });
    expect(r.spans).toHaveLength(1);
    expect(r.message.en).toBe('Broken or mistyped link: https:// bit.ly/x…');
  });

  it('finds a port that cannot be one, and an address that is not a whole IP address', () => {
    const text = 'x https://perpus.go.id:123456/ y http://1.2.3/ z';
    const r = check('links', { text, platform: 'facebook' });
    expect(markedText(text, r)).toEqual(['https://perpus.go.id:123456/', 'http://1.2.3/']);
    expect(r.message.en).toBe(
      'Broken or mistyped links: https://perpus.go.id:123456/ and http://1.2.3/',
    );
  });
});
