import { describe, expect, it } from 'vitest';
import { check, expectAutomaticRule, markedText } from '@/tests/support/checklist';
import { sensitiveWordsRule } from './sensitive-words';

const sensitive = (text: string) => check('sensitive-words', { text, platform: 'facebook' });

describe('sensitive-words', () => {
  it('passes a friendly caption, and does not match inside longer words', () => {
    const text = 'Selamat datang sahabat pustaka! Shitake dan tololoh bukan kata kasar.';
    expect(check('sensitive-words', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('finds Indonesian words with affixes, case-insensitively', () => {
    const text = 'Jangan MENGKAFIRKAN orang, itu penistaan. Dasar goblok!';
    const r = check('sensitive-words', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(markedText(text, r)).toEqual(['MENGKAFIRKAN', 'penistaan', 'goblok']);
    expect(r.message.id).toContain('"mengkafirkan", "penistaan", dan "goblok"');
  });

  it('finds English words with simple endings and multi-word phrases', () => {
    const text = 'What the fucking idiots. Go back to your country!';
    const r = check('sensitive-words', { text, platform: 'x' });
    expect(markedText(text, r)).toEqual(['fucking', 'idiots', 'Go back to your country']);
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
    expect(markedText(text, r)).toEqual(['kadrun', 'cebong']);
    expect(
      check('sensitive-words', {
        text: 'Anak-anak belajar tentang kecebong dan katak',
        platform: 'x',
      }).status,
    ).toBe('pass');
  });
});

describe('sensitive-words: quotes, names and messages', () => {
  it.each([
    'Diskusi buku “si goblok dari desa” minggu ini',
    'Film "dasar goblok" diputar Sabtu',
    'Novel «goblok» terjemahan baru',
    'Baca _si goblok_ di rak remaja',
    'Baca *si goblok* di rak remaja',
  ])('leaves a word inside quotes or emphasis alone: %s', (text) => {
    expect(sensitive(text).status).toBe('pass');
  });

  it('finds a word after a quotation that has closed, or before one that closes on another line', () => {
    expect(sensitive('Judul "Buku baru" tiba, dasar goblok').status).toBe('fail');
    expect(sensitive('Dia bilang “dasar goblok\nbegitu” katanya').status).toBe('fail');
    // A quotation opened on the line before does not cover the word.
    expect(sensitive('“Catatan\nsi goblok” katanya').status).toBe('fail');
  });

  it('takes a capitalised word as part of a title from the word after it, on the same line', () => {
    expect(sensitive('Rekomendasi: Goblok Nasional, novel satir').status).toBe('pass');
    // Not past a comma, and not a word in capitals (shouting is not a title).
    expect(sensitive('kamu Goblok, Budi').status).toBe('fail');
    expect(sensitive('kamu GOBLOK Budi').status).toBe('fail');
  });

  it('says in both languages what it found, naming five words at most', () => {
    const one = sensitive('Dasar goblok');
    expect(one.message).toEqual({
      id: 'Kata sensitif: "goblok". Periksa kembali: hindari SARA, ujaran kebencian, provokasi dan kata kasar (UU ITE pasal 28)',
      en: 'Sensitive word: "goblok". Check again: avoid SARA, hate speech, provocation and profanity (UU ITE art. 28)',
    });
    const six = sensitive('bajingan bangsat bego brengsek goblok tolol');
    expect(six.spans).toHaveLength(6);
    expect(six.message.en).toBe(
      'Sensitive words: "bajingan", "bangsat", "bego", "brengsek", and "goblok". Check again: avoid SARA, hate speech, provocation and profanity (UU ITE art. 28)',
    );
  });

  it('passes, and says so, when nothing is found or the lists are empty', () => {
    const passed = {
      id: 'Tidak ada kata dari daftar kata sensitif',
      en: 'No word from the sensitive-word list',
    };
    expect(sensitive('Selamat membaca').message).toEqual(passed);
    const empty = check('sensitive-words', { text: 'Dasar goblok', platform: 'x' }, (s) => {
      s.sensitiveWords = { id: [], en: [] };
    });
    expect(empty.status).toBe('pass');
    expect(empty.message).toEqual(passed);
  });

  it('is an automatic check with its title in both languages', () => {
    expectAutomaticRule(sensitiveWordsRule, {
      id: 'sensitive-words',
      severity: 'warn',
      title: { id: 'Tanpa kata sensitif', en: 'No sensitive words' },
    });
  });
});
