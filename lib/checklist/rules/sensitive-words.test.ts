import { describe, expect, it } from 'vitest';
import { check } from '@/tests/support/checklist';

describe('sensitive-words', () => {
  it('passes a friendly caption, and does not match inside longer words', () => {
    const text = 'Selamat datang sahabat pustaka! Shitake dan tololoh bukan kata kasar.';
    expect(check('sensitive-words', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('finds Indonesian words with affixes, case-insensitively', () => {
    const text = 'Jangan MENGKAFIRKAN orang, itu penistaan. Dasar goblok!';
    const r = check('sensitive-words', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'MENGKAFIRKAN',
      'penistaan',
      'goblok',
    ]);
    expect(r.message.id).toContain('"mengkafirkan", "penistaan", dan "goblok"');
  });

  it('finds English words with simple endings and multi-word phrases', () => {
    const text = 'What the fucking idiots. Go back to your country!';
    const r = check('sensitive-words', { text, platform: 'x' });
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'fucking',
      'idiots',
      'Go back to your country',
    ]);
  });

  it("uses the team's own list", () => {
    const text = 'Kampanye calon nomor urut 2';
    expect(check('sensitive-words', { text, platform: 'x' }).status).toBe('pass');
    const r = check('sensitive-words', { text, platform: 'x' }, (s) => {
      s.sensitiveWords = { id: ['kampanye', 'nomor urut'], en: [] };
    });
    expect(r.status).toBe('fail');
    expect(r.spans).toHaveLength(2);
  });
});

describe('sensitive-words: titles and slurs', () => {
  // Were warnings: a book the library lends is not an insult.
  it.each([
    "Dostoevsky's The Idiot in a new translation",
    'Rekomendasi: "Ganyang Malaysia! Konfrontasi 1963–1966" di ruang referensi',
    'Baca *Orang Kafir dan Orang Beriman* karya penulis lokal',
  ])('leaves a title alone: %s', (text) => {
    expect(check('sensitive-words', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('finds the slurs of political polarisation, not a tadpole', () => {
    const text = 'Buku ini cocok buat para kadrun dan cebong';
    const r = check('sensitive-words', { text, platform: 'x' });
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['kadrun', 'cebong']);
    expect(
      check('sensitive-words', {
        text: 'Anak-anak belajar tentang kecebong dan katak',
        platform: 'x',
      }).status,
    ).toBe('pass');
  });
});
