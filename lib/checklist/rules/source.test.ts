import { describe, expect, it } from 'vitest';
import { sourceRule } from './source';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';

const onFacebook = (text: string) => check('source', { text, platform: 'facebook' });
const marked = (text: string) => markedText(text, onFacebook(text));

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
    expect(markedText(text, r)).toEqual(['Menurut', '60%', '2,5 juta']);
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
      'via Antara',
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

describe('source: what it says', () => {
  it('is an automatic check that warns', () => {
    expectAutomaticRule(sourceRule, {
      id: 'source',
      severity: 'warn',
      title: { id: 'Sumber dicantumkan', en: 'Source cited' },
    });
  });

  it('says in both languages that nothing needs a source', () => {
    expect(onFacebook('Selamat pagi, sahabat pustaka!').message).toEqual({
      id: 'Tidak ada kutipan, angka atau berita yang perlu sumber',
      en: 'No quote, figures or news that need a source',
    });
  });

  it('says in both languages what was found when the source is named', () => {
    const text = 'Minat baca naik 20 persen, menurut data resmi. Sumber: BPS 2024';
    expect(onFacebook(text).message).toEqual({
      id: 'Ada persentase dan rujukan berita atau data, dan sumbernya dicantumkan',
      en: 'Has a percentage and news or data, and names a source',
    });
  });

  it('names each kind in Indonesian', () => {
    const text =
      '“buku adalah jendela dunia, bacalah setiap hari” Dikunjungi 2 juta orang, terbukti ampuh!';
    expect(onFacebook(text).message.id).toBe(
      'Ada kutipan, angka, dan klaim kesehatan atau berita viral tanpa sumber: tambahkan "Sumber: …"',
    );
  });
});

describe('source: quotes', () => {
  it.each([
    ['a straight-quoted sentence', '"buku adalah jendela dunia, bacalah setiap hari" kata mereka'],
    ['a sentence in guillemets', '«buku adalah jendela dunia, bacalah setiap hari» kata mereka'],
    ['five words', 'Kata mereka: “buku adalah jendela dunia kita”'],
    ['words capitalised inside', 'Kata mereka: “baca eBook di iPusnas lewat myPerpus”'],
  ])('%s is a quote', (_, text) => {
    expect(onFacebook(text).status).toBe('fail');
    expect(onFacebook(text).message.en).toBe('Has a quote but no source: add "Source: …"');
  });

  it.each([
    ['four words', 'Kata mereka: “perpustakaan adalah jantung sekolah”'],
    [
      'half the words capitalised (a title)',
      'Ikuti “Bedah Buku Laut Bercerita bersama penulis dan pembaca”',
    ],
  ])('%s is not a quote', (_, text) => {
    expect(onFacebook(text).status).toBe('pass');
  });

  it('marks the whole quote', () => {
    const text = 'Pesan hari ini: “buku adalah jendela dunia, bacalah setiap hari”';
    expect(marked(text)).toEqual(['“buku adalah jendela dunia, bacalah setiap hari”']);
  });

  it.each(['”—Tan Malaka', '” —Tan Malaka', '”— Tan Malaka', '”  —  Tan Malaka'])(
    'takes the name after the quote as its source: %s',
    (attribution) => {
      const text = `“buku adalah jendela dunia, bacalah setiap hari${attribution}`;
      expect(onFacebook(text).status).toBe('pass');
    },
  );

  it('does not take a dash elsewhere for an attribution', () => {
    const text = '“buku adalah jendela dunia, bacalah setiap hari” Buka 08.00 - Senin sampai Jumat';
    expect(onFacebook(text).status).toBe('fail');
  });
});

describe('source: figures', () => {
  it.each(['Minat baca naik 20 Persen tahun ini', 'Dikunjungi 2 Juta orang tahun ini'])(
    'reads figures whatever their case: %s',
    (text) => {
      expect(onFacebook(text).status).toBe('fail');
    },
  );

  it('names figures in English', () => {
    expect(onFacebook('Dikunjungi 2 juta orang tahun ini').message.en).toBe(
      'Has figures but no source: add "Source: …"',
    );
  });

  it('"ribuan" (thousands) is not a figure to cite', () => {
    expect(onFacebook('Koleksi kami 10 ribuan judul, yuk pinjam!').status).toBe('pass');
  });

  it('marks a viral claim', () => {
    const text = 'Membaca sebelum tidur terbukti ampuh!';
    expect(marked(text)).toEqual(['terbukti', 'ampuh']);
  });
});

describe('source: at most 20 places are marked', () => {
  const times = (n: number, piece: string) => Array.from({ length: n }, () => piece).join(' ');
  it.each([
    ['percentages', times(21, 'naik 5%.')],
    ['quotes', times(21, '“buku adalah jendela dunia, bacalah setiap hari”')],
    ['news', times(21, 'Hal itu dilaporkan.')],
    ['claims', times(21, 'Terbukti.')],
  ])('%s', (_, text) => {
    const r = onFacebook(text);
    expect(r.status).toBe('fail');
    expect(r.spans).toHaveLength(20);
  });
});
