import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edits';
import { check } from '@/tests/support/checklist';

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
