import { describe, expect, it } from 'vitest';
import { announcesEvent } from './event-link';
import { check } from '@/tests/support/checklist';

describe('announcesEvent', () => {
  it.each([
    'Ikuti webinar literasi digital bersama kami',
    'Pendaftaran lomba mendongeng dibuka!',
    'Bedah buku "Laut Bercerita" bersama penulisnya',
    'Join our book club this Saturday',
    'RSVP for the storytime session',
    'Acara diskusi Sabtu, 12 Juli pukul 09.00 WIB',
  ])('%s', (text) => {
    expect(announcesEvent(text)).not.toBeNull();
  });

  it.each([
    'Daftar buku baru bulan ini',
    'Koleksi baru: novel remaja dan buku anak',
    'Terima kasih atas kunjungannya',
  ])('not an event: %s', (text) => {
    expect(announcesEvent(text)).toBeNull();
  });
});

describe('event-link', () => {
  it('passes an event with a registration link', () => {
    const text = 'Webinar literasi digital, Sabtu 12 Juli. Daftar: https://bit.ly/WebinarLit';
    const r = check('event-link', { text, platform: 'facebook' });
    expect(r.status).toBe('pass');
    expect(r.message.en).toBe('Event announcement ("Daftar:") with a registration or info link');
  });

  it('passes an Instagram event that points to the link in bio', () => {
    const text = 'Lomba resensi buku! Pendaftaran lewat link di bio ya';
    expect(check('event-link', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it.each([
    'Tautan pendaftaran ada di bio kami.',
    'Daftar di bio ya, kuota 30 peserta.',
    'Link pendaftaran di bio!',
    'The registration link is in our bio.',
    'Register through the link in bio',
  ])('recognises the link in bio: %s', (text) => {
    expect(check('event-link', { text, platform: 'instagram' }).status).toBe('pass');
  });

  it('warns when a post asks people to register with no way to do it', () => {
    const text = 'Yuk ikuti workshop menulis cerpen hari Sabtu pukul 13.00 WIB! Kuota terbatas.';
    const r = check('event-link', { text, platform: 'instagram' });
    expect(r.status).toBe('fail');
    expect(r.message.id).toBe(
      'Unggahan ini mengajak mendaftar atau bergabung daring ("Kuota terbatas") tetapi belum ada tautan pendaftaran atau info; tulis "link di bio"',
    );
    expect(text.slice(r.spans[0]!.start, r.spans[0]!.end)).toBe('Kuota terbatas');
  });

  it('warns about an online event with no link to join', () => {
    const text = 'Malam ini pukul 19.30 WIB ada kelas daring lewat Zoom. Sampai jumpa!';
    expect(check('event-link', { text, platform: 'x' }).status).toBe('fail');
  });

  // Were warnings: a walk-in event, a competition's results and a recap need no link.
  it.each([
    'Yuk ikuti workshop menulis cerpen hari Sabtu pukul 13.00 WIB di Aula!',
    'Selamat kepada para pemenang lomba mendongeng tingkat SD 2025!',
    'Terima kasih kepada peserta yang telah mengikuti webinar kemarin!',
    'Klub buku remaja tiap Jumat pukul 15.30 WIB. Bebas datang, tanpa daftar!',
  ])('does not ask for a link: %s', (text) => {
    expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('counts a mistyped link as a link (the links rule reports it)', () => {
    const text = 'Pendaftaran webinar sudah dibuka di htps://bit.ly/webinarjogja';
    expect(check('event-link', { text, platform: 'facebook' }).status).toBe('pass');
  });

  it('passes a post that is not about an event', () => {
    const r = check('event-link', { text: 'Daftar buku baru bulan ini 📚', platform: 'x' });
    expect(r.status).toBe('pass');
    expect(r.message.id).toBe('Tidak meminta pendaftaran atau bergabung daring');
  });
});

describe('event words that are also ordinary words', () => {
  it('"minggu ini" (this week) is not a date', () => {
    expect(announcesEvent('Daftar buku baru minggu ini')).toBeNull();
  });
});
