import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { placeholdersRule } from './placeholders';

describe('placeholders', () => {
  it('passes a filled-in caption, including citations and quoted ellipses', () => {
    const text =
      'Webinar literasi digital, Sabtu 12 Juli pukul 09.00 WIB. "Membaca [...] membuka dunia" [1]. Daftar: https://bit.ly/x';
    expect(check('placeholders', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('blocks {{date}}, [LINK], [TANGGAL] and TBD', () => {
    const text = 'Bedah buku {{judul}} pada [TANGGAL], pukul TBD. Daftar di [LINK]';
    const r = check('placeholders', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('block');
    expect(markedText(text, r)).toEqual(['{{judul}}', '[TANGGAL]', 'TBD', '[LINK]']);
    expect(r.message.id).toBe('4 isian templat belum diisi: {{judul}}, [TANGGAL], TBD, dan [LINK]');
  });

  it('finds [isi tanggal], [NAMA ACARA], XXX and XX.XX WIB', () => {
    const text = '[NAMA ACARA] dimulai pukul XX.XX WIB di [isi tempat], tiket Rp XXX';
    const r = check('placeholders', { text, platform: 'x' });
    expect(r.spans).toHaveLength(4);
  });

  it('blocks "Lorem ipsum", "[Isi tanggal]", "tbd" and <<nama>>, whatever their case', () => {
    const text = 'Lorem ipsum dolor. Tanggal: [Isi tanggal], narasumber tbd, hubungi <<nama>>.';
    const r = check('placeholders', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('block');
    expect(markedText(text, r)).toEqual(['Lorem ipsum', '[Isi tanggal]', 'tbd', '<<nama>>']);
    expect(r.message.en).toBe(
      '4 template placeholders not filled in: Lorem ipsum, [Isi tanggal], tbd, and <<nama>>',
    );
  });

  it('each of them alone blocks the post', () => {
    for (const text of ['Lorem ipsum', 'Tanggal [Isi tanggal]', 'Jam tbd', 'Halo <<nama>>!']) {
      const r = check('placeholders', { text, platform: 'x' });
      expect(r.status, text).toBe('fail');
      expect(r.message.en, text).toMatch(/^1 template placeholder not filled in: /);
    }
  });

  it('does not flag words that merely contain the letters', () => {
    const text = 'Koleksi XXI dan taxxi, [Catatan kaki]. Cegah TBC sejak dini';
    expect(check('placeholders', { text, platform: 'x' }).status).toBe('pass');
  });

  it('names at most five placeholders but counts them all, each name once', () => {
    const text = '{{a}} {{b}} {{a}} [C] [D] [E] [F] TBD';
    const r = check('placeholders', { text, platform: 'facebook' });
    expect(r.spans).toHaveLength(8);
    expect(r.message.en).toBe(
      '8 template placeholders not filled in: {{a}}, {{b}}, [C], [D], and [E]',
    );
  });

  it('says so in both languages when every placeholder is filled', () => {
    const r = check('placeholders', { text: 'Bedah buku Sabtu ini.', platform: 'x' });
    expect(r.message).toEqual({
      id: 'Semua isian templat sudah diisi',
      en: 'All template placeholders are filled in',
    });
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(placeholdersRule, {
      id: 'placeholders',
      severity: 'block',
      title: {
        id: 'Tidak ada isian templat yang tertinggal',
        en: 'No unfilled template placeholders',
      },
    });
  });
});
