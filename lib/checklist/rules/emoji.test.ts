import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { emojiRule } from './emoji';
import { check, expectAutomaticRule, fixLabels, markedText } from '@/tests/support/checklist';

const onInstagram = (text: string) => check('emoji', { text, platform: 'instagram' });

describe('emoji', () => {
  it('passes a caption with a couple of emoji', () => {
    const r = check('emoji', {
      text: 'Koleksi baru sudah datang 📚✨ Yuk mampir ke Perpustakaan Kota minggu ini!',
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('2 emoji, dipakai secukupnya');
  });

  it('counts a ZWJ family, a skin tone and a flag as one emoji each', () => {
    const r = check('emoji', { text: 'Keluarga 👨‍👩‍👧 membaca 👍🏽 bersama 🇮🇩', platform: 'x' });
    expect(r.message.en).toBe('3 emoji, used sparingly');
  });

  it('warns about emoji bullets and offers •', () => {
    const text = 'Layanan kami:\n📌 Peminjaman\n📌 Ruang baca\n📌 Wi-Fi gratis';
    const r = check('emoji', { text, platform: 'facebook' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toContain('3 baris diawali emoji');
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe(
      'Layanan kami:\n• Peminjaman\n• Ruang baca\n• Wi-Fi gratis',
    );
  });

  it('warns about emoji between every word', () => {
    const r = check('emoji', { text: 'Ayo 👏 baca 👏 buku 👏 setiap 👏 hari', platform: 'x' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toContain('4 emoji between words');
    expect(r.spans).toHaveLength(4);
  });

  it('collapses a long run of emoji', () => {
    const text = 'Selamat Hari Buku! 🎉🎉🎉🎉🎉';
    const r = check('emoji', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    const fix = r.fixes!.find((f) => f.label.en === 'Keep one emoji from each run')!;
    expect(applyEdits(text, fix.edits)).toBe('Selamat Hari Buku! 🎉');
  });

  it('flags decorative letters and rewrites them in plain letters', () => {
    const text = '𝐁𝐔𝐊𝐔 𝐁𝐀𝐑𝐔 di perpustakaan, ｇｒａｔｉｓ';
    const r = check('emoji', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toContain('decorative Unicode letters');
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('BUKU BARU di perpustakaan, gratis');
  });

  it('flags small capitals without offering a rewrite', () => {
    const r = check('emoji', { text: 'ᴘᴇʀᴘᴜsᴛᴀᴋᴀᴀɴ', platform: 'x' });
    expect(r.status).toBe('fail');
    expect(r.fixes).toBeUndefined();
  });
});

describe('emoji density', () => {
  it('warns when emoji outnumber a fifth of the words', () => {
    const r = check('emoji', { text: '📚 Buku baru! 🎉 Ayo 😍 datang ✨', platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.en).toContain('4 emoji for 4 words');
  });

  it('accepts the same emoji in a longer caption', () => {
    const words =
      'Perpustakaan Kota membuka layanan baru untuk pemustaka setiap hari kerja '.repeat(2);
    const r = check('emoji', {
      text: `📚 ${words} 🎉 ${words} 😍 ${words} ✨`,
      platform: 'instagram',
    });
    expect(r.status).toBe('pass');
  });
});

describe('emoji: the Indonesian event layout', () => {
  // Was a finding with U+FE0F and none without: 🗓 date, ⏰ time, 📍 place are labels, not bullets.
  it.each([
    ['without U+FE0F', 'Bedah buku!\n🗓 Sabtu, 12 Juli\n⏰ 09.00 WIB\n📍 Aula lantai 3'],
    ['with U+FE0F', 'Bedah buku!\n🗓️ Sabtu, 12 Juli\n⏰ 09.00 WIB\n📍 Aula lantai 3'],
  ])('passes date, time and place labels %s', (_w, text) => {
    const r = check('emoji', { text, platform: 'instagram' });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('3 emoji, used sparingly');
  });
});

describe('emoji: what it says', () => {
  it('is an automatic check that gives advice', () => {
    expectAutomaticRule(emojiRule, {
      id: 'emoji',
      severity: 'info',
      title: {
        id: 'Emoji secukupnya, tanpa huruf hias',
        en: 'Emoji used sparingly, no decorative letters',
      },
    });
  });

  it('says in English how many emoji a caption uses sparingly', () => {
    expect(onInstagram('Buku baru 📚 datang').message.en).toBe('1 emoji, used sparingly');
  });

  it('names every finding in both languages, marks them in order and offers each fix', () => {
    const text = '📌 Buku\n📌 Film\n📌 Majalah\nSelamat! 🎉🎉🎉🎉 Ayo 👏 baca 👏 buku 👏 yuk 𝐁𝐔𝐊𝐔';
    const r = onInstagram(text);
    expect(r.message).toEqual({
      id: 'Emoji dan huruf hias dibacakan pembaca layar: 3 baris diawali emoji sebagai penanda daftar; 3 emoji di sela-sela kata; 1 deret 4 emoji atau lebih; huruf hias Unicode yang dibacakan satu per satu oleh pembaca layar',
      en: 'Screen readers read emoji and decorative letters aloud: 3 lines start with an emoji used as a bullet; 3 emoji between words; 1 run of 4 or more emoji; decorative Unicode letters that screen readers spell out one by one',
    });
    expect(markedText(text, r)).toEqual(['📌', '📌', '📌', '🎉🎉🎉🎉', '👏', '👏', '👏', '𝐁𝐔𝐊𝐔']);
    expect(fixLabels(r)).toEqual([
      { id: 'Ganti emoji penanda daftar dengan •', en: 'Replace emoji bullets with •' },
      { id: 'Sisakan satu emoji dari tiap deret', en: 'Keep one emoji from each run' },
      { id: 'Ganti dengan huruf biasa', en: 'Use plain letters' },
    ]);
  });

  it('says how many emoji for how many words in both languages', () => {
    expect(onInstagram('📚 Buku baru! 🎉 Ayo 😍 datang ✨').message.id).toBe(
      'Emoji dan huruf hias dibacakan pembaca layar: 4 emoji untuk 4 kata',
    );
  });
});

describe('emoji: where the limits are', () => {
  it('two lines starting with the same emoji are not a list', () => {
    expect(onInstagram('Layanan:\n📌 Peminjaman\n📌 Ruang baca').status).toBe('pass');
  });

  it('a bullet may follow spaces or a tab, and may start the caption', () => {
    const text = '📌 Peminjaman\n  📌 Ruang baca\n\t📌 Wi-Fi gratis';
    expect(markedText(text, onInstagram(text))).toEqual(['📌', '📌', '📌']);
  });

  it('two emoji between words are not a pattern, three are', () => {
    expect(onInstagram('Ayo 👏 baca 👏 buku setiap hari').status).toBe('pass');
    expect(onInstagram('Ayo 👏 baca 👏 buku 👏 setiap hari di perpustakaan kota').status).toBe(
      'fail',
    );
  });

  it('an emoji between a word and a number counts as between words', () => {
    const r = onInstagram('Lantai 👉 2 ruang 👉 3 aula 👉 4 sekarang juga');
    expect(r.message.en).toContain('3 emoji between words');
  });

  it('three emoji in a row are fine, four are a run, with spaces or tabs between', () => {
    expect(onInstagram('Selamat Hari Buku Nasional untuk semua 🎉🎉🎉').status).toBe('pass');
    const text = 'Selamat Hari Buku Nasional untuk semua 🎉 🎉\t🎉 🎉';
    const r = onInstagram(text);
    expect(markedText(text, r)).toEqual(['🎉 🎉\t🎉 🎉']);
  });

  it('two runs are named and each keeps its first emoji', () => {
    const text = 'Selamat Hari Buku 🎉🎊🎉🎊 untuk semua pemustaka kita 📚📖📚📖 ya';
    const r = onInstagram(text);
    expect(r.message.en).toContain('2 runs of 4 or more emoji');
    const fix = r.fixes!.find((f) => f.label.en === 'Keep one emoji from each run')!;
    expect(applyEdits(text, fix.edits)).toBe(
      'Selamat Hari Buku 🎉 untuk semua pemustaka kita 📚 ya',
    );
  });

  it('four emoji pass with twenty words or more, not with nineteen', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
    expect(onInstagram(`📚 ${words(20)} 🎉 😍 ✨`).status).toBe('pass');
    expect(onInstagram(`📚 ${words(19)} 🎉 😍 ✨`).message.en).toContain('4 emoji for 19 words');
  });

  it('three emoji are never too many, however short the caption', () => {
    expect(onInstagram('📚 Baru 🎉 😍').status).toBe('pass');
  });

  it('counts one-character words at the edges of each range of letters and digits', () => {
    const r = onInstagram('9 A Z z À ぁ kata\u2000kata 📚. 🎉. 😍. ✨.');
    expect(r.message.en).toContain('4 emoji for 8 words');
  });

  it('reads a letter outside the basic plane before an emoji', () => {
    const r = onInstagram('Nilai 𝐀 👏 baca 𝐀 👏 buku 𝐀 👏 yuk');
    expect(r.message.en).toContain('3 emoji between words');
  });

  it('the same bullet with and without its emoji selector is one bullet', () => {
    const text = 'Layanan:\n📌 Peminjaman\n📌\uFE0F Ruang baca\n📌 Wi-Fi gratis';
    expect(onInstagram(text).message.en).toContain('3 lines start with an emoji used as a bullet');
  });

  it('an emoji right after a letter does not start a line', () => {
    expect(onInstagram('a📌 Buku\n📌 Film\n📌 Majalah').status).toBe('pass');
  });

  it('three emoji opening the caption are not a run', () => {
    expect(onInstagram('🎉🎉🎉 Selamat Hari Buku Nasional untuk semua pemustaka').status).toBe(
      'pass',
    );
  });

  it('counts words in any script, and numbers as words', () => {
    const r = onInstagram('📚 Buku 2025 café 図書館 🎉 😍 ✨');
    expect(r.message.en).toContain('4 emoji for 4 words');
  });
});

describe('emoji: what counts as one', () => {
  it.each([
    ['keycaps', 'Langkah: 1️⃣, daftar. 2️⃣, datang. #️⃣, tagar.', 3],
    ['an old symbol only with its emoji selector', 'Telepon ☎ 0274 atau ☎️ 0275', 1],
    ['a pictograph with or without the selector', 'Jadwal 🗓 dan 🗓️ ini', 2],
    ['a subdivision flag', 'Dari 🏴󠁧󠁢󠁥󠁮󠁧󠁿 dan 🇮🇩', 2],
    ['no emoji in plain text, digits or hashtags', 'Skor 10 dari 10 #BukuBaru * catatan', 0],
  ])('%s', (_, text, count) => {
    expect(onInstagram(text).message.en).toBe(`${count} emoji, used sparingly`);
  });

  it('one decorative letter alone is not a word in a decorative font', () => {
    expect(onInstagram('Nilai 𝐀 untuk layanan kami').status).toBe('pass');
  });

  it('decorative letters with single spaces between are one finding, rewritten', () => {
    const text = 'Ⓑⓤⓚⓤ ⓑⓐⓡⓤ di perpustakaan';
    const r = onInstagram(text);
    expect(markedText(text, r)).toEqual(['Ⓑⓤⓚⓤ ⓑⓐⓡⓤ']);
    expect(applyEdits(text, r.fixes![0]!.edits)).toBe('Buku baru di perpustakaan');
  });
});
