import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

describe('source', () => {
  it('passes an ordinary promotion', () => {
    const r = check('source', {
      text: 'Koleksi baru sudah datang! Yuk pinjam di Perpustakaan Kota, buka pukul 08.00–16.00. Denda Rp 1.000/hari.',
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('No quote, figures or news that need a source');
  });

  it('warns about figures without a source and names what triggered it', () => {
    const text =
      'Menurut survei, 60% remaja membaca kurang dari 1 buku per bulan, sekitar 2,5 juta anak.';
    const r = check('source', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe(
      'Ada persentase, angka, dan rujukan berita atau data tanpa sumber: tambahkan "Sumber: …"',
    );
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Menurut', '60%', '2,5 juta']);
  });

  it('warns about a long quote without a source', () => {
    const text = '“Buku adalah jendela dunia, bacalah setiap hari” — mari membaca!';
    const r = check('source', { text, platform: 'x' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toBe('Has a quote but no source: add "Source: …"');
  });

  it('a quoted title is not a quote, and an attributed quote names its source', () => {
    const title =
      'Ikuti bedah buku "Filosofi Teras: Filsafat Yunani Untuk Mental Tangguh" bersama penulisnya';
    expect(check('source', { text: title, platform: 'x' }).status).toBe('pass');
    const quote = '“Buku adalah jendela dunia, bacalah setiap hari” — Tan Malaka';
    expect(check('source', { text: quote, platform: 'x' }).status).toBe('pass');
  });

  it('passes when the source is cited (Sumber:, Source:, via, cr:)', () => {
    for (const cite of [
      'Sumber: BPS 2024',
      'Source: UNESCO',
      'via @perpusnas_ri',
      'cr: Kompas',
      'Dilansir dari Antara',
    ]) {
      const text = `Tingkat kegemaran membaca naik menjadi 72,4 persen. ${cite}`;
      expect(check('source', { text, platform: 'x' }).status, cite).toBe('pass');
    }
  });

  it('does not take engagement questions, study visits or plain counts for news', () => {
    for (const text of [
      'Menurut kalian, buku apa yang paling seru bulan ini?',
      'Kunjungan studi banding dari Perpustakaan Kabupaten Garut',
      'Koleksi kami kini 12.000 judul, denda Rp 1.000 per hari',
      'Laporan kegiatan pekan literasi sudah bisa dibaca',
    ]) {
      expect(check('source', { text, platform: 'x' }).status, text).toBe('pass');
    }
  });

  it('reads English too', () => {
    const text = 'According to a 2023 study, 1,200 kids joined our reading programme.';
    expect(check('source', { text, platform: 'x' }).status).toBe('fail');
  });
});

describe('source: surveys, the library’s own data and viral claims', () => {
  // Were warnings: inviting people to a survey claims nothing.
  it.each([
    'Isi survei kepuasan pemustaka, hanya 5 menit: https://forms.gle/abc',
    'Take our user survey before 31 July: forms.gle/LibrarySurvey25',
    'Sepanjang 2024 ada 152 ribu kunjungan.\n\nData: catatan layanan perpustakaan 2024',
  ])('passes: %s', (text) => {
    expect(check('source', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('warns about a viral health claim with no source', () => {
    const text = 'VIRAL!!! Membaca 30 menit sehari terbukti menyembuhkan insomnia. Sebarkan!';
    const r = check('source', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toContain('a health or viral claim');
  });
});
