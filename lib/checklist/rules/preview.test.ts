import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, maybeCheck } from '@/tests/support/checklist';
import { previewRule } from './preview';

const body = ' Pinjam di lantai 2 atau lewat katalog daring. '.repeat(4);

describe('preview', () => {
  it('passes a long Instagram caption that opens with its message', () => {
    const r = check('preview', {
      text: `Koleksi baru sudah tiba! 120 judul untuk remaja dan anak.${body}`,
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.en).toContain('cuts the caption after about 125 characters');
  });

  it('notes (info) a caption whose first 125 characters are hashtags and emoji', () => {
    const text = `#PerpusKotaJogja #KoleksiBaru #BukuRemaja #GemarMembaca 📚📚📚 @perpusnas_ri @perpuskotajogja @dispusipda ✨✨✨\n\nKoleksi baru sudah tiba!${body}`;
    const r = check('preview', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.severity).toBe('info');
    expect(r.spans[0]).toEqual({ start: 0, end: expect.any(Number) });
  });

  it('passes a short caption and does not run elsewhere', () => {
    expect(check('preview', { text: '#Buku', platform: 'instagram' }).status).toBe('pass');
    expect(maybeCheck('preview', { text: '#Buku', platform: 'facebook' })).toBeUndefined();
  });

  it('shows the whole caption up to 125 characters, and says so in both languages', () => {
    const tags = '#PerpusKotaJogja '.repeat(8); // 136 characters of hashtags
    const whole = check('preview', { text: tags.slice(0, 125), platform: 'instagram' });
    expect(whole.status).toBe('pass');
    expect(whole.message).toEqual({
      id: 'Seluruh keterangan tampil tanpa dipotong',
      en: 'The whole caption shows without a cut',
    });
    expect(check('preview', { text: tags.slice(0, 126), platform: 'instagram' }).status).toBe(
      'fail',
    );
  });

  it('says in both languages why an opening without words is a poor preview', () => {
    const text = `${'#KoleksiBaru @perpuskotajogja ✨ '.repeat(5)}Koleksi baru sudah tiba!`;
    const r = check('preview', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message).toEqual({
      id: 'Instagram hanya menampilkan sekitar 125 karakter pertama sebelum "selengkapnya": mulailah dengan pesan utama, bukan tagar, akun atau emoji',
      en: 'Instagram shows only the first 125 or so characters before "more": open with the message, not hashtags, handles or emoji',
    });
  });

  it('wants four words of running text before the cut', () => {
    const padding = ` ${'#KoleksiBaru '.repeat(12)}`;
    const four = check('preview', {
      text: `Koleksi baru sudah tiba${padding}`,
      platform: 'instagram',
    });
    expect(four.status).toBe('pass');
    expect(four.message).toEqual({
      id: 'Instagram memotong keterangan setelah sekitar 125 karakter; bagian awal sudah berisi pesan',
      en: 'Instagram cuts the caption after about 125 characters; the opening carries a message',
    });
    const three = check('preview', { text: `Koleksi baru tiba${padding}`, platform: 'instagram' });
    expect(three.status).toBe('fail');
    // Numbers are words too.
    const numbers = check('preview', {
      text: `120 judul 2025 tiba${padding}`,
      platform: 'instagram',
    });
    expect(numbers.status).toBe('pass');
  });

  it('does not count links, with or without their scheme, as words', () => {
    const padding = ` ${'#KoleksiBaru '.repeat(10)}`;
    for (const link of [
      'http://perpus.jogjakota.go.id/katalog/koleksi/baru/remaja',
      'https://perpus.jogjakota.go.id/katalog/koleksi/baru/remaja',
      'perpus.jogjakota.go.id/katalog/koleksi/baru/remaja',
    ]) {
      const r = check('preview', { text: `Daftar ${link}${padding}`, platform: 'instagram' });
      expect(r.status, link).toBe('fail');
    }
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(previewRule, {
      id: 'preview',
      severity: 'info',
      title: { id: 'Pesan utama sebelum "selengkapnya"', en: 'The message comes before "more"' },
    });
  });
});
